import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { UserError } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { reserveStock } from '../../inventory/services/reservations.service.js';
import type { Order } from '../entities/order.entity.js';
import { OrderStatus } from '../entities/order-enums.js';
import { applyChecklist, type PackChecklistInput } from './order-checks.service.js';
import { holdInState, loadOrder, ORDER_DOC, requireState, transition, timelineNote } from './order-state.js';

type Action = { id: string; note?: string | null };

/** Gift-stock SKUs (赠品库存) are not reserved; they leave by a gift-out movement when the order ships. */
export function reservedLines(order: Order) {
  return order.lines.getItems().filter((l) => !l.sku.getEntity().isGift);
}

/** The first active warehouse that can cover every line, or null. */
async function warehouseForAll(ctx: Ctx, order: Order): Promise<number | null> {
  const need = new Map<number, number>();
  for (const l of order.lines.getItems()) need.set(l.sku.id, (need.get(l.sku.id) ?? 0) + l.quantity);
  const ids = [...need.keys()];
  const rows = await sql<{ warehouse_id: unknown; sku_id: unknown; available: unknown }>(ctx.em,
    `select l.warehouse_id, l.sku_id, l.on_hand - l.reserved as available from stock_levels l join warehouses w on w.id = l.warehouse_id
     where w.active = ? and l.sku_id in (${ids.map(() => '?').join(', ')}) order by l.warehouse_id`, [true, ...ids]);
  const covered = new Map<number, number>();
  for (const r of rows) if (num(r.available) >= (need.get(num(r.sku_id)) ?? Infinity)) covered.set(num(r.warehouse_id), (covered.get(num(r.warehouse_id)) ?? 0) + 1);
  for (const [warehouseId, count] of covered) if (count === need.size) return warehouseId;
  return null;
}

/**
 * Paid → allocated: reserves every line's stock in one warehouse through the inventory
 * service, in the same transaction as the state change, so either all is held or nothing.
 */
export async function allocateOrder(ctx: Ctx, input: Action & { warehouseId?: string | null }) {
  const order = await loadOrder(ctx, input.id, ['lines', 'lines.sku']);
  requireState(order, [OrderStatus.PAID], 'allocated');
  let warehouseId = input.warehouseId ? Number(input.warehouseId) : await warehouseForAll(ctx, order);
  if (input.warehouseId) {
    const warehouse = await ctx.em.findOne(Warehouse, warehouseId!);
    if (!warehouse) throw UserError.of('NOT_FOUND', 'No such warehouse', 'warehouseId');
    if (!warehouse.active) throw UserError.of('INVALID', 'The warehouse is inactive', 'warehouseId');
  }
  if (warehouseId == null) throw UserError.of('INSUFFICIENT_STOCK', `No single warehouse has every line of ${order.code} available`, 'warehouseId');
  return ctx.em.transactional(async (tx) => {
    const inTx = { ...ctx, em: tx };
    for (const line of reservedLines(order)) {
      await reserveStock(inTx, { skuId: String(line.sku.id), warehouseId: String(warehouseId), quantity: line.quantity, referenceType: ORDER_DOC, referenceId: order.code });
    }
    // Gift stock is only checked here; it is taken when the parcel leaves.
    for (const line of order.lines.getItems().filter((l) => l.sku.getEntity().isGift)) {
      const [row] = await sql<{ available: unknown }>(tx, 'select on_hand - reserved as available from stock_levels where sku_id = ? and warehouse_id = ?', [line.sku.id, warehouseId]);
      if (num(row?.available) < line.quantity) throw UserError.of('INSUFFICIENT_STOCK', `Gift ${line.skuCode}: fewer than ${line.quantity} in stock`, 'warehouseId');
    }
    await transition(ctx, tx, order, OrderStatus.ALLOCATED, input.note, { warehouse: tx.getReference(Warehouse, warehouseId!, { wrapped: true }) });
    audit(ctx, tx, { operation: 'allocateOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: stock reserved in warehouse ${warehouseId}` });
    return { order };
  });
}

/** Allocated → picking. */
export async function startPicking(ctx: Ctx, input: Action) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.ALLOCATED], 'picked');
  return ctx.em.transactional(async (tx) => {
    await transition(ctx, tx, order, OrderStatus.PICKING, input.note);
    audit(ctx, tx, { operation: 'startPicking', entityType: 'Order', entityId: order.id, summary: `${order.code}: picking` });
    return { order };
  });
}

/** Picking → packed, with the pack checklist as ticked; shipping waits until every item is ticked. */
export async function packOrder(ctx: Ctx, input: Action & { checklist: PackChecklistInput }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.PICKING], 'packed');
  return ctx.em.transactional(async (tx) => {
    const summary = applyChecklist(ctx, order, input.checklist);
    await transition(ctx, tx, order, OrderStatus.PACKED, [summary, input.note?.trim()].filter(Boolean).join(' — '));
    tx.persist(order);
    audit(ctx, tx, { operation: 'packOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: packed; ${summary}` });
    return { order };
  });
}

/** Re-ticks the checklist of a packed order (after fixing what was missing). */
export async function recordPackChecklist(ctx: Ctx, input: Action & { checklist: PackChecklistInput }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.PACKED], 'checked');
  return ctx.em.transactional(async (tx) => {
    await holdInState(tx, order);
    const summary = applyChecklist(ctx, order, input.checklist);
    tx.persist(order);
    timelineNote(ctx, tx, order, [summary, input.note?.trim()].filter(Boolean).join(' — '));
    audit(ctx, tx, { operation: 'recordPackChecklist', entityType: 'Order', entityId: order.id, summary: `${order.code}: ${summary}` });
    return { order };
  });
}

