import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { Order } from '../entities/order.entity.js';
import { OrderStatus } from '../entities/order-enums.js';

export const ORDER_DOC = 'Order';

/** An order the caller may see (an agent token: only its own), or NOT_FOUND. */
export async function loadOrder(ctx: Ctx, id: string | number, populate: string[] = []): Promise<Order> {
  const own = partnerScope(ctx.viewer);
  const order = Number.isInteger(Number(id))
    ? await ctx.em.findOne(Order, own == null ? { id: Number(id) } : { id: Number(id), agent: own }, { populate: populate as never })
    : null;
  if (!order) throw UserError.of('NOT_FOUND', 'No such order', 'id');
  return order;
}

const LABEL: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'waiting for payment', PAID: 'paid', ALLOCATED: 'allocated', PICKING: 'being picked', PACKED: 'packed',
  SHIPPED: 'shipped', DELIVERED: 'delivered', COMPLETED: 'completed', CANCELLED: 'cancelled', CLOSED: 'closed',
};

/** Refuses an action unless the order is in one of the allowed states. */
export function requireState(order: Order, allowed: OrderStatus[], action: string): void {
  if (!allowed.includes(order.status)) {
    throw UserError.of('WRONG_STATE', `Order ${order.code} is ${LABEL[order.status]} and cannot be ${action}`, 'id');
  }
}

/**
 * Moves an order on, guarded by a conditional update on the state it was read in: if anyone
 * changed it meanwhile, nothing is written and the caller gets WRONG_STATE. Records the step
 * on the order's timeline. Runs in the caller's transaction.
 */
export async function transition(ctx: Ctx, tx: EntityManager, order: Order, to: OrderStatus, note?: string | null, columns: Partial<Order> = {}, guard: FilterQuery<Order> = {}): Promise<void> {
  const from = order.status;
  const changed = await tx.nativeUpdate(Order, { $and: [{ id: order.id, status: from }, guard] }, { status: to, updatedAt: new Date(), ...columns } as never);
  if (!changed) throw UserError.of('WRONG_STATE', `Order ${order.code} was changed by someone else meanwhile; reload it`, 'id');
  Object.assign(order, { status: to, ...columns });
  recordTransition(ctx, tx, { type: ORDER_DOC, id: order.id }, from, to, note);
}

/**
 * For changes that keep the state (address, confirmation, checklist): takes the row by a
 * conditional update on the state it was read in, so a concurrent transition either waits for
 * this change or has already made it fail with WRONG_STATE.
 */
export async function holdInState(tx: EntityManager, order: Order): Promise<void> {
  const held = await tx.nativeUpdate(Order, { id: order.id, status: order.status }, { updatedAt: new Date() });
  if (!held) throw UserError.of('WRONG_STATE', `Order ${order.code} was changed by someone else meanwhile; reload it`, 'id');
}

/** A timeline note that is not a state change (address confirmed, checklist ticked, override). */
export function timelineNote(ctx: Ctx, tx: EntityManager, order: Order, note: string): void {
  recordTransition(ctx, tx, { type: ORDER_DOC, id: order.id }, order.status, order.status, note);
}
