import type { EntityManager } from '@mikro-orm/core';
import type { Check } from '../../../core/errors.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { BAD_RATING_MAX, ReviewHandlingStatus, ReviewPlatform } from '../entities/review-enums.js';
import type { Review } from '../entities/review.entity.js';

export interface ReviewInput {
  platform: ReviewPlatform;
  externalId?: string | null;
  rating: number;
  text?: string | null;
  buyerName: string;
  reviewedAt: Date;
  /** Our order number (SO…) or the platform's. */
  orderCode?: string | null;
  skuCode?: string | null;
}

export type ReviewData = Pick<Review, 'platform' | 'externalId' | 'importKey' | 'rating' | 'originalRating' | 'isBad' | 'text' | 'buyerName' | 'reviewedAt' | 'orderCode' | 'handlingStatus'> & { order?: Order; sku?: Sku };

/** The key that makes a re-imported review recognisable: the platform's id, else what identifies the posting. */
export function importKeyOf(input: ReviewInput): string {
  const ext = input.externalId?.trim();
  if (ext) return `${input.platform}:${ext}`;
  return [input.platform, input.orderCode?.trim() ?? '', input.skuCode?.trim() ?? '', input.buyerName?.trim() ?? '', input.reviewedAt?.toISOString?.() ?? ''].join(':').slice(0, 300);
}

/** Checks a review and finds its order and SKU; adds field errors to `check` (with `prefix`). */
export async function draftReview(em: EntityManager, check: Check, input: ReviewInput, prefix = ''): Promise<ReviewData> {
  const f = (name: string) => `${prefix}${name}`;
  check.when(!Object.values(ReviewPlatform).includes(input.platform), f('platform'), 'Unknown platform');
  check.when(!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5, f('rating'), 'Rating must be a whole number from 1 to 5');
  const buyerName = input.buyerName?.trim() ?? '';
  check.when(!buyerName, f('buyerName'), 'The buyer’s name is required', 'REQUIRED');
  check.when(buyerName.length > 80, f('buyerName'), 'The buyer’s name must be at most 80 characters');
  check.when((input.text ?? '').length > 2000, f('text'), 'The text must be at most 2000 characters');
  check.when((input.externalId ?? '').length > 80, f('externalId'), 'The review id must be at most 80 characters');
  const valid = input.reviewedAt instanceof Date && !Number.isNaN(input.reviewedAt.getTime());
  if (!valid) check.add(f('reviewedAt'), 'When the review was posted is required', 'REQUIRED');
  else check.when(input.reviewedAt.getTime() > Date.now() + 60_000, f('reviewedAt'), 'The review time cannot be in the future');
  const orderCode = input.orderCode?.trim() || undefined;
  const order = orderCode ? await em.findOne(Order, { $or: [{ code: orderCode }, { platformOrderNo: orderCode }] }) : null;
  if (orderCode && !order) check.add(f('orderCode'), `No order ${orderCode}`, 'NOT_FOUND');
  const skuCode = input.skuCode?.trim();
  const sku = skuCode ? await em.findOne(Sku, { code: skuCode }) : null;
  if (skuCode && !sku) check.add(f('skuCode'), `No SKU with code ${skuCode}`, 'NOT_FOUND');
  const isBad = Number.isInteger(input.rating) && input.rating <= BAD_RATING_MAX;
  return {
    platform: input.platform, externalId: input.externalId?.trim() || undefined, importKey: valid ? importKeyOf(input) : '',
    rating: input.rating, originalRating: input.rating, isBad, text: input.text?.trim() ?? '', buyerName, reviewedAt: input.reviewedAt,
    orderCode, order: order ?? undefined, sku: sku ?? undefined,
    handlingStatus: isBad ? ReviewHandlingStatus.OPEN : ReviewHandlingStatus.NOT_NEEDED,
  };
}
