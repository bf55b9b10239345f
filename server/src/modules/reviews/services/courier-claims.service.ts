import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { LedgerCategory, LedgerDirection } from '../../ledger/entities/ledger-entry.entity.js';
import { postLedgerEntry } from '../../ledger/services/ledger-entries.service.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Courier } from '../../shipping/entities/courier.entity.js';
import { CourierClaim } from '../entities/courier-claim.entity.js';
import { BadReviewCause, CourierClaimStatus, ReviewHandlingStatus } from '../entities/review-enums.js';
import { Review } from '../entities/review.entity.js';
import { REVIEW_DOC } from './reviews.service.js';

export const CLAIM_DOC = 'CourierClaim';

export interface FileClaimInput { courierId: string; reviewId?: string | null; orderId?: string | null; waybillNo?: string | null; amountFen: number; reason: string }

/** Files a claim against a courier, optionally for a LOGISTICS bad review (its order is taken over). */
export async function fileCourierClaim(ctx: Ctx, input: FileClaimInput) {
  const check = new Check()
    .when(!Number.isInteger(input.amountFen) || input.amountFen < 1, 'amountFen', 'Amount must be a whole number of fen, at least 1')
    .require('reason', input.reason, 'What happened')
    .when((input.reason ?? '').length > 2000, 'reason', 'At most 2000 characters')
    .when((input.waybillNo ?? '').length > 60, 'waybillNo', 'At most 60 characters');
  const courier = Number.isInteger(Number(input.courierId)) ? await ctx.em.findOne(Courier, Number(input.courierId)) : null;
  check.when(!courier, 'courierId', 'No such courier', 'NOT_FOUND');
  const review = input.reviewId ? (Number.isInteger(Number(input.reviewId)) ? await ctx.em.findOne(Review, Number(input.reviewId)) : null) : null;
  if (input.reviewId && !review) check.add('reviewId', 'No such review', 'NOT_FOUND');
  else if (review && (review.cause !== BadReviewCause.LOGISTICS || review.handlingStatus !== ReviewHandlingStatus.IN_PROGRESS)) {
    check.add('reviewId', 'Claims are filed for bad reviews in LOGISTICS handling', 'WRONG_CAUSE');
  }
  const orderId = input.orderId ? Number(input.orderId) : review?.order?.id;
  const order = orderId && Number.isInteger(orderId) ? await ctx.em.findOne(Order, orderId) : null;
  if (input.orderId && !order) check.add('orderId', 'No such order', 'NOT_FOUND');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const claim = tx.create(CourierClaim, {
      code: await nextDocumentCode(tx, CourierClaim, 'CC', ctx.config.shopTimezone), courier: courier!, review: review ?? undefined, order: order ?? undefined,
      waybillNo: input.waybillNo?.trim() || undefined, amountFen: input.amountFen, reason: input.reason.trim(), status: CourierClaimStatus.FILED,
    });
    tx.persist(claim);
    await tx.flush();
    recordTransition(ctx, tx, { type: CLAIM_DOC, id: claim.id }, null, CourierClaimStatus.FILED, claim.reason);
    if (review) recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, review.handlingStatus, review.handlingStatus, `Courier claim ${claim.code} filed with ${courier!.code}: ${input.amountFen} fen`);
    audit(ctx, tx, { operation: 'fileCourierClaim', entityType: CLAIM_DOC, entityId: claim.id, summary: `${claim.code} against ${courier!.code}: ${input.amountFen} fen${claim.waybillNo ? ` (${claim.waybillNo})` : ''}` });
    return { courierClaim: claim };
  });
}

async function loadClaim(ctx: Ctx, id: string, allowed: CourierClaimStatus[], action: string) {
  const claim = Number.isInteger(Number(id)) ? await ctx.em.findOne(CourierClaim, Number(id)) : null;
  if (!claim) throw UserError.of('NOT_FOUND', 'No such courier claim', 'id');
  if (!allowed.includes(claim.status)) throw UserError.of('WRONG_STATE', `${claim.code} is ${claim.status.toLowerCase()} and cannot be ${action}`, 'id');
  return claim;
}

async function moveClaim(ctx: Ctx, claim: CourierClaim, to: CourierClaimStatus, note: string | undefined, columns: Record<string, unknown>, summary: string, settled?: number) {
  return ctx.em.transactional(async (tx) => {
    const from = claim.status;
    const changed = await tx.nativeUpdate(CourierClaim, { id: claim.id, status: from }, { status: to, updatedAt: new Date() });
    if (!changed) throw UserError.of('WRONG_STATE', `${claim.code} was changed by someone else meanwhile; reload it`, 'id');
    tx.assign(claim, { ...columns, status: to } as never);
    // The courier's payment is income in the money ledger.
    if (settled) postLedgerEntry(ctx, tx, { category: LedgerCategory.OTHER, direction: LedgerDirection.INCOME, amountFen: settled, reference: claim.code, sourceType: CLAIM_DOC, sourceId: claim.code, note: `Courier claim settled` });
    recordTransition(ctx, tx, { type: CLAIM_DOC, id: claim.id }, from, to, note);
    audit(ctx, tx, { operation: `${to === CourierClaimStatus.SETTLED ? 'settle' : 'decide'}CourierClaim`, entityType: CLAIM_DOC, entityId: claim.id, summary });
    return { courierClaim: claim };
  });
}

/** Filed → accepted or rejected, with the courier's answer. */
export async function decideCourierClaim(ctx: Ctx, input: { id: string; accepted: boolean; note?: string | null }) {
  const claim = await loadClaim(ctx, input.id, [CourierClaimStatus.FILED], 'decided');
  const note = input.note?.trim() || undefined;
  if (!input.accepted && !note) throw UserError.of('REQUIRED', 'Say why the courier refused', 'note');
  const to = input.accepted ? CourierClaimStatus.ACCEPTED : CourierClaimStatus.REJECTED;
  return moveClaim(ctx, claim, to, note, { decisionNote: note, decidedAt: new Date() }, `${claim.code} ${to.toLowerCase()}${note ? `: ${note}` : ''}`);
}

/** Accepted → settled with what the courier paid (at most the amount claimed); posted as income. */
export async function settleCourierClaim(ctx: Ctx, input: { id: string; settledAmountFen: number; note?: string | null }) {
  const claim = await loadClaim(ctx, input.id, [CourierClaimStatus.ACCEPTED], 'settled');
  const fen = input.settledAmountFen;
  if (!Number.isInteger(fen) || fen < 1 || fen > claim.amountFen) throw UserError.of('INVALID', `The settled amount must be a whole number of fen from 1 to the ${claim.amountFen} claimed`, 'settledAmountFen');
  return moveClaim(ctx, claim, CourierClaimStatus.SETTLED, input.note?.trim() || `Settled ${fen} fen`, { settledAmountFen: fen, settledAt: new Date() }, `${claim.code} settled: ${fen} of ${claim.amountFen} fen`, fen);
}

export interface CourierClaimFilter { status?: CourierClaimStatus | null; courierId?: string | null; reviewId?: string | null; orderId?: string | null; search?: string | null }

export function listCourierClaims(ctx: Ctx, args: PageArgs & { where?: CourierClaimFilter | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const and: FilterQuery<CourierClaim>[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.courierId) and.push({ courier: Number(f.courierId) });
  if (f.reviewId) and.push({ review: Number(f.reviewId) });
  if (f.orderId) and.push({ order: Number(f.orderId) });
  if (f.search?.trim()) and.push({ $or: [{ code: contains(ctx.em, f.search) }, { waybillNo: contains(ctx.em, f.search) }, { reason: contains(ctx.em, f.search) }] });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, CourierClaim, { ...args, where: and.length ? { $and: and } : {}, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}
