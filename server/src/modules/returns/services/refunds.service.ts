import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Payment, PaymentMethod } from '../../orders/entities/payment.entity.js';
import { giveRefund } from '../../orders/services/payments.service.js';
import { holdInState } from '../../orders/services/order-state.js';
import { ReturnStatus } from '../entities/return-enums.js';
import { Refund, RefundStatus } from '../entities/refund.entity.js';
import { holdReturn, loadReturn, requireReturnState, returnNote } from './return-state.js';

export const REFUND_DOC = 'Refund';
const OPEN = [RefundStatus.REQUESTED, RefundStatus.AWAITING_SECOND_APPROVAL];

/** Refunds not yet paid or rejected hold part of what was paid, so two of them cannot together exceed it. */
async function openRefundsFen(ctx: Ctx, orderId: number): Promise<number> {
  const open = await ctx.em.find(Refund, { order: orderId, status: { $in: OPEN } });
  return open.reduce((sum, r) => sum + r.amountFen, 0);
}

/**
 * Asks for a refund on an approved request (needs `return:write`). At most what the buyer paid
 * less earlier refunds (the order's net paid amount) less refunds still waiting for approval.
 * Above REFUND_SECOND_APPROVAL_FEN it will need two different approvers.
 */
export async function requestRefund(ctx: Ctx, input: { returnRequestId: string; amountFen: number; method: PaymentMethod; reason: string }) {
  new Check()
    .when(!Number.isInteger(input.amountFen) || input.amountFen < 1, 'amountFen', 'Amount must be a whole number of fen, at least 1')
    .require('reason', input.reason, 'The reason')
    .when((input.reason ?? '').length > 1000, 'reason', 'The reason must be at most 1000 characters')
    .throwIfAny();
  const request = await loadReturn(ctx, input.returnRequestId, ['order']);
  requireReturnState(request, [ReturnStatus.APPROVED, ReturnStatus.RECEIVED, ReturnStatus.INSPECTED], 'refunded');
  const order = request.order.getEntity();
  return ctx.em.transactional(async (tx) => {
    // Hold the order so concurrent refund requests are counted one after the other.
    await holdInState(tx, order);
    await tx.refresh(order);
    const left = order.paidFen - (await openRefundsFen({ ...ctx, em: tx }, order.id));
    if (input.amountFen > left) throw UserError.of('OVERREFUND', `At most ${Math.max(left, 0)} fen can still be refunded on ${order.code}`, 'amountFen');
    await holdReturn(tx, request);
    const refund = tx.create(Refund, {
      code: await nextDocumentCode(tx, Refund, 'RF', ctx.config.shopTimezone), returnRequest: request, order, orderCode: order.code,
      amountFen: input.amountFen, method: input.method, reason: input.reason.trim(), needsSecondApproval: input.amountFen > ctx.config.refunds.secondApprovalFen,
      requestedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, requestedByLabel: ctx.viewer?.label ?? 'system',
    });
    tx.persist(refund);
    await tx.flush();
    recordTransition(ctx, tx, { type: REFUND_DOC, id: refund.id }, null, RefundStatus.REQUESTED, refund.reason);
    returnNote(ctx, tx, request, `Refund ${refund.code} of ${input.amountFen} fen requested`);
    audit(ctx, tx, { operation: 'requestRefund', entityType: REFUND_DOC, entityId: refund.id, summary: `${refund.code} for ${request.code}: ${input.amountFen} fen by ${input.method}${refund.needsSecondApproval ? ' (needs a second approval)' : ''}` });
    return { refund };
  });
}

async function loadRefund(ctx: Ctx, id: string): Promise<Refund> {
  const refund = Number.isInteger(Number(id)) ? await ctx.em.findOne(Refund, Number(id), { populate: ['order', 'returnRequest'] }) : null;
  if (!refund) throw UserError.of('NOT_FOUND', 'No such refund', 'id');
  await loadReturn(ctx, refund.returnRequest.id); // the caller's row scope
  return refund;
}

function requireRefundState(refund: Refund, allowed: RefundStatus[], action: string) {
  if (!allowed.includes(refund.status)) throw UserError.of('WRONG_STATE', `Refund ${refund.code} is ${refund.status.toLowerCase().replaceAll('_', ' ')} and cannot be ${action}`, 'id');
}

async function moveRefund(ctx: Ctx, tx: Ctx['em'], refund: Refund, to: RefundStatus, note: string | null | undefined, columns: Record<string, unknown>) {
  const from = refund.status;
  const changed = await tx.nativeUpdate(Refund, { id: refund.id, status: from }, { status: to, updatedAt: new Date(), ...columns } as never);
  if (!changed) throw UserError.of('WRONG_STATE', `Refund ${refund.code} was changed by someone else meanwhile; reload it`, 'id');
  tx.assign(refund, { status: to, ...columns } as never);
  recordTransition(ctx, tx, { type: REFUND_DOC, id: refund.id }, from, to, note);
}

/**
 * Approves a refund (needs `return:approve`). Up to the second-approval amount one approval pays
 * it; above it the first approval waits for a second approver, who must be someone else
 * (SELF_APPROVAL otherwise). Paying writes a REFUND payment on the order and a REFUND entry in
 * the money ledger (orders' giveRefund), which refuses more than the order's net paid amount.
 */
export async function approveRefund(ctx: Ctx, input: { id: string; note?: string | null }) {
  const refund = await loadRefund(ctx, input.id);
  requireRefundState(refund, OPEN, 'approved');
  const me = ctx.viewer?.userId ?? null;
  const second = refund.status === RefundStatus.AWAITING_SECOND_APPROVAL;
  if (second && me != null && refund.firstApprover?.id === me) {
    throw UserError.of('SELF_APPROVAL', `You approved ${refund.code} first; a second approver must be someone else`, 'id');
  }
  const request = refund.returnRequest.getEntity();
  const stamp = (prefix: 'first' | 'second') => ({
    [`${prefix}Approver`]: me ? ctx.em.getReference(User, me) : undefined, [`${prefix}ApproverLabel`]: ctx.viewer?.label ?? 'system', [`${prefix}ApprovedAt`]: new Date(),
  });
  return ctx.em.transactional(async (tx) => {
    if (!second && refund.needsSecondApproval) {
      await moveRefund(ctx, tx, refund, RefundStatus.AWAITING_SECOND_APPROVAL, input.note ?? `Above ${ctx.config.refunds.secondApprovalFen} fen: a second approver is needed`, stamp('first'));
      audit(ctx, tx, { operation: 'approveRefund', entityType: REFUND_DOC, entityId: refund.id, summary: `${refund.code} approved once; waits for a second approver` });
      return { refund };
    }
    const order = refund.order.getEntity();
    await tx.refresh(order);
    const payment = await giveRefund(ctx, tx, order, { orderId: String(order.id), amountFen: refund.amountFen, method: refund.method, reference: refund.code, note: `${request.code}: ${refund.reason}`.slice(0, 1000) });
    await tx.flush();
    await moveRefund(ctx, tx, refund, RefundStatus.PAID, input.note, { ...stamp(second ? 'second' : 'first'), payment: tx.getReference(Payment, payment.id), paidAt: payment.at });
    returnNote(ctx, tx, request, `Refund ${refund.code} of ${refund.amountFen} fen paid`);
    audit(ctx, tx, { operation: 'approveRefund', entityType: REFUND_DOC, entityId: refund.id, summary: `${refund.code} paid: ${refund.amountFen} fen to ${order.code} by ${refund.method}${second ? ' (second approval)' : ''}` });
    return { refund };
  });
}

/** Rejects a refund waiting for approval (needs `return:approve`); no money moves. */
export async function rejectRefund(ctx: Ctx, input: { id: string; note?: string | null }) {
  new Check().require('note', input.note, 'The reason').throwIfAny();
  const refund = await loadRefund(ctx, input.id);
  requireRefundState(refund, OPEN, 'rejected');
  return ctx.em.transactional(async (tx) => {
    await moveRefund(ctx, tx, refund, RefundStatus.REJECTED, input.note, { rejectionReason: input.note!.trim() });
    returnNote(ctx, tx, refund.returnRequest.getEntity(), `Refund ${refund.code} rejected: ${input.note}`);
    audit(ctx, tx, { operation: 'rejectRefund', entityType: REFUND_DOC, entityId: refund.id, summary: `${refund.code} rejected: ${input.note}` });
    return { refund };
  });
}

export enum RefundSortField { CREATED_AT = 'CREATED_AT', AMOUNT = 'AMOUNT', PAID_AT = 'PAID_AT' }

export interface RefundFilter {
  status?: RefundStatus | null; returnRequestId?: string | null; orderId?: string | null; needsSecondApproval?: boolean | null;
  from?: Date | null; to?: Date | null; search?: string | null;
}

export function listRefunds(ctx: Ctx, args: PageArgs & { where?: RefundFilter | null; sort?: { field: RefundSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const and: FilterQuery<Refund>[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.returnRequestId) and.push({ returnRequest: Number(f.returnRequestId) });
  if (f.orderId) and.push({ order: Number(f.orderId) });
  if (f.needsSecondApproval != null) and.push({ needsSecondApproval: f.needsSecondApproval });
  if (f.from) and.push({ createdAt: { $gte: f.from } });
  if (f.to) and.push({ createdAt: { $lt: f.to } });
  if (f.search?.trim()) and.push({ $or: [{ code: contains(ctx.em, f.search) }, { orderCode: contains(ctx.em, f.search) }] });
  const own = partnerScope(ctx.viewer);
  if (own != null) and.push({ order: { agent: own } } as FilterQuery<Refund>);
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  const column = args.sort?.field === RefundSortField.AMOUNT ? 'amountFen' : args.sort?.field === RefundSortField.PAID_AT ? 'paidAt' : 'createdAt';
  return paginate(ctx.em, Refund, { ...args, where: and.length ? { $and: and } : {}, orderBy: [{ [column]: dir }, { id: dir }] as never });
}
