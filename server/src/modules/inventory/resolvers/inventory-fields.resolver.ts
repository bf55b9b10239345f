import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { StockMovement } from '../entities/stock-movement.entity.js';
import { Reservation } from '../entities/reservation.entity.js';
import { Transfer, TransferLine } from '../entities/transfer.entity.js';
import { Stocktake, StocktakeLine } from '../entities/stocktake.entity.js';
import { suggestedReorder } from '../services/analysis.service.js';

/** A document's history, batched across a page of documents. */
function historyLoader(ctx: Ctx, type: string) {
  return loader<number, DocumentEvent[]>(ctx, `history.${type}`, async (ids) => {
    const events = await ctx.em.find(DocumentEvent, { documentType: type, documentId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const byDoc = new Map<number, DocumentEvent[]>();
    for (const e of events) byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
    return byDoc;
  }, []);
}

@Resolver(() => StockLevel)
export class StockLevelFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() level: StockLevel) { return level.sku.load(); }

  @FieldResolver(() => Warehouse, { description: 'The warehouse.' })
  warehouse(@Root() level: StockLevel) { return level.warehouse.load(); }

  @FieldResolver(() => Int, { description: 'On hand − reserved: what can still be sold.' })
  available(@Root() level: StockLevel): number { return level.onHand - level.reserved; }

  @FieldResolver(() => Boolean, { description: 'Available is below the safety stock.' })
  belowSafety(@Root() level: StockLevel): boolean { return level.onHand - level.reserved < level.safetyStock; }

  @FieldResolver(() => Int, { description: 'Suggested reorder: enough to bring available + in transit up to twice the safety stock.' })
  suggestedReorder(@Root() level: StockLevel): number { return suggestedReorder(level); }
}

@Resolver(() => StockMovement)
export class StockMovementFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() m: StockMovement) { return m.sku.load(); }

  @FieldResolver(() => Warehouse, { description: 'The warehouse.' })
  warehouse(@Root() m: StockMovement) { return m.warehouse.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member who posted it.' })
  actor(@Root() m: StockMovement) { return m.actor?.load() ?? null; }
}

@Resolver(() => Reservation)
export class ReservationFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() r: Reservation) { return r.sku.load(); }

  @FieldResolver(() => Warehouse, { description: 'The warehouse.' })
  warehouse(@Root() r: Reservation) { return r.warehouse.load(); }
}

@Resolver(() => Transfer)
export class TransferFieldsResolver {
  @FieldResolver(() => Warehouse, { description: 'Source warehouse.' })
  fromWarehouse(@Root() t: Transfer) { return t.fromWarehouse.load(); }

  @FieldResolver(() => Warehouse, { description: 'Destination warehouse.' })
  toWarehouse(@Root() t: Transfer) { return t.toWarehouse.load(); }

  @FieldResolver(() => [TransferLine], { description: 'The lines.' })
  async lines(@Root() t: Transfer) { return (await t.lines.load()).getItems(); }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() t: Transfer, @Context() ctx: Ctx) { return historyLoader(ctx, 'Transfer').load(t.id); }
}

@Resolver(() => TransferLine)
export class TransferLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() line: TransferLine) { return line.sku.load(); }
}

@Resolver(() => Stocktake)
export class StocktakeFieldsResolver {
  @FieldResolver(() => Warehouse, { description: 'The warehouse counted.' })
  warehouse(@Root() s: Stocktake) { return s.warehouse.load(); }

  @FieldResolver(() => [StocktakeLine], { description: 'The count sheet.' })
  async lines(@Root() s: Stocktake) { return (await s.lines.load()).getItems(); }

  @FieldResolver(() => Int, { description: 'Lines counted so far.' })
  async countedLines(@Root() s: Stocktake) { return (await s.lines.load()).getItems().filter((l) => l.countedQuantity != null).length; }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() s: Stocktake, @Context() ctx: Ctx) { return historyLoader(ctx, 'Stocktake').load(s.id); }
}

@Resolver(() => StocktakeLine)
export class StocktakeLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() line: StocktakeLine) { return line.sku.load(); }
}

@Resolver(() => DocumentEvent)
export class DocumentEventFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The staff member who acted.' })
  actor(@Root() e: DocumentEvent) { return e.actor?.load() ?? null; }
}
