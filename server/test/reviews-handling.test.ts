import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { createCourier, defaultFees, orderTokens, stockIn, type OrderTokens } from './fixtures/orders.js';
import { shippedOrder } from './returns-helpers.js';
import { LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';
import { User } from '../src/modules/identity/entities/user.entity.js';

let s: TestServer;
let t: OrderTokens;
let clerk: string;
let cs: string;
let courier: string;
let wh: number;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  [clerk, cs] = await Promise.all([s.login('aftersales1@demo.shop'), s.login('cs1@demo.shop')]);
  [{ id: wh }] = await makeWarehouses(s.orm, 'REV');
  await defaultFees(s, t.warehouseLead);
  courier = await createCourier(s, t.warehouseLead, 'ZJS');
});
afterAll(async () => { await s?.close(); });

const REVIEW = `id rating originalRating isBad handlingStatus cause revisedAt explanation apology compensationFen replyText repliedByLabel
  courierClaims { code status } returnRequest { code type } retrainedUser { email } timeline { fromState toState note }`;
async function call(token: string, operation: string, inputType: string, input: Record<string, unknown>, fields = `review { ${REVIEW} }`) {
  const r = await s.gql(`mutation($i: ${inputType}!) { ${operation}(input: $i) { ${fields} errors { field code message } } }`, { i: input }, { token });
  if (r.errors) return { errors: r.errors.map((e) => ({ code: e.extensions?.code, message: e.message })) } as any;
  return r.data[operation];
}
let serial = 0;
async function review(rating: number, extra: Record<string, unknown> = {}) {
  const r = await call(clerk, 'createReview', 'CreateReviewInput', { platform: 'TAOBAO', externalId: `R${++serial}-${Date.now()}`, rating, text: '不满意', buyerName: `买家${serial}`, reviewedAt: new Date(Date.now() - 3_600_000).toISOString(), ...extra });
  expect(r.errors).toEqual([]);
  return r.review;
}
const CLAIM = 'courierClaim { id code status amountFen settledAmountFen history { toState } }';

describe('a logistics bad review', () => {
  it('is verified, claimed from the courier to settlement, apologised for and compensated, then resolved', async () => {
    const bad = await review(1);
    expect(bad).toMatchObject({ isBad: true, handlingStatus: 'OPEN' });
    expect((await call(cs, 'classifyBadReview', 'ClassifyBadReviewInput', { id: bad.id, cause: 'LOGISTICS' })).errors[0].code).toBe('FORBIDDEN');
    expect((await call(clerk, 'fileCourierClaim', 'FileCourierClaimInput', { courierId: courier, reviewId: bad.id, amountFen: 2_000, reason: '外箱破损' }, CLAIM)).errors[0].code).toBe('WRONG_CAUSE');
    const classified = await call(clerk, 'classifyBadReview', 'ClassifyBadReviewInput', { id: bad.id, cause: 'LOGISTICS', note: '快递压坏' });
    expect(classified.review).toMatchObject({ handlingStatus: 'IN_PROGRESS', cause: 'LOGISTICS' });
    // A step of another cause is refused; resolving too early names what is missing.
    expect((await call(clerk, 'requestReviewRevision', 'RequestReviewRevisionInput', { id: bad.id, explanation: 'x' })).errors[0].code).toBe('WRONG_CAUSE');
    const early = await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id });
    expect(early.errors[0]).toMatchObject({ code: 'INCOMPLETE' });
    expect(early.errors[0].message).toContain('file a courier claim');

    expect((await call(clerk, 'verifyLogisticsIssue', 'VerifyLogisticsIssueInput', { id: bad.id, finding: '物流记录显示外包装破损' })).errors).toEqual([]);
    const filed = await call(clerk, 'fileCourierClaim', 'FileCourierClaimInput', { courierId: courier, reviewId: bad.id, waybillNo: 'ZJS0001', amountFen: 3_000, reason: '运输破损' }, CLAIM);
    expect(filed.courierClaim).toMatchObject({ status: 'FILED', amountFen: 3_000 });
    const id = filed.courierClaim.id;
    expect((await call(clerk, 'settleCourierClaim', 'SettleCourierClaimInput', { id, settledAmountFen: 3_000 }, CLAIM)).errors[0].code).toBe('WRONG_STATE');
    expect((await call(clerk, 'decideCourierClaim', 'DecideCourierClaimInput', { id, accepted: true, note: '快递同意赔付' }, CLAIM)).courierClaim.status).toBe('ACCEPTED');
    expect((await call(clerk, 'settleCourierClaim', 'SettleCourierClaimInput', { id, settledAmountFen: 3_001 }, CLAIM)).errors[0].code).toBe('INVALID');
    const settled = await call(clerk, 'settleCourierClaim', 'SettleCourierClaimInput', { id, settledAmountFen: 2_500 }, CLAIM);
    expect(settled.courierClaim).toMatchObject({ status: 'SETTLED', settledAmountFen: 2_500, history: [{ toState: 'FILED' }, { toState: 'ACCEPTED' }, { toState: 'SETTLED' }] });
    const income = await s.orm.em.fork().find(LedgerEntry, { sourceType: 'CourierClaim', sourceId: filed.courierClaim.code });
    expect(income.map((e) => [e.direction, e.amountFen])).toEqual([['INCOME', 2_500]]);

    const sorry = await call(clerk, 'apologiseForReview', 'ApologiseForReviewInput', { id: bad.id, apology: '非常抱歉，已补偿', compensationFen: 1_000 });
    expect(sorry.review).toMatchObject({ apology: '非常抱歉，已补偿', compensationFen: 1_000 });
    const expense = await s.orm.em.fork().find(LedgerEntry, { sourceType: 'Review', sourceId: bad.id });
    expect(expense.map((e) => [e.direction, e.amountFen])).toEqual([['EXPENSE', 1_000]]);
    const resolved = await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id, note: '已处理' });
    expect(resolved.review).toMatchObject({ handlingStatus: 'RESOLVED', courierClaims: [{ status: 'SETTLED' }] });
    expect(resolved.review.timeline.map((e: any) => e.toState)).toEqual(['OPEN', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'RESOLVED']);
    const list = await s.gql(`{ courierClaims(first: 5, where: { status: SETTLED, search: "ZJS0001" }) { totalCount nodes { code courier { code } review { id } } } }`, {}, { token: clerk });
    expect(list.data.courierClaims).toMatchObject({ totalCount: 1, nodes: [{ courier: { code: 'ZJS' }, review: { id: bad.id } }] });
  });
});

describe('the other causes', () => {
  it('BUYER: explain, ask for a revision, and track the revised rating', async () => {
    const bad = await review(2);
    await call(clerk, 'classifyBadReview', 'ClassifyBadReviewInput', { id: bad.id, cause: 'BUYER', note: '买家未按说明冲泡' });
    expect((await call(clerk, 'requestReviewRevision', 'RequestReviewRevisionInput', { id: bad.id, explanation: '已解释冲泡方法' })).review.explanation).toBe('已解释冲泡方法');
    const revised = await call(clerk, 'recordReviewRevision', 'RecordReviewRevisionInput', { id: bad.id, rating: 5, text: '按方法冲泡后很好喝' });
    expect(revised.review).toMatchObject({ rating: 5, originalRating: 2, isBad: true });
    expect(revised.review.revisedAt).toBeTruthy();
    expect((await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id })).review.handlingStatus).toBe('RESOLVED');
  });

  it('PRODUCT: offers a return by opening a request on the review’s order', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 4_000 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 2);
    const order = await shippedOrder(s, t, wh, courier, [{ skuId: String(sku.id), quantity: 1 }]);
    const bad = await review(1, { orderCode: order.code, skuCode: sku.code });
    await call(clerk, 'classifyBadReview', 'ClassifyBadReviewInput', { id: bad.id, cause: 'PRODUCT' });
    const offered = await call(clerk, 'offerReturnForReview', 'OfferReturnForReviewInput', { id: bad.id, open: { type: 'EXCHANGE', reasonCode: 'QUALITY_DEFECT', lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } });
    expect(offered.errors).toEqual([]);
    expect(offered.review.returnRequest).toMatchObject({ type: 'EXCHANGE' });
    const rr = await s.gql(`{ returnRequests(first: 1, where: { orderId: "${order.id}" }) { nodes { code status note } } }`, {}, { token: clerk });
    expect(rr.data.returnRequests.nodes[0]).toMatchObject({ code: offered.review.returnRequest.code, status: 'REQUESTED', note: 'Bad review: 不满意' });
    expect((await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id })).review.handlingStatus).toBe('RESOLVED');
  });

  it('SERVICE: apologise and record the retraining of the staff member; good reviews need no handling', async () => {
    const bad = await review(1);
    await call(clerk, 'classifyBadReview', 'ClassifyBadReviewInput', { id: bad.id, cause: 'SERVICE' });
    const staff = await s.orm.em.fork().findOneOrFail(User, { email: 'cs1@demo.shop' });
    expect((await call(clerk, 'recordStaffRetraining', 'RecordStaffRetrainingInput', { id: bad.id, userId: '999999', note: 'x' })).errors[0].code).toBe('NOT_FOUND');
    const retrained = await call(clerk, 'recordStaffRetraining', 'RecordStaffRetrainingInput', { id: bad.id, userId: String(staff.id), note: '服务话术培训' });
    expect(retrained.review.retrainedUser.email).toBe('cs1@demo.shop');
    expect((await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id })).errors[0].message).toContain('apologise');
    await call(clerk, 'apologiseForReview', 'ApologiseForReviewInput', { id: bad.id, apology: '客服态度不好，向您道歉' });
    expect((await call(clerk, 'resolveBadReview', 'ResolveBadReviewInput', { id: bad.id })).review.handlingStatus).toBe('RESOLVED');

    const good = await review(5);
    expect(good).toMatchObject({ isBad: false, handlingStatus: 'NOT_NEEDED' });
    expect((await call(clerk, 'classifyBadReview', 'ClassifyBadReviewInput', { id: good.id, cause: 'SERVICE' })).errors[0].code).toBe('WRONG_STATE');
    const replied = await call(clerk, 'replyToReview', 'ReplyToReviewInput', { id: good.id, text: '感谢您的好评！' });
    expect(replied.review).toMatchObject({ replyText: '感谢您的好评！', repliedByLabel: 'aftersales1@demo.shop' });
  });
});
