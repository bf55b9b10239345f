import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { Reservation, ReservationStatus } from '../../inventory/entities/reservation.entity.js';
import { releaseStock } from '../../inventory/services/reservations.service.js';
import type { Order } from '../entities/order.entity.js';
import { OrderStatus } from '../entities/order-enums.js';
import { Payment, PaymentKind, PaymentMethod } from '../entities/payment.entity.js';
import { completedOrderSpend } from './order-customer.js';
import { giveRefund } from './payments.service.js';
import { loadOrder, ORDER_DOC, requireState, transition } from './order-state.js';

type Reasoned = { id: string; reason?: string | null };

/** Gives back every active reservation of the order, through the inventory service. */
async function releaseAll(ctx: Ctx, tx: EntityManager, order: Order): Promise<number> {
  const held = await tx.find(Reservation, { referenceType: ORDER_DOC, referenceId: order.code, status: ReservationStatus.ACTIVE });
  for (const r of held) await releaseStock({ ...ctx, em: tx }, { id: String(r.id) });
  return held.length;
}

/** Refunds what is still paid, by the method of the last payment. */
async function refundAll(ctx: Ctx, tx: EntityManager, order: Order, reason: string): Promise<number> {
  const paid = order.paidFen;
  if (paid <= 0) return 0;
  const last = await tx.findOne(Payment, { order: order.id, kind: PaymentKind.PAYMENT }, { orderBy: { id: 'desc' } });
  await giveRefund(ctx, tx, order, { orderId: String(order.id), amountFen: paid, method: last?.method ?? PaymentMethod.OTHER, reference: last?.reference, note: `Order ${order.status === OrderStatus.CLOSED ? 'closed' : 'cancelled'}: ${reason}` });
  return paid;
}

/**
 * Cancels a paid order before it ships: reserved stock goes back and what was paid is
 * refunded, all in one transaction with the state change.
 */
export async function cancelOrder(ctx: Ctx, input: Reasoned) {
  const reason = input.reason?.trim() ?? '';
  new Check().require('reason', reason, 'The reason').throwIfAny();
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.PAID, OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.PACKED], 'cancelled');
  return ctx.em.transactional(async (tx) => {
    const from = order.status;
    await transition(ctx, tx, order, OrderStatus.CANCELLED, reason, { endedAt: new Date(), endReason: reason });
    const released = await releaseAll(ctx, tx, order);
    const refunded = await refundAll(ctx, tx, order, reason);
    audit(ctx, tx, { operation: 'cancelOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: cancelled from ${from}; ${released} reservation(s) released, ${refunded} fen refunded — ${reason}` });
    return { order };
  });
}

/** Closes an order that was never paid in full (交易关闭); any part payment is refunded. */
export async function closeOrder(ctx: Ctx, input: Reasoned) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.PENDING_PAYMENT], 'closed');
  const reason = input.reason?.trim() || 'Not paid';
  return ctx.em.transactional(async (tx) => {
    await transition(ctx, tx, order, OrderStatus.CLOSED, reason, { endedAt: new Date(), endReason: reason });
    const refunded = await refundAll(ctx, tx, order, reason);
    audit(ctx, tx, { operation: 'closeOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: closed${refunded ? `, ${refunded} fen refunded` : ''} — ${reason}` });
    return { order };
  });
}

/** Delivered → completed; the customer's spend grows by what the order finally cost them. */
export async function completeOrder(ctx: Ctx, input: { id: string; note?: string | null }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, [OrderStatus.DELIVERED], 'completed');
  return ctx.em.transactional(async (tx) => {
    await transition(ctx, tx, order, OrderStatus.COMPLETED, input.note, { endedAt: new Date() });
    await completedOrderSpend(ctx, tx, order);
    audit(ctx, tx, { operation: 'completeOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: completed, ${order.paidFen} fen` });
    return { order };
  });
}
