import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { readCsvTable } from '../../../core/csv-table.js';
import { parseShopTime } from '../../shipping/services/local-time.js';
import { User } from '../../identity/entities/user.entity.js';
import { ReviewPlatform } from '../entities/review-enums.js';
import { Review } from '../entities/review.entity.js';
import { draftReview, type ReviewData } from './review-draft.js';
import { REVIEW_DOC, writeReview } from './reviews.service.js';

/** Column → accepted header names (English, and the Chinese of a Taobao/Tmall review export). */
export const REVIEW_COLUMNS = {
  platform: ['platform', '平台'],
  externalId: ['review_id', '评价id', '评价编号'],
  orderCode: ['order_no', '订单编号', '订单号'],
  skuCode: ['sku_code', '商家编码'],
  buyerName: ['buyer', 'buyer_name', '买家', '买家昵称'],
  rating: ['rating', '评分', '评价等级'],
  text: ['text', '评价内容'],
  reviewedAt: ['reviewed_at', '评价时间'],
  reply: ['reply', '商家回复', '回复'],
} as const;
type Column = keyof typeof REVIEW_COLUMNS;
const REQUIRED: Column[] = ['platform', 'buyerName', 'rating', 'reviewedAt'];
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5_000;

const PLATFORMS: Record<string, ReviewPlatform> = { taobao: ReviewPlatform.TAOBAO, 淘宝: ReviewPlatform.TAOBAO, tmall: ReviewPlatform.TMALL, 天猫: ReviewPlatform.TMALL, own_shop: ReviewPlatform.OWN_SHOP, 自营: ReviewPlatform.OWN_SHOP, other: ReviewPlatform.OTHER, 其他: ReviewPlatform.OTHER };
/** Taobao exports grade reviews 好评/中评/差评 rather than stars. */
const GRADES: Record<string, number> = { 好评: 5, 中评: 3, 差评: 1 };

export interface ReviewImportRowError { row: number; column: string | null; message: string; code: string }

/**
 * Imports reviews from a CSV export. Each row is checked like createReview; a bad row is
 * reported and skipped; a review already recorded (same platform review id, or same platform,
 * order, SKU, buyer and time) is counted as a duplicate and skipped, so a re-import adds only
 * new rows. The good rows are written together in one transaction; a `reply` column is kept as the shop's reply.
 */
export async function importReviewsCsv(ctx: Ctx, input: { csv: string }) {
  const { rows, cell } = readCsvTable(input.csv, REVIEW_COLUMNS, REQUIRED, { maxBytes: MAX_BYTES, maxRows: MAX_ROWS });
  const columnOf = (field: string | null | undefined): string | null => (field && field in REVIEW_COLUMNS ? REVIEW_COLUMNS[field as Column][0] : field ?? null);

  const errors: ReviewImportRowError[] = [];
  const ready: { data: ReviewData; reply: string }[] = [];
  const keys = new Set<string>();
  let duplicates = 0;
  for (const r of rows) {
    const check = new Check();
    const platformText = cell(r, 'platform');
    const platform = PLATFORMS[platformText.toLowerCase()];
    if (!platform) check.add('platform', 'Platform: TAOBAO, TMALL, OWN_SHOP or OTHER (淘宝/天猫/自营/其他)');
    const ratingText = cell(r, 'rating');
    const rating = GRADES[ratingText] ?? (/^\d$/.test(ratingText) ? Number(ratingText) : NaN);
    const timeText = cell(r, 'reviewedAt');
    const reviewedAt = parseShopTime(timeText, ctx.config.shopTimezone);
    if (timeText && !reviewedAt) check.add('reviewedAt', 'Time must look like 2026-11-11 20:15 (shop time)');
    const reply = cell(r, 'reply');
    if (reply.length > 500) check.add('reply', 'A reply can be at most 500 characters');
    const data = await draftReview(ctx.em, check, {
      platform: platform ?? ReviewPlatform.OTHER, externalId: cell(r, 'externalId') || null, rating, text: cell(r, 'text'), buyerName: cell(r, 'buyerName'),
      reviewedAt: reviewedAt as Date, orderCode: cell(r, 'orderCode') || null, skuCode: cell(r, 'skuCode') || null,
    });
    // An unreadable time is reported once, as unreadable rather than missing.
    const local = check.errors.filter((e) => !(timeText && e.field === 'reviewedAt' && e.code === 'REQUIRED'));
    if (local.length) { errors.push(...local.map((e) => ({ row: r.row, column: columnOf(e.field), message: e.message, code: e.code }))); continue; }
    if (keys.has(data.importKey)) { duplicates++; continue; }
    keys.add(data.importKey);
    ready.push({ data, reply });
  }
  // Reviews recorded before (an earlier import or by hand) are skipped.
  const known = new Set((ready.length ? await ctx.em.find(Review, { importKey: { $in: ready.map((x) => x.data.importKey) } }, { fields: ['importKey'] }) : []).map((x) => x.importKey));
  const fresh = ready.filter((x) => !known.has(x.data.importKey));
  duplicates += ready.length - fresh.length;

  const reviews = await ctx.em.transactional(async (tx) => {
    const written: Review[] = [];
    for (const { data, reply } of fresh) {
      const review = await writeReview(ctx, tx, data, '');
      if (reply) {
        tx.assign(review, { replyText: reply, repliedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, repliedByLabel: ctx.viewer?.label ?? 'system', repliedAt: new Date() });
        recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, review.handlingStatus, review.handlingStatus, `Reply imported: ${reply}`);
      }
      written.push(review);
    }
    await tx.flush();
    audit(ctx, tx, { operation: 'importReviewsCsv', entityType: REVIEW_DOC, summary: `${written.length} review(s) imported (${written.filter((w) => w.isBad).length} bad), ${duplicates} already recorded, ${errors.length} row error(s)` });
    return written;
  });
  errors.sort((a, b) => a.row - b.row);
  return { imported: reviews.length, duplicates, reviews, rowErrors: errors };
}
