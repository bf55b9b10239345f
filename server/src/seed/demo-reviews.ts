import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Ctx } from '../core/context.js';
import { audit } from '../core/audit/audit.service.js';
import { UserError } from '../core/errors.js';
import { createLogger } from '../core/logger.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { Order } from '../modules/orders/entities/order.entity.js';
import { OrderChannel, OrderStatus } from '../modules/orders/entities/order-enums.js';
import { ReturnReasonCode, ReturnType } from '../modules/returns/entities/return-enums.js';
import { ReturnRequest } from '../modules/returns/entities/return-request.entity.js';
import { openReturn } from '../modules/returns/services/return-workflow.service.js';
import { Courier } from '../modules/shipping/entities/courier.entity.js';
import { Shipment } from '../modules/shipping/entities/shipment.entity.js';
import { BAD_RATING_MAX, BadReviewCause, ReviewHandlingStatus, ReviewPlatform } from '../modules/reviews/entities/review-enums.js';
import { Review } from '../modules/reviews/entities/review.entity.js';
import { decideCourierClaim, fileCourierClaim, settleCourierClaim } from '../modules/reviews/services/courier-claims.service.js';
import * as handling from '../modules/reviews/services/review-handling.service.js';
import { REVIEW_DOC } from '../modules/reviews/services/reviews.service.js';
import { recordTransition } from '../core/history/history.service.js';
import { random } from './demo-customers.js';
import { seedCtx } from './demo-suppliers.js';

const COUNT = 90;
const GOOD = ['茶香浓郁，回甘明显，会回购', '包装精美，送人很有面子', '物流很快，第二天就到了', '口感醇厚，和描述一致', '客服很耐心，推荐的很合适', '性价比高，家里人都喜欢'];
const NEUTRAL = ['一般般，没有想象中香', '还行吧，包装有点简陋', '味道可以，就是价格偏高'];
const BAD = ['快递太慢，礼盒都压扁了', '茶叶有股霉味，很失望', '客服态度很差，问什么都说不知道', '泡出来很苦，不好喝', '外箱破损，茶罐凹了', '收到的和图片不一样'];
const REPLIES = ['感谢亲的支持，期待您再次光临！', '谢谢您的好评，祝您品茶愉快～', '感谢反馈，我们会继续努力！'];
const PLATFORM: Record<OrderChannel, ReviewPlatform> = { TAOBAO: ReviewPlatform.TAOBAO, TMALL: ReviewPlatform.TMALL, OWN_SHOP: ReviewPlatform.OWN_SHOP, AGENT: ReviewPlatform.OTHER };
/** The handling each of the first bad reviews gets; the rest stay open. */
const HANDLING: (BadReviewCause | 'BUYER_WAITING' | 'LOGISTICS_FILED')[] = [BadReviewCause.BUYER, BadReviewCause.LOGISTICS, BadReviewCause.PRODUCT, BadReviewCause.SERVICE, 'LOGISTICS_FILED', 'BUYER_WAITING'];

/**
 * About ninety buyer reviews of recent orders, mostly good, with replies; the bad ones are
 * handled by each cause through the review services (a revised rating, a courier claim
 * settled and one still filed, a return offered, a retraining), the rest left open.
 * Skipped once reviews exist.
 */
export async function seedDemoReviews(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(Review, {})) return;
  const since = new Date(Date.now() - 90 * 86_400_000);
  const claimed = new Set((await em.find(ReturnRequest, {}, { fields: ['order'] })).map((r) => r.order.id));
  const orders = (await em.find(Order, { status: { $in: [OrderStatus.DELIVERED, OrderStatus.COMPLETED] }, placedAt: { $gte: since } }, { populate: ['lines', 'lines.sku'], orderBy: { placedAt: 'desc' }, limit: COUNT * 2 }))
    .filter((o) => !claimed.has(o.id) && o.paidFen === o.totalFen && o.lines.getItems().some((l) => !l.isGift)).slice(0, COUNT);
  if (!orders.length) return;
  const clerk = await seedCtx(em, config, 'aftersales1@demo.shop');
  const rnd = random(20261201);
  const pickText = (list: string[]) => list[Math.floor(rnd() * list.length)];
  const bad: { review: Review; order: Order }[] = [];
  // Written in bulk: one flush for the reviews, one for their first history step.
  await em.transactional(async (tx) => {
    const ctx = { ...clerk, em: tx };
    const reviews: Review[] = [];
    for (const order of orders) {
      const line = order.lines.getItems().find((l) => !l.isGift)!;
      const roll = rnd();
      const rating = roll < 0.68 ? 5 : roll < 0.8 ? 4 : roll < 0.87 ? 3 : roll < 0.94 ? 1 : 2;
      const reviewedAt = new Date(Math.min(Date.now() - 3_600_000, (order.deliveredAt ?? order.placedAt).getTime() + (1 + rnd() * 4) * 86_400_000));
      const sku = line.sku.getEntity();
      const review = tx.create(Review, {
        platform: PLATFORM[order.channel], externalId: `DEMO-${order.code}`, importKey: `${PLATFORM[order.channel]}:DEMO-${order.code}`, rating, originalRating: rating,
        isBad: rating <= BAD_RATING_MAX, text: pickText(rating >= 4 ? GOOD : rating === 3 ? NEUTRAL : BAD), buyerName: order.buyerAccount ?? order.receiverName,
        reviewedAt, orderCode: order.code, order, sku, product: sku.product, handlingStatus: rating <= BAD_RATING_MAX ? ReviewHandlingStatus.OPEN : ReviewHandlingStatus.NOT_NEEDED,
      });
      if (rating >= 4 && rnd() < 0.6) tx.assign(review, { replyText: pickText(REPLIES), repliedBy: tx.getReference(User, clerk.viewer!.userId!), repliedByLabel: clerk.viewer!.label, repliedAt: new Date(reviewedAt.getTime() + 7_200_000) });
      reviews.push(review);
      if (review.isBad) bad.push({ review, order });
    }
    await tx.flush();
    for (const review of reviews) recordTransition(ctx, tx, { type: REVIEW_DOC, id: review.id }, null, review.handlingStatus, `${review.rating}★ ${review.platform}`);
    audit(ctx, tx, { operation: 'seedDemoReviews', entityType: REVIEW_DOC, summary: `${orders.length} demo reviews, ${bad.length} bad` });
  });
  const log = createLogger(config.logLevel);
  for (const [i, kind] of HANDLING.entries()) {
    const target = bad[i];
    if (!target) break;
    try {
      await handle(clerk, target.review, target.order, kind);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      log.warn({ review: target.review.id, kind, error: error.message }, 'demo review handling skipped');
    }
  }
}

async function handle(clerk: Ctx, review: Review, order: Order, kind: (typeof HANDLING)[number]) {
  const id = String(review.id);
  const cause = kind === 'BUYER_WAITING' ? BadReviewCause.BUYER : kind === 'LOGISTICS_FILED' ? BadReviewCause.LOGISTICS : kind;
  await handling.classifyBadReview(clerk, { id, cause, note: { BUYER: '买家冲泡方法不当', LOGISTICS: '快递运输导致', PRODUCT: '产品本身问题', SERVICE: '客服服务不到位' }[cause] });
  if (cause === BadReviewCause.BUYER) {
    await handling.requestReviewRevision(clerk, { id, explanation: '已电话说明正确冲泡方法（85℃水温、快出汤），买家表示理解' });
    if (kind === 'BUYER_WAITING') return;
    await handling.recordReviewRevision(clerk, { id, rating: 4, text: '按客服说的方法泡，确实好喝多了' });
  }
  if (cause === BadReviewCause.LOGISTICS) {
    await handling.verifyLogisticsIssue(clerk, { id, finding: '物流轨迹显示中转站滞留 3 天，签收时外箱破损' });
    const shipment = await clerk.em.findOne(Shipment, { order: order.id });
    const courierId = shipment?.courier.id ?? (await clerk.em.findOne(Courier, {}, { orderBy: { id: 'asc' } }))?.id;
    if (!courierId) return;
    const { courierClaim } = await fileCourierClaim(clerk, { courierId: String(courierId), reviewId: id, waybillNo: shipment?.waybillNo ?? null, amountFen: 3_000, reason: '运输破损，买家差评' });
    if (kind === 'LOGISTICS_FILED') return;
    await decideCourierClaim(clerk, { id: String(courierClaim.id), accepted: true, note: '快递网点确认责任' });
    await settleCourierClaim(clerk, { id: String(courierClaim.id), settledAmountFen: 2_000, note: '快递赔付 20 元' });
    await handling.apologiseForReview(clerk, { id, apology: '非常抱歉给您带来不好的体验，已补偿 10 元红包', compensationFen: 1_000 });
  }
  if (cause === BadReviewCause.PRODUCT) {
    const line = order.lines.getItems().find((l) => !l.isGift)!;
    const { returnRequest } = await openReturn(clerk, { orderId: order.id, type: ReturnType.EXCHANGE, reasonCode: ReturnReasonCode.QUALITY_DEFECT, note: `差评：${review.text}`, lines: [{ orderLineId: line.id, quantity: 1 }] });
    await handling.offerReturnForReview(clerk, { id, returnRequestId: String(returnRequest.id) });
  }
  if (cause === BadReviewCause.SERVICE) {
    const staff = await clerk.em.findOne(User, { email: 'cs1@demo.shop' });
    if (staff) await handling.recordStaffRetraining(clerk, { id, userId: String(staff.id), note: '服务用语与投诉处理规范再培训' });
    await handling.apologiseForReview(clerk, { id, apology: '客服回复不耐烦，向您诚恳道歉，已对该客服进行培训' });
  }
  await handling.resolveBadReview(clerk, { id, note: '处理完毕' });
}
