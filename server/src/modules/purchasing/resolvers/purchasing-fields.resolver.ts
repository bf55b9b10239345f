import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Contract } from '../../contracts/entities/contract.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { DefectiveHolding } from '../../inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { PurchaseOrder, PurchaseOrderLine } from '../entities/purchase-order.entity.js';
import { PurchasePlan, PurchasePlanLine } from '../entities/purchase-plan.entity.js';
import { PurchaseReceipt, PurchaseReceiptLine } from '../entities/purchase-receipt.entity.js';
import { PurchaseReturn, PurchaseReturnLine } from '../entities/purchase-return.entity.js';
import { SupplierLedgerEntry } from '../entities/supplier-ledger-entry.entity.js';
import { supplierScope } from '../services/access.js';
import { OPEN_STATES } from '../services/purchase-orders.service.js';
import { receiptsOfOrders } from '../services/receipts.service.js';
import { shopDay } from '../../../core/time.js';

/** A document's history, batched across a page of documents. */
function history(ctx: Ctx, type: string, id: number) {
  return loader<number, DocumentEvent[]>(ctx, `purchasing.history.${type}`, async (ids) => {
    const events = await ctx.em.find(DocumentEvent, { documentType: type, documentId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
    const byDoc = new Map<number, DocumentEvent[]>();
    for (const e of events) byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
    return byDoc;
  }, []).load(id);
}

@Resolver(() => PurchasePlan)
export class PurchasePlanFieldsResolver {
  @FieldResolver(() => Warehouse, { description: 'The warehouse planned for.' })
  warehouse(@Root() p: PurchasePlan) { return p.warehouse.load(); }

  @FieldResolver(() => [PurchasePlanLine], { description: 'The lines, in SKU order of generation.' })
  async lines(@Root() p: PurchasePlan) { return (await p.lines.load()).getItems(); }

  @FieldResolver(() => [PurchaseOrder], { description: 'Orders created when the plan was approved.' })
  orders(@Root() p: PurchasePlan, @Context() ctx: Ctx) {
    return loader<number, PurchaseOrder[]>(ctx, 'purchasing.planOrders', async (ids) => {
      const rows = await ctx.em.find(PurchaseOrder, { planId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      const map = new Map<number, PurchaseOrder[]>();
      for (const o of rows) map.set(o.planId!, [...(map.get(o.planId!) ?? []), o]);
      return map;
    }, []).load(p.id);
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every step (generation, edits, approval), oldest first.' })
  history(@Root() p: PurchasePlan, @Context() ctx: Ctx) { return history(ctx, 'PurchasePlan', p.id); }
}

@Resolver(() => PurchasePlanLine)
export class PurchasePlanLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: PurchasePlanLine) { return l.sku.load(); }

  @FieldResolver(() => Partner, { nullable: true, description: 'The supplier to buy from; null until chosen.' })
  supplier(@Root() l: PurchasePlanLine) { return l.supplier?.load() ?? null; }
}

@Resolver(() => PurchaseOrder)
export class PurchaseOrderFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() o: PurchaseOrder) { return o.supplier.load(); }

  @FieldResolver(() => Warehouse, { description: 'Warehouse to deliver into.' })
  warehouse(@Root() o: PurchaseOrder) { return o.warehouse.load(); }

  @FieldResolver(() => Contract, { nullable: true, description: 'The purchase contract it is placed under.' })
  contract(@Root() o: PurchaseOrder) { return o.contract?.load() ?? null; }

  @FieldResolver(() => PurchasePlan, { nullable: true, description: 'The plan it came from (null for supplier tokens).' })
  plan(@Root() o: PurchaseOrder, @Context() ctx: Ctx) {
    return o.planId && supplierScope(ctx) === null ? ctx.em.getReference(PurchasePlan, o.planId, { wrapped: true }).load() : null;
  }

  @FieldResolver(() => [PurchaseOrderLine], { description: 'The lines.' })
  async lines(@Root() o: PurchaseOrder) { return (await o.lines.load()).getItems(); }

  @FieldResolver(() => [PurchaseReceipt], { description: 'Receipts against the order, oldest first.' })
  receipts(@Root() o: PurchaseOrder, @Context() ctx: Ctx) {
    return loader<number, PurchaseReceipt[]>(ctx, 'purchasing.orderReceipts', (ids) => receiptsOfOrders(ctx, ids), []).load(o.id);
  }

  @FieldResolver(() => Boolean, { description: 'Expected date passed and not fully received.' })
  overdue(@Root() o: PurchaseOrder, @Context() ctx: Ctx): boolean {
    return !!o.expectedDeliveryDate && o.expectedDeliveryDate < shopDay(new Date(), ctx.config.shopTimezone) && OPEN_STATES.includes(o.status);
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change and confirmation, oldest first.' })
  history(@Root() o: PurchaseOrder, @Context() ctx: Ctx) { return history(ctx, 'PurchaseOrder', o.id); }
}

@Resolver(() => PurchaseOrderLine)
export class PurchaseOrderLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: PurchaseOrderLine) { return l.sku.load(); }
}

@Resolver(() => PurchaseReceipt)
export class PurchaseReceiptFieldsResolver {
  @FieldResolver(() => PurchaseOrder, { description: 'The order received against.' })
  order(@Root() r: PurchaseReceipt) { return r.order.load(); }

  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() r: PurchaseReceipt) { return r.supplier.load(); }

  @FieldResolver(() => Warehouse, { description: 'Warehouse that received the goods.' })
  warehouse(@Root() r: PurchaseReceipt) { return r.warehouse.load(); }

  @FieldResolver(() => [PurchaseReceiptLine], { description: 'The lines with quality-check results.' })
  async lines(@Root() r: PurchaseReceipt) { return (await r.lines.load()).getItems(); }

  @FieldResolver(() => User, { nullable: true, description: 'Who received it (null for supplier tokens).' })
  receivedBy(@Root() r: PurchaseReceipt, @Context() ctx: Ctx) { return supplierScope(ctx) === null ? r.receivedBy?.load() ?? null : null; }
}

@Resolver(() => PurchaseReceiptLine)
export class PurchaseReceiptLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: PurchaseReceiptLine) { return l.sku.load(); }

  @FieldResolver(() => PurchaseOrderLine, { description: 'The order line.' })
  orderLine(@Root() l: PurchaseReceiptLine) { return l.orderLine.load(); }

  @FieldResolver(() => DefectiveHolding, { nullable: true, description: 'Where the rejected units are held awaiting return.' })
  holding(@Root() l: PurchaseReceiptLine) { return l.holding?.load() ?? null; }
}

@Resolver(() => PurchaseReturn)
export class PurchaseReturnFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() r: PurchaseReturn) { return r.supplier.load(); }

  @FieldResolver(() => Warehouse, { description: 'Warehouse the goods leave from.' })
  warehouse(@Root() r: PurchaseReturn) { return r.warehouse.load(); }

  @FieldResolver(() => PurchaseOrder, { nullable: true, description: 'The order the goods came on, if known.' })
  order(@Root() r: PurchaseReturn) { return r.order?.load() ?? null; }

  @FieldResolver(() => [PurchaseReturnLine], { description: 'The lines.' })
  async lines(@Root() r: PurchaseReturn) { return (await r.lines.load()).getItems(); }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() r: PurchaseReturn, @Context() ctx: Ctx) { return history(ctx, 'PurchaseReturn', r.id); }
}

@Resolver(() => PurchaseReturnLine)
export class PurchaseReturnLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: PurchaseReturnLine) { return l.sku.load(); }

  @FieldResolver(() => DefectiveHolding, { nullable: true, description: 'The holding released (DEFECTIVE lines).' })
  holding(@Root() l: PurchaseReturnLine) { return l.holding?.load() ?? null; }
}

@Resolver(() => SupplierLedgerEntry)
export class SupplierLedgerEntryFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() e: SupplierLedgerEntry) { return e.supplier.load(); }
}
