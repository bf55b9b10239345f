import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { ADDRESS, CREATE, createOrder, defaultFees, orderTokens, type OrderTokens } from './fixtures/orders.js';
import { Order } from '../src/modules/orders/entities/order.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let t: OrderTokens;
let wh: number;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  [{ id: wh }] = await makeWarehouses(s.orm, 'LST');
  await defaultFees(s, t.warehouseLead);
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

async function partnerIds(): Promise<Record<string, string>> {
  const r = await s.gql(`{ partners(first: 10) { nodes { id code } } }`, {}, { token: t.admin });
  return Object.fromEntries(r.data.partners.nodes.map((p: any) => [p.code, p.id]));
}

describe('the order list', () => {
  it('filters by state, channel, region, date and a waybill fragment, and sorts', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const tag = `F${Date.now() % 100000}`;
    await createOrder(s, t.csLead, { channel: 'TMALL', platformOrderNo: `${tag}-1`, lines: [{ skuId: String(sku.id), quantity: 1 }], address: { ...ADDRESS, province: '广东省', city: '深圳市' }, placedAt: '2026-06-18T02:00:00Z' });
    await createOrder(s, t.csLead, { channel: 'TAOBAO', platformOrderNo: `${tag}-2`, lines: [{ skuId: String(sku.id), quantity: 3 }] });
    const list = async (where: Record<string, unknown>, sort?: Record<string, unknown>) =>
      (await s.gql(`query($w: OrderFilter, $s: OrderSort) { orders(first: 100, where: $w, sort: $s) { totalCount nodes { platformOrderNo } } }`, { w: where, s: sort }, { token: t.manager })).data.orders;
    expect((await list({ search: tag, channel: 'TMALL' })).nodes).toEqual([{ platformOrderNo: `${tag}-1` }]);
    expect((await list({ search: tag, province: '广东' })).nodes).toEqual([{ platformOrderNo: `${tag}-1` }]);
    expect((await list({ search: tag, placedFrom: '2026-06-18T00:00:00Z', placedBefore: '2026-06-19T00:00:00Z' })).totalCount).toBe(1);
    expect((await list({ search: tag, statuses: ['PENDING_PAYMENT'] })).totalCount).toBe(2);
    expect((await list({ search: tag, statuses: ['PAID'] })).totalCount).toBe(0);
    expect((await list({ search: tag }, { field: 'TOTAL', direction: 'DESC' })).nodes.map((n: any) => n.platformOrderNo)).toEqual([`${tag}-2`, `${tag}-1`]);
  });

  it('masks the receiver’s phone for readers who neither ship, confirm nor serve the buyer', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    const analyst = await s.login('analyst@demo.shop');
    const read = async (token: string) => (await s.gql(`query($id: ID!) { order(id: $id) { receiverPhone customer { name } } }`, { id: order.id }, { token })).data.order.receiverPhone;
    expect(await read(analyst)).toBe('138****5678');
    expect(await read(t.warehouse)).toBe('13812345678');
    expect(await read(t.cs)).toBe('13812345678');
  });
});

describe('agents', () => {
  it('an agent token sends AGENT orders for itself and sees only its own orders', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const ids = await partnerIds();
    const token = await s.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret errors { code } } }`,
      { i: { name: 'hz agent', kind: 'PARTNER', partnerId: ids['AGT-HZ01'], permissions: ['order:read', 'order:write'] } }, { token: t.admin });
    const agent = token.data.createApiToken.secret as string;
    const staffOrder = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });

    const mine = await s.gql(CREATE, { i: { channel: 'AGENT', platformOrderNo: 'HZ-0001', shippingMethod: 'EXPRESS', address: ADDRESS, lines: [{ skuId: String(sku.id), quantity: 2 }] } }, { token: agent });
    expect(mine.data.createOrder.errors).toEqual([]);
    expect(mine.data.createOrder.order.channel).toBe('AGENT');
    const stored = await s.orm.em.fork().findOneOrFail(Order, Number(mine.data.createOrder.order.id));
    expect(stored.agent?.id).toBe(Number(ids['AGT-HZ01']));

    const asTaobao = await s.gql(CREATE, { i: { channel: 'TAOBAO', platformOrderNo: 'HZ-0002', shippingMethod: 'EXPRESS', address: ADDRESS, lines: [{ skuId: String(sku.id), quantity: 1 }] } }, { token: agent });
    expect(asTaobao.data.createOrder.errors[0]).toMatchObject({ field: 'channel', code: 'FORBIDDEN' });

    const list = await s.gql(`{ orders(first: 100) { totalCount nodes { platformOrderNo } } }`, {}, { token: agent });
    expect(list.data.orders).toEqual({ totalCount: 1, nodes: [{ platformOrderNo: 'HZ-0001' }] });
    const widened = await s.gql(`query($w: OrderFilter) { orders(first: 100, where: $w) { totalCount } }`, { w: { channel: 'OWN_SHOP' } }, { token: agent });
    expect(widened.data.orders.totalCount).toBe(0);
    expect((await s.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: staffOrder.id }, { token: agent })).data.order).toBeNull();
    expect((await s.gql(`{ fulfilmentQueue(first: 100) { totalCount } }`, {}, { token: agent })).data.fulfilmentQueue.totalCount).toBe(0);
    // Staff see the agent's order too.
    const staff = await s.gql(`query($w: OrderFilter) { orders(first: 100, where: $w) { nodes { agent { code } } } }`, { w: { agentId: ids['AGT-HZ01'] } }, { token: t.manager });
    expect(staff.data.orders.nodes).toEqual([{ agent: { code: 'AGT-HZ01' } }]);
  });
});
