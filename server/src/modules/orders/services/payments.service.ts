import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { LedgerCategory } from '../../ledger/entities/ledger-entry.entity.js';
import { postLedgerEntry } from '../../ledger/services/ledger-entries.service.js';
import { Order } from '../entities/order.entity.js';
import { OrderStatus } from '../entities/order-enums.js';
import { Payment, PaymentKind, PaymentMethod } from '../entities/payment.entity.js';
import { loadOrder, requireState, transition } from './order-state.js';

export interface PaymentInput { orderId: string; amountFen: number; method: PaymentMethod; reference?: string | null; note?: string | null; at?: Date | null }

function checkMoney(input: PaymentInput): void {
  new Check()
    .when(!Number.isInteger(input.amountFen) || input.amountFen < 1, 'amountFen', 'Amount must be a whole number of fen, at least 1')
    .when((input.reference ?? '').length > 80, 'reference', 'Reference must be at most 80 characters')
    .when(!!input.at && input.at.getTime() > Date.now() + 60_000, 'at', 'The time cannot be in the future')
    .throwIfAny();
}

function writePayment(ctx: Ctx, tx: EntityManager, order: Order, kind: PaymentKind, input: PaymentInput): Payment {
  const at = input.at ?? new Date();
  const payment = tx.create(Payment, {
    order, kind, method: input.method, amountFen: input.amountFen, reference: input.reference?.trim() || undefined, note: input.note?.trim() || undefined,
    actor: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, actorLabel: ctx.viewer?.label ?? 'system', at,
  });
  tx.persist(payment);
  postLedgerEntry(ctx, tx, {
    category: kind === PaymentKind.PAYMENT ? LedgerCategory.SALES : LedgerCategory.REFUND, amountFen: input.amountFen,
    reference: input.reference, sourceType: 'Order', sourceId: order.code, note: input.note ?? `${kind === PaymentKind.PAYMENT ? 'Payment' : 'Refund'} ${input.method}`, occurredAt: at,
  });
  return payment;
}

/**
 * Takes a payment in the caller's transaction: the paid amount rises by a conditional update
 * that never exceeds the total, a sales entry goes to the ledger, and once paid in full the
 * order moves to PAID.
 */
export async function takePayment(ctx: Ctx, tx: EntityManager, order: Order, input: PaymentInput): Promise<Payment> {
  const rows = await sql<{ paid_fen: unknown }>(tx, 'update orders set paid_fen = paid_fen + ? where id = ? and status = ? and paid_fen + ? <= total_fen returning paid_fen',
    [input.amountFen, order.id, OrderStatus.PENDING_PAYMENT, input.amountFen]);
  if (!rows.length) throw UserError.of('OVERPAYMENT', `At most ${order.totalFen - order.paidFen} fen is still due on ${order.code}`, 'amountFen');
  const paid = num(rows[0].paid_fen);
  order.paidFen = paid;
  const payment = writePayment(ctx, tx, order, PaymentKind.PAYMENT, input);
  if (paid >= order.totalFen) await transition(ctx, tx, order, OrderStatus.PAID, `Paid in full (${input.method})`, { paidAt: payment.at });
  return payment;
}

/** Gives money back in the caller's transaction; never more than was paid. */
export async function giveRefund(ctx: Ctx, tx: EntityManager, order: Order, input: PaymentInput): Promise<Payment> {
  const rows = await sql<{ paid_fen: unknown }>(tx, 'update orders set paid_fen = paid_fen - ? where id = ? and paid_fen >= ? returning paid_fen', [input.amountFen, order.id, input.amountFen]);
  if (!rows.length) throw UserError.of('OVERREFUND', `At most ${order.paidFen} fen was paid on ${order.code}`, 'amountFen');
  order.paidFen = num(rows[0].paid_fen);
  return writePayment(ctx, tx, order, PaymentKind.REFUND, input);
}

/** Records a payment against an order waiting for payment. */
export async function recordPayment(ctx: Ctx, input: PaymentInput) {
  checkMoney(input);
  const order = await loadOrder(ctx, input.orderId);
  requireState(order, [OrderStatus.PENDING_PAYMENT], 'paid');
  return ctx.em.transactional(async (tx) => {
    const payment = await takePayment(ctx, tx, order, input);
    audit(ctx, tx, { operation: 'recordPayment', entityType: 'Order', entityId: order.id, summary: `${order.code}: paid ${input.amountFen} fen by ${input.method}${input.reference ? ` (${input.reference})` : ''}; ${order.paidFen}/${order.totalFen}` });
    return { payment, order };
  });
}

/** Records a refund to the buyer (after-sales); the order's state does not change. */
export async function recordRefund(ctx: Ctx, input: PaymentInput) {
  checkMoney(input);
  new Check().require('note', input.note, 'The reason').throwIfAny();
  const order = await loadOrder(ctx, input.orderId);
  return ctx.em.transactional(async (tx) => {
    const payment = await giveRefund(ctx, tx, order, input);
    audit(ctx, tx, { operation: 'recordRefund', entityType: 'Order', entityId: order.id, summary: `${order.code}: refunded ${input.amountFen} fen by ${input.method}: ${input.note}` });
    return { payment, order };
  });
}

export function paymentsOf(ctx: Ctx, orderId: number) {
  return ctx.em.find(Payment, { order: orderId }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] });
}
