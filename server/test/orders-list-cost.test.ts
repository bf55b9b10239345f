import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { createCourier, orderTokens, packedOrder, stockIn, type OrderTokens } from './fixtures/orders.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CustomerChannel } from '../src/modules/customers/entities/enums.js';
import { Order } from '../src/modules/orders/entities/order.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';

let s: TestServer;
let t: OrderTokens;
let wh: number;
beforeAll(async () => {
  s = await startTestServer();
  // The catalogue and stock the generator sells from (not the whole demo, which brings its own orders).
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  expect((await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 150 })).orders).toBe(150);
  t = await orderTokens(s);
  [{ id: wh }] = await makeWarehouses(s.orm, 'CST');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

describe('the order list’s cost', () => {
  it('costs the same number of SQL statements at 10 and 100 rows with lines, customer and shipments, and at most 6', async () => {
    // The demo generator wrote a long list in bulk (beforeAll); a few more go through the API.
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(s, t.warehouseLead, sku.id, wh, 50);
    const courier = await createCourier(s, t.warehouseLead, 'YTO2');
    for (let i = 0; i < 3; i++) {
      const order = await packedOrder(s, t, wh, [{ skuId: String(sku.id), quantity: 1 }]);
      const shipped = await s.gql(`mutation($i: ShipOrderInput!) { shipOrder(input: $i) { errors { code } } }`, { i: { id: order.id, shipments: [{ courierId: courier, waybillNo: `YT00000${i}001` }] } }, { token: t.warehouse });
      expect(shipped.data.shipOrder.errors).toEqual([]);
    }
    const em = s.orm.em.fork();
    const customer = em.create(Customer, { name: '老顾客', channel: CustomerChannel.TAOBAO });
    await em.flush();
    await em.nativeUpdate(Order, { id: { $gt: 0 } }, { customer: customer.id });
    const q = (n: number) => `{ orders(first: ${n}) { totalCount nodes { code totalFen lines { skuCode quantity lineTotalFen } customer { name } shipments { waybillNo status } } } }`;
    const count = async (n: number) => {
      const before = sqlCounter.count;
      const r = await s.gql(q(n), {}, { token: t.manager });
      expect(r.errors).toBeUndefined();
      expect(r.data.orders.nodes).toHaveLength(n);
      expect(r.data.orders.nodes.every((o: any) => o.customer?.name === '老顾客' && o.lines.length > 0)).toBe(true);
      expect(r.data.orders.nodes.some((o: any) => o.shipments.length > 0)).toBe(true);
      return sqlCounter.count - before;
    };
    // Every signed-in request first reads its session and user; the page is what comes on top.
    const before = sqlCounter.count;
    await s.gql('{ health { ok } }', {}, { token: t.manager });
    const signIn = sqlCounter.count - before;
    await count(10); // warm
    const at10 = await count(10);
    const at100 = await count(100);
    expect(at100).toBe(at10);
    expect(at100 - signIn).toBeLessThanOrEqual(6);
    const byWaybill = await s.gql(`{ orders(first: 100, where: { search: "YT00000" }) { nodes { shipments { waybillNo } } } }`, {}, { token: t.manager });
    expect(byWaybill.data.orders.nodes.map((o: any) => o.shipments[0].waybillNo).sort()).toEqual(['YT000000001', 'YT000001001', 'YT000002001']);
  });
});
