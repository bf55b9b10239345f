import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { MovementType } from '../entities/stock-movement.entity.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { Stocktake, StocktakeLine, StocktakeStatus } from '../entities/stocktake.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { ledgerPosition, postMovement } from './ledger.service.js';
import { nextDocumentCode } from './document-code.js';

const OPEN = [StocktakeStatus.COUNTING, StocktakeStatus.SUBMITTED];

export function listStocktakes(ctx: Ctx, args: PageArgs & { where?: { status?: StocktakeStatus | null; warehouseId?: string | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<Stocktake> = {};
  if (f.status) where.status = f.status;
  if (f.warehouseId) where.warehouse = Number(f.warehouseId);
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Stocktake, { ...args, where, orderBy: [{ id: dir }] as never });
}

/** Opens a count sheet and snapshots the book quantity of every SKU in scope. */
export async function openStocktake(ctx: Ctx, input: { warehouseId: string; skuIds?: string[] | null; note?: string | null }) {
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId));
  const check = new Check().when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  if (warehouse && (await ctx.em.count(Stocktake, { warehouse: warehouse.id, status: { $in: OPEN } }))) {
    check.add('warehouseId', 'This warehouse already has an open stocktake; finish or cancel it first', 'CONFLICT');
  }
  const subset = input.skuIds?.length ? input.skuIds.map(Number) : null;
  const skus = subset ? await ctx.em.find(Sku, { id: { $in: subset } }) : await ctx.em.find(Sku, { active: true }, { orderBy: { code: 'asc' } });
  check.when(!!subset && skus.length !== new Set(subset).size, 'skuIds', 'One or more SKUs do not exist', 'NOT_FOUND');
  check.when(!skus.length, 'skuIds', 'There is nothing to count');
  check.throwIfAny();

  return ctx.em.transactional(async (tx) => {
    const position = await ledgerPosition(tx);
    const levels = await tx.find(StockLevel, { warehouse: warehouse!.id, sku: { $in: skus.map((s) => s.id) } });
    const book = new Map(levels.map((l) => [l.sku.id, l.onHand]));
    const stocktake = tx.create(Stocktake, { code: await nextDocumentCode(tx, Stocktake, 'ST', ctx.config.shopTimezone), warehouse: warehouse!, status: StocktakeStatus.COUNTING, note: input.note?.trim() || undefined, snapshotMovementId: position });
    for (const sku of skus) stocktake.lines.add(tx.create(StocktakeLine, { stocktake, sku, bookQuantity: book.get(sku.id) ?? 0 }));
    tx.persist(stocktake);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'Stocktake', id: stocktake.id }, null, StocktakeStatus.COUNTING, input.note);
    audit(ctx, tx, { operation: 'openStocktake', entityType: 'Stocktake', entityId: stocktake.id, summary: `${stocktake.code} opened for ${warehouse!.code}, ${skus.length} SKU(s)` });
    return { stocktake };
  });
}

/**
 * Fills each counted line's movements-during-count and variance. Both are fixed once the line
 * is counted (the window ends at its count), so the review shows final figures before approval.
 */
async function computeVariances(tx: EntityManager, stocktake: Stocktake, lines: StocktakeLine[]): Promise<void> {
  const counted = lines.filter((l) => l.countedQuantity != null && l.countedAtMovementId != null);
  if (!counted.length) return;
  const during = await sql<{ line_id: unknown; total: unknown }>(tx, `
    select l.id as line_id, coalesce(sum(m.quantity), 0) as total
    from stocktake_lines l
    left join stock_movements m on m.sku_id = l.sku_id and m.warehouse_id = ? and m.id > ? and m.id <= l.counted_at_movement_id
    where l.id in (${counted.map(() => '?').join(',')})
    group by l.id`, [stocktake.warehouse.id, stocktake.snapshotMovementId, ...counted.map((l) => l.id)]);
  const movedDuring = new Map(during.map((r) => [num(r.line_id), num(r.total)]));
  for (const line of counted) {
    line.movementsDuringCount = movedDuring.get(line.id) ?? 0;
    line.variance = line.countedQuantity! - (line.bookQuantity + line.movementsDuringCount);
    tx.persist(line);
  }
}

async function loadInState(ctx: Ctx, id: string, allowed: StocktakeStatus[], action: string) {
  const stocktake = await ctx.em.findOne(Stocktake, Number(id), { populate: ['lines', 'lines.sku', 'warehouse'] });
  if (!stocktake) throw UserError.of('NOT_FOUND', 'No such stocktake', 'id');
  if (!allowed.includes(stocktake.status)) throw UserError.of('WRONG_STATE', `A ${stocktake.status.toLowerCase()} stocktake cannot be ${action}`, 'id');
  return stocktake;
}

/** Records counted quantities; each remembers the ledger position at the moment it was counted. */
export async function enterStocktakeCounts(ctx: Ctx, input: { id: string; counts: { skuId: string; countedQuantity: number }[] }) {
  const stocktake = await loadInState(ctx, input.id, [StocktakeStatus.COUNTING], 'counted');
  const bySku = new Map(stocktake.lines.getItems().map((l) => [String(l.sku.id), l]));
  const check = new Check().when(!input.counts?.length, 'counts', 'Enter at least one count', 'REQUIRED');
  (input.counts ?? []).forEach((c, i) => {
    check.when(!bySku.has(c.skuId), `counts.${i}.skuId`, 'This SKU is not on the count sheet', 'NOT_FOUND');
    check.when(!Number.isInteger(c.countedQuantity) || c.countedQuantity < 0, `counts.${i}.countedQuantity`, 'Count must be a whole number ≥ 0');
  });
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const position = await ledgerPosition(tx);
    for (const c of input.counts) {
      const line = bySku.get(c.skuId)!;
      line.countedQuantity = c.countedQuantity;
      line.countedAtMovementId = position;
      tx.persist(line);
    }
    await tx.flush();
    await computeVariances(tx, stocktake, input.counts.map((c) => bySku.get(c.skuId)!));
    audit(ctx, tx, { operation: 'enterStocktakeCounts', entityType: 'Stocktake', entityId: stocktake.id, summary: `${stocktake.code}: ${input.counts.length} count(s) entered` });
    return { stocktake };
  });
}

async function transition(ctx: Ctx, stocktake: Stocktake, to: StocktakeStatus, operation: string, note?: string | null, work?: (tx: typeof ctx.em) => Promise<string | void>) {
  const from = stocktake.status;
  return ctx.em.transactional(async (tx) => {
    const detail = work ? await work(tx) : undefined;
    stocktake.status = to;
    tx.persist(stocktake);
    const fullNote = [note?.trim(), detail].filter(Boolean).join(' — ') || null;
    recordTransition(ctx, tx, { type: 'Stocktake', id: stocktake.id }, from, to, fullNote);
    audit(ctx, tx, { operation, entityType: 'Stocktake', entityId: stocktake.id, summary: `${stocktake.code} ${to.toLowerCase()}${fullNote ? `: ${fullNote}` : ''}` });
    return { stocktake };
  });
}

export async function submitStocktake(ctx: Ctx, input: { id: string; note?: string | null }) {
  const stocktake = await loadInState(ctx, input.id, [StocktakeStatus.COUNTING], 'submitted');
  const missing = stocktake.lines.getItems().filter((l) => l.countedQuantity == null).map((l) => l.sku.getEntity().code);
  if (missing.length) throw UserError.of('INVALID', `Count every line first; missing: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}`, 'counts');
  return transition(ctx, stocktake, StocktakeStatus.SUBMITTED, 'submitStocktake', input.note);
}

export async function rejectStocktake(ctx: Ctx, input: { id: string; note?: string | null }) {
  if (!input.note?.trim()) throw UserError.of('REQUIRED', 'Say what to recount', 'note');
  const stocktake = await loadInState(ctx, input.id, [StocktakeStatus.SUBMITTED], 'sent back');
  return transition(ctx, stocktake, StocktakeStatus.COUNTING, 'rejectStocktake', input.note);
}

export async function cancelStocktake(ctx: Ctx, input: { id: string; note?: string | null }) {
  const stocktake = await loadInState(ctx, input.id, OPEN, 'cancelled');
  return transition(ctx, stocktake, StocktakeStatus.CANCELLED, 'cancelStocktake', input.note);
}

/**
 * Posts the variances. Expected = book snapshot + the ledger's net movements between the
 * snapshot and the moment each line was counted; variance = counted − expected. Goods that
 * moved during the count are therefore not booked as gains or losses.
 */
export async function approveStocktake(ctx: Ctx, input: { id: string; note?: string | null }) {
  const stocktake = await loadInState(ctx, input.id, [StocktakeStatus.SUBMITTED], 'approved');
  return transition(ctx, stocktake, StocktakeStatus.APPROVED, 'approveStocktake', input.note, async (tx) => {
    const lines = stocktake.lines.getItems();
    await computeVariances(tx, stocktake, lines);
    const posted: string[] = [];
    for (const line of lines) {
      const variance = line.variance ?? 0; // every line is counted once submitted
      if (variance !== 0) {
        await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: stocktake.warehouse.id, type: MovementType.STOCKTAKE_ADJUSTMENT, quantity: variance, referenceType: 'Stocktake', referenceId: stocktake.code, reason: `counted ${line.countedQuantity}, expected ${line.bookQuantity + (line.movementsDuringCount ?? 0)}` });
        posted.push(`${line.sku.getEntity().code} ${variance > 0 ? '+' : ''}${variance}`);
      }
    }
    return posted.length ? `adjusted ${posted.join(', ')}` : 'no variances';
  });
}
