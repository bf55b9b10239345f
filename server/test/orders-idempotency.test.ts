import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { ADDRESS, CREATE, defaultFees, orderTokens, type OrderTokens } from './fixtures/orders.js';
import { Order } from '../src/modules/orders/entities/order.entity.js';
import { IdempotencyKey } from '../src/modules/orders/entities/idempotency-key.entity.js';
import { AuditLog } from '../src/core/audit/audit-log.entity.js';

let s: TestServer;
let t: OrderTokens;
let skuId: string;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  await defaultFees(s, t.warehouseLead);
  skuId = String((await makeSkus(s.orm, 1))[0].id);
});
afterAll(async () => { await s?.close(); });

const input = (key: string, quantity = 1) => ({ idempotencyKey: key, channel: 'TAOBAO', platformOrderNo: `TB-${key}-${quantity}`, shippingMethod: 'EXPRESS', address: ADDRESS, lines: [{ skuId, quantity }] });
const create = (key: string, quantity = 1, token = t.csLead) => s.gql(CREATE, { i: input(key, quantity) }, { token }).then((r) => r.data.createOrder);

describe('idempotency keys on createOrder', () => {
  it('20 concurrent creations with one key make one order, and every caller gets it', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => create('burst-1')));
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const ids = new Set(results.map((r) => r.order.id));
    expect(ids.size).toBe(1);
    const em = s.orm.em.fork();
    expect(await em.count(Order, { platformOrderNo: 'TB-burst-1-1' })).toBe(1);
    expect(await em.count(AuditLog, { operation: 'createOrder', entityId: [...ids][0] })).toBe(1);
  });

  it('a retry returns the first result; the same key with a different request is refused', async () => {
    const first = await create('retry-1');
    const retry = await create('retry-1');
    expect(retry).toEqual(first);
    const different = await create('retry-1', 2);
    expect(different.order).toBeNull();
    expect(different.errors).toEqual([expect.objectContaining({ field: 'idempotencyKey', code: 'IDEMPOTENCY_MISMATCH' })]);
  });

  it('keys belong to their caller: another account’s same key is a different request', async () => {
    const mine = await create('shared-key', 3, t.csLead);
    const theirs = await s.gql(CREATE, { i: { ...input('shared-key', 3), platformOrderNo: 'TB-other-caller' } }, { token: t.manager });
    expect(theirs.data.createOrder.errors).toEqual([]);
    expect(theirs.data.createOrder.order.id).not.toBe(mine.order.id);
  });

  it('keeps keys for at least 24 hours in the database, then lets them go', async () => {
    const first = await create('kept-1');
    const em = s.orm.em.fork();
    const row = await em.findOneOrFail(IdempotencyKey, { clientKey: 'kept-1' });
    expect(row.resultId).toBe(Number(first.order.id));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
    // Once expired, the key is free again: a new request under it creates a new order.
    await em.nativeUpdate(IdempotencyKey, { id: row.id }, { expiresAt: new Date(Date.now() - 1000) });
    const later = await create('kept-1', 4);
    expect(later.errors).toEqual([]);
    expect(later.order.id).not.toBe(first.order.id);
  });

  it('a refused first attempt does not hold the key', async () => {
    const bad = await s.gql(CREATE, { i: { ...input('fix-then-retry'), lines: [{ skuId: '999999', quantity: 1 }] } }, { token: t.csLead });
    expect(bad.data.createOrder.errors[0].code).toBe('NOT_FOUND');
    expect(await s.orm.em.fork().count(IdempotencyKey, { clientKey: 'fix-then-retry' })).toBe(0);
    expect((await create('fix-then-retry')).errors).toEqual([]);
  });

  it('without a key, the platform order number still keeps an order from being created twice', async () => {
    const { idempotencyKey: _, ...plain } = input('plain');
    const [a, b] = await Promise.all([s.gql(CREATE, { i: plain }, { token: t.csLead }), s.gql(CREATE, { i: plain }, { token: t.csLead })]);
    const outcomes = [a.data.createOrder, b.data.createOrder];
    expect(outcomes.filter((o) => o.order)).toHaveLength(1);
    expect(outcomes.filter((o) => o.errors[0]?.code === 'DUPLICATE')).toHaveLength(1);
  });
});
