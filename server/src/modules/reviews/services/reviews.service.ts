import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { BadReviewCause, ReviewHandlingStatus, ReviewPlatform } from '../entities/review-enums.js';
import { Review } from '../entities/review.entity.js';
import { draftReview, type ReviewData, type ReviewInput } from './review-draft.js';

export const REVIEW_DOC = 'Review';

/** Writes a checked review in the caller's transaction, with its first history step. */
export async function writeReview(ctx: Ctx, tx: EntityManager, data: ReviewData, operation: string): Promise<Review> {
  const review = tx.create(Review, { ...data, product: data.sku?.product });
  tx.persist(review);
  await tx.flush();
  recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, null, review.handlingStatus, `${review.rating}★ ${review.platform}`);
  if (operation) audit(ctx, tx, { operation, entityType: REVIEW_DOC, entityId: review.id, summary: `${review.rating}★ by ${review.buyerName} (${review.platform}${review.orderCode ? ` ${review.orderCode}` : ''})` });
  return review;
}

/** Enters a review by hand (needs `review:write`). */
export async function createReview(ctx: Ctx, input: ReviewInput) {
  const check = new Check();
  const data = await draftReview(ctx.em, check, input);
  if (data.importKey && (await ctx.em.count(Review, { importKey: data.importKey }))) check.add(input.externalId ? 'externalId' : null, 'This review is already recorded', 'DUPLICATE');
  check.throwIfAny();
  try {
    return await ctx.em.transactional(async (tx) => ({ review: await writeReview(ctx, tx, data, 'createReview') }));
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw UserError.of('DUPLICATE', 'This review is already recorded', 'externalId');
    throw error;
  }
}

export async function loadReview(ctx: Ctx, id: string | number): Promise<Review> {
  const review = Number.isInteger(Number(id)) ? await ctx.em.findOne(Review, Number(id)) : null;
  if (!review) throw UserError.of('NOT_FOUND', 'No such review', 'id');
  return review;
}

/** Writes or replaces the shop's reply (商家回复) (needs `review:write`). */
export async function replyToReview(ctx: Ctx, input: { id: string; text: string }) {
  const text = input.text?.trim() ?? '';
  new Check().when(!text, 'text', 'The reply is required', 'REQUIRED').when(text.length > 500, 'text', 'A reply can be at most 500 characters (the platform’s limit)').throwIfAny();
  const review = await loadReview(ctx, input.id);
  return ctx.em.transactional(async (tx) => {
    const replaced = !!review.replyText;
    tx.assign(review, { replyText: text, repliedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, repliedByLabel: ctx.viewer?.label ?? 'system', repliedAt: new Date() });
    recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, review.handlingStatus, review.handlingStatus, `${replaced ? 'Reply changed' : 'Replied'}: ${text}`);
    audit(ctx, tx, { operation: 'replyToReview', entityType: REVIEW_DOC, entityId: review.id, summary: `${replaced ? 'reply changed' : 'replied'}: ${text.slice(0, 200)}` });
    return { review };
  });
}

export enum ReviewSortField { REVIEWED_AT = 'REVIEWED_AT', RATING = 'RATING', CREATED_AT = 'CREATED_AT' }

export interface ReviewFilter {
  bad?: boolean | null; rating?: number | null; platform?: ReviewPlatform | null; handlingStatus?: ReviewHandlingStatus | null; cause?: BadReviewCause | null;
  replied?: boolean | null; productId?: string | null; skuId?: string | null; orderId?: string | null; from?: Date | null; to?: Date | null; search?: string | null;
}

export function listReviews(ctx: Ctx, args: PageArgs & { where?: ReviewFilter | null; sort?: { field: ReviewSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const and: FilterQuery<Review>[] = [];
  if (f.bad != null) and.push({ isBad: f.bad });
  if (f.rating != null) and.push({ rating: f.rating });
  if (f.platform) and.push({ platform: f.platform });
  if (f.handlingStatus) and.push({ handlingStatus: f.handlingStatus });
  if (f.cause) and.push({ cause: f.cause });
  if (f.replied != null) and.push({ replyText: f.replied ? { $ne: null } : null });
  if (f.productId) and.push({ product: Number(f.productId) });
  if (f.skuId) and.push({ sku: Number(f.skuId) });
  if (f.orderId) and.push({ order: Number(f.orderId) });
  if (f.from) and.push({ reviewedAt: { $gte: f.from } });
  if (f.to) and.push({ reviewedAt: { $lt: f.to } });
  if (f.search?.trim()) {
    const like = contains(ctx.em, f.search);
    and.push({ $or: [{ text: like }, { buyerName: like }, { orderCode: like }, { externalId: like }] });
  }
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  const column = args.sort?.field === ReviewSortField.RATING ? 'rating' : args.sort?.field === ReviewSortField.CREATED_AT ? 'createdAt' : 'reviewedAt';
  return paginate(ctx.em, Review, { ...args, where: and.length ? { $and: and } : {}, orderBy: [{ [column]: dir }, { id: dir }] as never });
}
