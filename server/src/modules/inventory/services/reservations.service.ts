import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { sql } from '../../../core/db/sql.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Reservation, ReservationStatus } from '../entities/reservation.entity.js';
import { MovementType } from '../entities/stock-movement.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { ensureStockLevel, postMovement } from './ledger.service.js';

export interface ReserveInput { skuId: string; warehouseId: string; quantity: number; referenceType: string; referenceId: string }

/**
 * Holds stock for an order. The conditional update (`on_hand - reserved >= n`) is the
 * only guard, so concurrent reservations can never promise more than is available.
 */
export async function reserveStock(ctx: Ctx, input: ReserveInput) {
  const check = new Check()
    .when(!Number.isInteger(input.quantity) || input.quantity < 1, 'quantity', 'Quantity must be a whole number of at least 1')
    .require('referenceType', input.referenceType, 'Reference type')
    .require('referenceId', input.referenceId, 'Reference');
  const sku = await ctx.em.findOne(Sku, Number(input.skuId));
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId));
  check.when(!sku, 'skuId', 'No such SKU', 'NOT_FOUND').when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  check.when(!!sku && sku.isGift, 'skuId', 'Gift stock cannot be reserved for sale', 'GIFT_STOCK');
  check.when(!!sku && !sku.active, 'skuId', 'The SKU is inactive');
  check.when(!!warehouse && !warehouse.active, 'warehouseId', 'The warehouse is inactive');
  check.throwIfAny();

  return ctx.em.transactional(async (tx) => {
    await ensureStockLevel(tx, sku!.id, warehouse!.id);
    const held = await sql(tx, 'update stock_levels set reserved = reserved + ? where sku_id = ? and warehouse_id = ? and on_hand - reserved >= ? returning reserved', [input.quantity, sku!.id, warehouse!.id, input.quantity]);
    if (!held.length) throw UserError.of('INSUFFICIENT_STOCK', `Only less than ${input.quantity} of ${sku!.code} is available in ${warehouse!.code}`, 'quantity');
    const reservation = tx.create(Reservation, { sku: sku!, warehouse: warehouse!, quantity: input.quantity, referenceType: input.referenceType, referenceId: input.referenceId, status: ReservationStatus.ACTIVE });
    tx.persist(reservation);
    await tx.flush();
    audit(ctx, tx, { operation: 'reserveStock', entityType: 'Reservation', entityId: reservation.id, summary: `reserved ${input.quantity} × ${sku!.code} in ${warehouse!.code} for ${input.referenceType} ${input.referenceId}` });
    return { reservation };
  });
}

async function activeReservation(ctx: Ctx, id: string) {
  const reservation = await ctx.em.findOne(Reservation, Number(id), { populate: ['sku', 'warehouse'] });
  if (!reservation) throw UserError.of('NOT_FOUND', 'No such reservation', 'id');
  if (reservation.status !== ReservationStatus.ACTIVE) throw UserError.of('WRONG_STATE', `The reservation is already ${reservation.status.toLowerCase()}`, 'id');
  return reservation;
}

/** Gives reserved stock back (an order cancelled or closed). */
export async function releaseStock(ctx: Ctx, input: { id: string }) {
  const reservation = await activeReservation(ctx, input.id);
  return ctx.em.transactional(async (tx) => {
    // The status guard makes a double release a no-op rather than a double decrement.
    const changed = await sql(tx, "update reservations set status = 'RELEASED' where id = ? and status = 'ACTIVE' returning id", [reservation.id]);
    if (!changed.length) throw UserError.of('WRONG_STATE', 'The reservation was released meanwhile', 'id');
    await sql(tx, 'update stock_levels set reserved = reserved - ? where sku_id = ? and warehouse_id = ?', [reservation.quantity, reservation.sku.id, reservation.warehouse.id]);
    audit(ctx, tx, { operation: 'releaseStock', entityType: 'Reservation', entityId: reservation.id, summary: `released ${reservation.quantity} × ${reservation.sku.getEntity().code}` });
    await tx.refresh(reservation);
    return { reservation };
  });
}

/** Ships reserved stock: a sale-out movement that lowers on-hand and reserved together. For the orders module. */
export async function consumeReservation(ctx: Ctx, tx: Parameters<typeof postMovement>[1], reservationId: number, reference: { type: string; id: string }) {
  const changed = await sql<{ quantity: unknown; sku_id: unknown; warehouse_id: unknown }>(tx, "update reservations set status = 'CONSUMED' where id = ? and status = 'ACTIVE' returning quantity, sku_id, warehouse_id", [reservationId]);
  if (!changed.length) throw UserError.of('WRONG_STATE', 'The reservation is not active');
  const row = changed[0];
  return postMovement(ctx, tx, {
    skuId: Number(row.sku_id), warehouseId: Number(row.warehouse_id), type: MovementType.SALE_OUT, quantity: -Number(row.quantity),
    referenceType: reference.type, referenceId: reference.id, consumesReservation: true,
  });
}
