import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import { Refund } from '../src/modules/returns/entities/refund.entity.js';
import { ReturnRequest } from '../src/modules/returns/entities/return-request.entity.js';
import { Review } from '../src/modules/reviews/entities/review.entity.js';
import { CourierClaim } from '../src/modules/reviews/entities/courier-claim.entity.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';
import { seedDemoReturns } from '../src/seed/demo-returns.js';
import { seedDemoReviews } from '../src/seed/demo-reviews.js';

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 1500 });
  await seedDemoReturns(s.orm.em.fork(), s.config);
  await seedDemoReviews(s.orm.em.fork(), s.config);
  token = await s.login('aftersales.lead@demo.shop');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

describe('the after-sales demo data', () => {
  it('has returns in each state, refunds incl. one awaiting a second approver, handled bad reviews and courier claims; a second run adds nothing', async () => {
    const em = s.orm.em.fork();
    const states = new Set((await em.find(ReturnRequest, {})).map((r) => r.status));
    expect([...states].sort()).toEqual(['APPROVED', 'CANCELLED', 'COMPLETED', 'INSPECTED', 'RECEIVED', 'REJECTED', 'REQUESTED']);
    expect(await em.count(Refund, { status: 'AWAITING_SECOND_APPROVAL' as never })).toBe(1);
    expect(await em.count(Refund, { status: 'PAID' as never, needsSecondApproval: true, secondApproverLabel: { $ne: null } })).toBe(1);
    const causes = new Set((await em.find(Review, { handlingStatus: 'RESOLVED' as never })).map((r) => r.cause));
    expect([...causes].sort()).toEqual(['BUYER', 'LOGISTICS', 'PRODUCT', 'SERVICE']);
    expect(await em.count(CourierClaim, { status: 'SETTLED' as never })).toBe(1);
    const before = [await em.count(ReturnRequest, {}), await em.count(Review, {})];
    await seedDemoReturns(s.orm.em.fork(), s.config);
    await seedDemoReviews(s.orm.em.fork(), s.config);
    expect([await em.count(ReturnRequest, {}), await em.count(Review, {})]).toEqual(before);
  });
});

describe('the after-sales lists’ cost', () => {
  const cost = async (query: string) => {
    const before = sqlCounter.count;
    const r = await s.gql(query, {}, { token });
    expect(r.errors).toBeUndefined();
    return { n: sqlCounter.count - before, data: r.data };
  };
  it('costs the same number of SQL statements at a few rows and many, with nested relations', async () => {
    const returns = (n: number) => `{ returnRequests(first: ${n}) { nodes { code units refundedFen order { code } warehouse { code } exchangeOrder { code }
      lines { skuCode sku { code } } inspections { outcome holding { heldQuantity } } refunds { code } timeline { toState } } } }`;
    // The newest six already have every kind of relation (warehouse, replacement, holding, refunds), so a longer page adds rows, not queries.
    await cost(returns(6));
    const few = await cost(returns(6));
    const many = await cost(returns(13));
    expect(many.data.returnRequests.nodes.length).toBeGreaterThan(few.data.returnRequests.nodes.length);
    expect(many.n).toBe(few.n);

    // The resolved bad reviews have every relation (order, product, courier claims, return request).
    const reviews = (n: number, where = '') => `{ reviews(first: ${n}${where}) { nodes { rating order { code } product { title } sku { code } courierClaims { code } returnRequest { code } timeline { toState } } } }`;
    await cost(reviews(5));
    const resolved = await cost(reviews(5, ', where: { handlingStatus: RESOLVED }'));
    expect(resolved.data.reviews.nodes).toHaveLength(4);
    const r80 = await cost(reviews(80));
    expect(r80.data.reviews.nodes.length).toBeGreaterThan(50);
    expect(r80.n).toBe(resolved.n);

    const refunds = (n: number, where = '') => `{ refunds(first: ${n}${where}) { nodes { code returnRequest { code } order { code } payment { amountFen } history { toState } } } }`;
    await cost(refunds(1));
    expect((await cost(refunds(4))).n).toBe((await cost(refunds(1, ', where: { status: PAID }'))).n);
  });
});
