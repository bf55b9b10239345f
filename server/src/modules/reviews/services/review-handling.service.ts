import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { User } from '../../identity/entities/user.entity.js';
import { LedgerCategory, LedgerDirection } from '../../ledger/entities/ledger-entry.entity.js';
import { postLedgerEntry } from '../../ledger/services/ledger-entries.service.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { openReturnRequest, type OpenReturnInput } from '../../returns/services/return-open.js';
import { CourierClaim } from '../entities/courier-claim.entity.js';
import { BadReviewCause, ReviewHandlingStatus } from '../entities/review-enums.js';
import { Review } from '../entities/review.entity.js';
import { loadReview, REVIEW_DOC } from './reviews.service.js';

type Columns = Record<string, unknown>;

/** A handling step: guarded by a conditional update on the state it was read in; recorded on the history and audited. */
async function step(ctx: Ctx, review: Review, operation: string, note: string | (() => string), columns: Columns, to = review.handlingStatus, extra?: (tx: EntityManager) => Promise<void> | void) {
  return ctx.em.transactional(async (tx) => {
    const from = review.handlingStatus;
    const held = await tx.nativeUpdate(Review, { id: review.id, handlingStatus: from }, { handlingStatus: to, updatedAt: new Date() });
    if (!held) throw UserError.of('WRONG_STATE', 'The review was changed by someone else meanwhile; reload it', 'id');
    tx.assign(review, { ...columns, handlingStatus: to } as never);
    await extra?.(tx);
    const said = typeof note === 'function' ? note() : note;
    recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, from, to, said);
    audit(ctx, tx, { operation, entityType: REVIEW_DOC, entityId: review.id, summary: said.slice(0, 500) });
    return { review };
  });
}

async function loadBad(ctx: Ctx, id: string, allowed: ReviewHandlingStatus[], cause?: BadReviewCause[]): Promise<Review> {
  const review = await loadReview(ctx, id);
  if (!review.isBad) throw UserError.of('WRONG_STATE', `A ${review.originalRating}★ review is not a bad review; there is nothing to handle`, 'id');
  if (!allowed.includes(review.handlingStatus)) throw UserError.of('WRONG_STATE', `The review’s handling is ${review.handlingStatus.toLowerCase().replace('_', ' ')}`, 'id');
  if (cause && (!review.cause || !cause.includes(review.cause))) throw UserError.of('WRONG_CAUSE', `This step belongs to ${cause.join(' or ')} handling; the review’s cause is ${review.cause ?? 'not named yet'}`, 'id');
  return review;
}

const text = (check: Check, field: string, value: string | null | undefined, label: string, max = 2000) => {
  const v = value?.trim() ?? '';
  check.when(!v, field, `${label} is required`, 'REQUIRED').when(v.length > max, field, `${label} must be at most ${max} characters`);
  return v;
};

/** Names the cause of a bad review: open → in progress (a cause may be corrected while in progress). */
export async function classifyBadReview(ctx: Ctx, input: { id: string; cause: BadReviewCause; note?: string | null }) {
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.OPEN, ReviewHandlingStatus.IN_PROGRESS]);
  return step(ctx, review, 'classifyBadReview', `Cause: ${input.cause}${input.note?.trim() ? ` — ${input.note.trim()}` : ''}`,
    { cause: input.cause, causeNote: input.note?.trim() || undefined }, ReviewHandlingStatus.IN_PROGRESS);
}

/** BUYER: explains to the buyer and asks for a revised review. */
export async function requestReviewRevision(ctx: Ctx, input: { id: string; explanation: string }) {
  const check = new Check();
  const explanation = text(check, 'explanation', input.explanation, 'The explanation');
  check.throwIfAny();
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS], [BadReviewCause.BUYER]);
  return step(ctx, review, 'requestReviewRevision', `Explained and asked for a revision: ${explanation}`, { explanation, revisionRequestedAt: new Date() });
}

/** The buyer revised the review: the new rating (and text) replace the current ones; the original rating stays. */
export async function recordReviewRevision(ctx: Ctx, input: { id: string; rating: number; text?: string | null }) {
  new Check()
    .when(!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5, 'rating', 'Rating must be a whole number from 1 to 5')
    .when((input.text ?? '').length > 2000, 'text', 'The text must be at most 2000 characters').throwIfAny();
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS, ReviewHandlingStatus.RESOLVED]);
  return step(ctx, review, 'recordReviewRevision', `Buyer revised the review: ${review.rating}★ → ${input.rating}★`,
    { rating: input.rating, revisedAt: new Date(), ...(input.text?.trim() ? { text: input.text.trim() } : {}) });
}

/** LOGISTICS: records what checking with the courier found (tracking, the parcel's state). */
export async function verifyLogisticsIssue(ctx: Ctx, input: { id: string; finding: string }) {
  const check = new Check();
  const finding = text(check, 'finding', input.finding, 'The finding');
  check.throwIfAny();
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS], [BadReviewCause.LOGISTICS]);
  return step(ctx, review, 'verifyLogisticsIssue', `Verified with the courier: ${finding}`, { logisticsFinding: finding, verifiedAt: new Date() });
}

/** LOGISTICS or SERVICE: records the apology and any compensation, which is posted to the money ledger as an expense. */
export async function apologiseForReview(ctx: Ctx, input: { id: string; apology: string; compensationFen?: number | null }) {
  const check = new Check();
  const apology = text(check, 'apology', input.apology, 'The apology');
  const fen = input.compensationFen ?? 0;
  check.when(!Number.isInteger(fen) || fen < 0 || fen > 10_000_000, 'compensationFen', 'Compensation must be a whole number of fen from 0 to 10,000,000').throwIfAny();
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS], [BadReviewCause.LOGISTICS, BadReviewCause.SERVICE]);
  if (fen > 0 && review.compensationFen) throw UserError.of('DUPLICATE', `${review.compensationFen} fen compensation was already paid for this review`, 'compensationFen');
  return step(ctx, review, 'apologiseForReview', `Apologised${fen ? ` and compensated ${fen} fen` : ''}: ${apology}`,
    { apology, apologisedAt: new Date(), ...(fen ? { compensationFen: fen } : {}) }, review.handlingStatus, (tx) => {
      if (fen) postLedgerEntry(ctx, tx, { category: LedgerCategory.OTHER, direction: LedgerDirection.EXPENSE, amountFen: fen, sourceType: REVIEW_DOC, sourceId: String(review.id), note: `Compensation for a bad review by ${review.buyerName}` });
    });
}

/**
 * PRODUCT: offers a return or exchange, linking an existing request of the review's order or
 * opening one (that also needs `return:write`).
 */
export async function offerReturnForReview(ctx: Ctx, input: { id: string; returnRequestId?: string | null; open?: Omit<OpenReturnInput, 'orderId'> | null }) {
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS], [BadReviewCause.PRODUCT]);
  if (!!input.returnRequestId === !!input.open) throw UserError.of('INVALID', 'Give either an existing return request or one to open', 'returnRequestId');
  if (input.returnRequestId) {
    const request = Number.isInteger(Number(input.returnRequestId)) ? await ctx.em.findOne(ReturnRequest, Number(input.returnRequestId)) : null;
    if (!request) throw UserError.of('NOT_FOUND', 'No such return request', 'returnRequestId');
    if (review.order && request.order.id !== review.order.id) throw UserError.of('INVALID', `${request.code} is for another order than the review’s`, 'returnRequestId');
    return step(ctx, review, 'offerReturnForReview', `Return/exchange offered: ${request.code}`, { returnRequest: request });
  }
  if (!ctx.viewer?.permissions.has('return:write')) throw UserError.of('FORBIDDEN', 'Opening a return request needs the permission return:write', 'open');
  if (!review.order) throw UserError.of('INVALID', 'The review names no order; open the return request from the order instead', 'open');
  let code = '';
  return step(ctx, review, 'offerReturnForReview', () => `Return/exchange offered: ${code} opened`, {}, review.handlingStatus, async (tx) => {
    const request = await openReturnRequest({ ...ctx, em: tx }, tx, { ...input.open!, orderId: review.order!.id, note: input.open!.note ?? `Bad review: ${review.text}`.slice(0, 2000) });
    code = request.code;
    tx.assign(review, { returnRequest: request });
  });
}

/** SERVICE: records the retraining of the staff member whose service caused the review. */
export async function recordStaffRetraining(ctx: Ctx, input: { id: string; userId: string; note: string }) {
  const check = new Check();
  const note = text(check, 'note', input.note, 'What the retraining covered');
  check.throwIfAny();
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS], [BadReviewCause.SERVICE]);
  const user = Number.isInteger(Number(input.userId)) ? await ctx.em.findOne(User, Number(input.userId)) : null;
  if (!user) throw UserError.of('NOT_FOUND', 'No such staff member', 'userId');
  return step(ctx, review, 'recordStaffRetraining', `Retraining for ${user.email}: ${note}`, { retrainedUser: user, retrainingNote: note, retrainedAt: new Date() });
}

/** What each cause must have done before the review counts as handled. */
async function missingSteps(ctx: Ctx, review: Review): Promise<string[]> {
  const missing: string[] = [];
  switch (review.cause) {
    case BadReviewCause.BUYER:
      if (!review.revisionRequestedAt) missing.push('ask the buyer to revise');
      break;
    case BadReviewCause.LOGISTICS:
      if (!review.verifiedAt) missing.push('verify with the courier');
      if (!(await ctx.em.count(CourierClaim, { review: review.id }))) missing.push('file a courier claim');
      if (!review.apologisedAt) missing.push('apologise');
      break;
    case BadReviewCause.PRODUCT:
      if (!review.returnRequest) missing.push('offer a return or exchange');
      break;
    case BadReviewCause.SERVICE:
      if (!review.apologisedAt) missing.push('apologise');
      if (!review.retrainedAt) missing.push('record the retraining');
      break;
    default:
      missing.push('name the cause');
  }
  return missing;
}

/** In progress → resolved, once the cause's steps are done (INCOMPLETE lists what is missing). */
export async function resolveBadReview(ctx: Ctx, input: { id: string; note?: string | null }) {
  const review = await loadBad(ctx, input.id, [ReviewHandlingStatus.IN_PROGRESS]);
  const missing = await missingSteps(ctx, review);
  if (missing.length) throw UserError.of('INCOMPLETE', `Still to do for ${review.cause ?? 'this'} handling: ${missing.join(', ')}`, 'id');
  return step(ctx, review, 'resolveBadReview', `Resolved${input.note?.trim() ? `: ${input.note.trim()}` : ''}`, { resolvedAt: new Date() }, ReviewHandlingStatus.RESOLVED);
}
