import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok } from './customers-helpers.js';
import type { Ctx } from '../src/core/context.js';
import { createLogger } from '../src/core/logger.js';
import { AuditLog } from '../src/core/audit/audit-log.entity.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { recordCompletedOrderSpend } from '../src/modules/customers/services/members.service.js';
import { RfmSegment } from '../src/modules/customers/services/rfm.js';

let s: TestServer;
let lead: string;
let cs1: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('cs.lead@demo.shop');
  cs1 = await s.login('cs1@demo.shop');
  for (const [code, name, thresholdFen, grantsVip] of [['NORMAL', '普通会员', 0, false], ['SILVER', '银卡会员', 50_000, false], ['GOLD', '金卡VIP', 200_000, true], ['DIAMOND', '钻石VIP', 500_000, true]] as const) {
    await mutate(s, lead, 'createMemberLevel', 'CreateMemberLevelInput', { code, name, thresholdFen, grantsVip }, 'memberLevel { id }');
  }
});
afterAll(async () => { await s?.close(); });

/** What the orders module will do when an order completes: call the service in its own transaction. */
function completeOrder(customerId: number, amountFen: number, completedAt?: Date) {
  const em = s.orm.em.fork();
  const ctx: Ctx = { em, config: s.config, log: createLogger('silent'), requestId: 'orders-test', viewer: null, loaders: new Map() };
  return em.transactional((tx) => recordCompletedOrderSpend(ctx, tx, customerId, amountFen, completedAt));
}

describe('members and VIP', () => {
  it('moves a customer up the levels as completed orders add up, and makes them VIP past the VIP threshold', async () => {
    const [c] = await makeCustomers(s, 1);
    const steps: [number, string, boolean][] = [[30_000, 'NORMAL', false], [30_000, 'SILVER', false], [150_000, 'GOLD', true]];
    for (const [amount, level, vip] of steps) {
      const r = await completeOrder(c.id, amount);
      expect(r).toMatchObject({ upgraded: true, becameVip: vip && level === 'GOLD' });
      expect(r.customer.vip).toBe(vip);
      expect(r.customer.memberLevel?.getEntity().code).toBe(level);
    }
    const none = await completeOrder(c.id, 100, new Date('2026-11-01T00:00:00Z'));
    expect(none).toMatchObject({ upgraded: false, becameVip: false });

    const q = await ok(s, cs1, `query($id: ID!) { customer(id: $id) { vip vipSince isMember memberLevel { code } lifetimeValueFen orderCount lastOrderAt history { fromState toState note } } }`, { id: String(c.id) });
    expect(q.customer).toMatchObject({ vip: true, isMember: true, memberLevel: { code: 'GOLD' }, lifetimeValueFen: 210_100, orderCount: 4 });
    expect(new Date(q.customer.lastOrderAt).getTime()).toBeGreaterThan(new Date('2026-11-01T00:00:00Z').getTime()); // an older completion does not move it back
    expect(q.customer.history.map((h: any) => `${h.fromState ?? '-'}>${h.toState}`)).toEqual(['->NORMAL', 'NORMAL>SILVER', 'SILVER>GOLD']);
    expect(await s.orm.em.fork().count(AuditLog, { operation: 'vipUpgrade', entityId: String(c.id) })).toBe(1);
  });

  it('adds concurrent completions exactly, sends a merged customer’s spend to the kept record, and refuses bad amounts', async () => {
    const [a, b] = await makeCustomers(s, 2);
    await Promise.all(Array.from({ length: 5 }, () => completeOrder(a.id, 1000)));
    expect(await s.orm.em.fork().findOneOrFail(Customer, a.id)).toMatchObject({ lifetimeValueFen: 5000, orderCount: 5 });

    await mutate(s, lead, 'mergeCustomers', 'MergeCustomersInput', { keepId: String(a.id), duplicateIds: [String(b.id)] }, 'merged');
    const r = await completeOrder(b.id, 600_000);
    expect(r.customer.id).toBe(a.id);
    expect(r.customer).toMatchObject({ lifetimeValueFen: 605_000, vip: true });
    expect(r.customer.memberLevel?.getEntity().code).toBe('DIAMOND');

    await expect(completeOrder(a.id, 0)).rejects.toThrow(/above 0/);
    await expect(completeOrder(a.id, 10.5)).rejects.toThrow(/whole number/);
    await expect(completeOrder(999_999, 100)).rejects.toThrow(/No such customer/);
  });

  it('lets a supervisor set a level by hand (VIP follows) and refuses bad levels and other roles', async () => {
    const [c] = await makeCustomers(s, 1);
    const levels = (await ok(s, cs1, `{ memberLevels { id code grantsVip customerCount } }`)).memberLevels;
    expect(levels.map((l: any) => l.code)).toEqual(['NORMAL', 'SILVER', 'GOLD', 'DIAMOND']);
    const gold = levels.find((l: any) => l.code === 'GOLD');
    const set = await mutate(s, lead, 'setCustomerMemberLevel', 'SetCustomerMemberLevelInput', { customerId: String(c.id), memberLevelId: gold.id, note: '老客补录' }, 'customer { vip memberLevel { code } }');
    expect(set.customer).toEqual({ vip: true, memberLevel: { code: 'GOLD' } });
    const cleared = await mutate(s, lead, 'setCustomerMemberLevel', 'SetCustomerMemberLevelInput', { customerId: String(c.id), memberLevelId: null }, 'customer { vip isMember }');
    expect(cleared.customer).toEqual({ vip: false, isMember: false });
    expect(codes(await s.gql(`mutation { setCustomerMemberLevel(input: { customerId: "1" }) { errors { code } } }`, {}, { token: cs1 }))).toEqual(['FORBIDDEN']);
    const dup = await mutate(s, lead, 'createMemberLevel', 'CreateMemberLevelInput', { code: 'GOLD', name: '重复', thresholdFen: 50_000 }, 'memberLevel { id }', true);
    expect(dup.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['code:DUPLICATE', 'thresholdFen:DUPLICATE']);
    const bad = await mutate(s, lead, 'createMemberLevel', 'CreateMemberLevelInput', { code: 'x', name: '', thresholdFen: -5 }, 'memberLevel { id }', true);
    expect(bad.errors.map((e: any) => e.field).sort()).toEqual(['code', 'name', 'thresholdFen']);
    const enrolled = await mutate(s, cs1, 'createCustomer', 'CreateCustomerInput', { name: '入会', channel: 'STORE', member: true }, 'customer { isMember memberLevel { code } }');
    expect(enrolled.customer).toEqual({ isMember: true, memberLevel: { code: 'NORMAL' } });
  });
});

describe('RFM', () => {
  it('scores recency, frequency and monetary value, and the segment filter selects exactly the computed segment', async () => {
    const now = Date.now();
    const days = (n: number) => new Date(now - n * 86_400_000);
    const shapes = [
      { name: 'RFM-1', orderCount: 12, lifetimeValueFen: 600_000, lastOrderAt: days(5) }, // 5,5,5 important value
      { name: 'RFM-2', orderCount: 1, lifetimeValueFen: 90_000, lastOrderAt: days(20) }, // important develop
      { name: 'RFM-3', orderCount: 7, lifetimeValueFen: 300_000, lastOrderAt: days(200) }, // important retain
      { name: 'RFM-4', orderCount: 2, lifetimeValueFen: 100_000, lastOrderAt: days(400) }, // important winback
      { name: 'RFM-5', orderCount: 4, lifetimeValueFen: 30_000, lastOrderAt: days(60) }, // general value
      { name: 'RFM-6', orderCount: 1, lifetimeValueFen: 5_000, lastOrderAt: days(179) }, // general develop (179 days is still recent)
      { name: 'RFM-7', orderCount: 3, lifetimeValueFen: 20_000, lastOrderAt: days(181) }, // general retain
      { name: 'RFM-8', orderCount: 1, lifetimeValueFen: 1_000, lastOrderAt: days(366) }, // general winback
      { name: 'RFM-9', orderCount: 0, lifetimeValueFen: 0 }, // no orders
    ];
    for (const shape of shapes) await makeCustomers(s, 1, shape as never);
    const all = await ok(s, lead, `{ customers(first: 100, where: { search: "RFM-" }, sort: { field: NAME, direction: ASC }) { nodes { name rfm { recencyDays recency frequency monetary segment } } } }`);
    expect(all.customers.nodes.map((n: any) => n.rfm.segment)).toEqual([
      'IMPORTANT_VALUE', 'IMPORTANT_DEVELOP', 'IMPORTANT_RETAIN', 'IMPORTANT_WINBACK', 'GENERAL_VALUE', 'GENERAL_DEVELOP', 'GENERAL_RETAIN', 'GENERAL_WINBACK', 'NO_ORDERS',
    ]);
    expect(all.customers.nodes[0].rfm).toEqual({ recencyDays: 5, recency: 5, frequency: 5, monetary: 5, segment: 'IMPORTANT_VALUE' });
    for (const segment of Object.values(RfmSegment)) {
      const r = await ok(s, lead, `query($seg: RfmSegment) { customers(first: 100, where: { search: "RFM-", segment: $seg }) { nodes { rfm { segment } } } }`, { seg: segment });
      expect(r.customers.nodes.map((n: any) => n.rfm.segment), segment).toEqual([segment]);
    }
  });
});
