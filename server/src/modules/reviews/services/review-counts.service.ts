import type { Ctx } from '../../../core/context.js';
import { Check } from '../../../core/errors.js';
import { shopDay, startOfShopDay } from '../../../core/time.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { BAD_RATING_MAX, GOOD_RATING_MIN } from '../entities/review-enums.js';
import { Review } from '../entities/review.entity.js';

export enum ReviewPeriod { DAY = 'DAY', WEEK = 'WEEK', MONTH = 'MONTH' }

export interface ReviewTally { total: number; good: number; neutral: number; bad: number; revised: number; replied: number; ratingSum: number }

const empty = (): ReviewTally => ({ total: 0, good: 0, neutral: 0, bad: 0, revised: 0, replied: 0, ratingSum: 0 });

/** Counted by the rating as first posted: a bad review stays counted as bad after the buyer revises it (`revised` says how many did). */
function count(t: ReviewTally, r: Pick<Review, 'originalRating' | 'revisedAt' | 'replyText'>) {
  t.total++;
  if (r.originalRating >= GOOD_RATING_MIN) t.good++;
  else if (r.originalRating <= BAD_RATING_MAX) t.bad++;
  else t.neutral++;
  if (r.revisedAt) t.revised++;
  if (r.replyText) t.replied++;
  t.ratingSum += r.originalRating;
}

/** The first shop-local day of the period holding `day` (weeks start on Monday). */
function periodStart(day: string, period: ReviewPeriod): string {
  if (period === ReviewPeriod.MONTH) return `${day.slice(0, 7)}-01`;
  if (period === ReviewPeriod.DAY) return day;
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

async function reviewsIn(ctx: Ctx, from: Date, to: Date) {
  new Check().when(!(from < to), 'to', '`to` must be after `from`').when(to.getTime() - from.getTime() > 400 * 86_400_000, 'to', 'At most 400 days at a time').throwIfAny();
  return ctx.em.find(Review, { reviewedAt: { $gte: from, $lt: to } }, { fields: ['originalRating', 'reviewedAt', 'revisedAt', 'replyText', 'product'] });
}

/** Good (4–5★), neutral (3★) and bad (≤ 2★) reviews per day, week or month in shop time, oldest first; empty periods left out. */
export async function reviewCounts(ctx: Ctx, input: { period: ReviewPeriod; from: Date; to: Date }) {
  const rows = await reviewsIn(ctx, input.from, input.to);
  const byPeriod = new Map<string, ReviewTally>();
  for (const r of rows) {
    const key = periodStart(shopDay(r.reviewedAt, ctx.config.shopTimezone), input.period);
    count(byPeriod.get(key) ?? byPeriod.set(key, empty()).get(key)!, r);
  }
  return [...byPeriod.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([day, t]) => ({ period: day, startsAt: startOfShopDay(day, ctx.config.shopTimezone), ...t, averageRating: t.total ? t.ratingSum / t.total : 0 }));
}

/** The same counts per product (reviews without a known product are left out), most reviews first. */
export async function reviewCountsByProduct(ctx: Ctx, input: { from: Date; to: Date }) {
  const rows = await reviewsIn(ctx, input.from, input.to);
  const byProduct = new Map<number, ReviewTally>();
  for (const r of rows) {
    if (!r.product) continue;
    count(byProduct.get(r.product.id) ?? byProduct.set(r.product.id, empty()).get(r.product.id)!, r);
  }
  const products = new Map((byProduct.size ? await ctx.em.find(Product, { id: { $in: [...byProduct.keys()] } }) : []).map((p) => [p.id, p]));
  return [...byProduct.entries()].map(([id, t]) => ({ product: products.get(id)!, ...t, averageRating: t.total ? t.ratingSum / t.total : 0 }))
    .sort((a, b) => b.total - a.total || b.bad - a.bad);
}
