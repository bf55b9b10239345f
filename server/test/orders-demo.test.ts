import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { num, sql } from '../src/core/db/sql.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoOrders, type DemoOrdersResult } from '../src/seed/demo-orders.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import { OrderStatus } from '../src/modules/orders/entities/order-enums.js';

let s: TestServer;
let result: DemoOrdersResult;
beforeAll(async () => {
  s = await startTestServer();
  // The catalogue and stock the generator sells from (not the whole demo, which brings its own orders).
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  result = await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 3_000 });
});
afterAll(async () => { await s?.close(); });

const one = async (text: string, params: unknown[] = []) => num(Object.values((await sql(s.orm.em.fork(), text, params))[0] ?? {})[0]);

describe('the demo order generator', () => {
  it('writes exactly the orders asked for, and only once', async () => {
    expect(result.orders).toBe(3_000);
    expect(await one('select count(*) from orders')).toBe(3_000);
    const again = await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 10 });
    expect(again.skipped).toBeDefined();
    expect(await one('select count(*) from orders')).toBe(3_000);
  });

  it('keeps the stock ledger whole: on hand is the sum of the movements, reserved the sum of active reservations', async () => {
    expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
    const reservedApart = await sql(s.orm.em.fork(), `select l.sku_id from stock_levels l
      left join (select sku_id, warehouse_id, sum(quantity) as q from reservations where status = 'ACTIVE' group by sku_id, warehouse_id) r
        on r.sku_id = l.sku_id and r.warehouse_id = l.warehouse_id
      where l.reserved <> coalesce(r.q, 0) or l.on_hand < l.reserved or l.on_hand < 0`);
    expect(reservedApart).toEqual([]);
    // Every shipped order took its goods out of stock.
    const shippedWithoutStock = await one(`select count(*) from orders o where o.shipped_at is not null and not exists
      (select 1 from stock_movements m where m.reference_type = 'Order' and m.reference_id = o.code and m.type in ('SALE_OUT', 'GIFT_OUT'))`);
    expect(shippedWithoutStock).toBe(0);
  });

  it('agrees with the money ledger: sales less refunds equal what orders hold as paid', async () => {
    const net = await one(`select sum(case when category = 'SALES' then amount_fen else -amount_fen end) from ledger_entries where source_type = 'Order' and category in ('SALES', 'REFUND')`);
    expect(net).toBe(await one('select sum(paid_fen) from orders'));
    expect(await one(`select count(*) from orders where status = 'CLOSED' and paid_fen <> 0`)).toBe(0);
    // Each order holds its payments less its refunds, and whatever got past payment was paid.
    expect(await one(`select count(*) from orders o where o.paid_fen <> coalesce((select sum(case when p.kind = 'PAYMENT' then p.amount_fen else -p.amount_fen end) from order_payments p where p.order_id = o.id), 0)`)).toBe(0);
    expect(await one(`select count(*) from orders o where o.status in ('PAID', 'SHIPPED', 'COMPLETED') and not exists (select 1 from order_payments p where p.order_id = o.id and p.kind = 'PAYMENT' and p.amount_fen = o.total_fen)`)).toBe(0);
  });

  it('peaks on 双11 and gives every order a timeline that follows the state machine', async () => {
    const byDay = await sql<{ day: string; n: unknown }>(s.orm.em.fork(), `select business_day as day, count(*) as n from ledger_entries where category = 'SALES' group by business_day`);
    const counts = byDay.map((d) => num(d.n)).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)];
    const singlesDay = byDay.filter((d) => d.day.endsWith('-11-11')).map((d) => num(d.n));
    expect(singlesDay.length).toBeGreaterThan(0);
    expect(Math.max(...singlesDay)).toBeGreaterThan(5 * median);
    const events = await sql<{ document_id: unknown; from_state: string | null; to_state: string }>(s.orm.em.fork(),
      `select document_id, from_state, to_state from document_events where document_type = 'Order' and (from_state is null or from_state <> to_state) order by document_id, at, id`);
    const last = new Map<number, string>();
    for (const e of events) {
      const id = num(e.document_id);
      expect(e.from_state ?? null, `order ${id}`).toBe(last.get(id) ?? null);
      last.set(id, e.to_state);
    }
    const statuses = await sql<{ id: unknown; status: string }>(s.orm.em.fork(), 'select id, status from orders');
    for (const o of statuses) expect(last.get(num(o.id))).toBe(o.status);
    expect(new Set(statuses.map((o) => o.status))).toContain(OrderStatus.COMPLETED);
  });

  it('serves the seeded orders through the API', async () => {
    const manager = await s.login('manager@demo.shop');
    const r = await s.gql(`{ orders(first: 5, where: { statuses: [COMPLETED] }) { totalCount nodes { code lines { skuCode } shipments { waybillNo courier { code } events { status } } payments { kind } timeline { toState } } } }`, {}, { token: manager });
    expect(r.errors).toBeUndefined();
    const order = r.data.orders.nodes[0];
    expect(order.shipments[0].events.at(-1).status).toBe('SIGNED');
    expect(order.timeline.at(-1).toState).toBe('COMPLETED');
    const month = new Date().toISOString().slice(0, 7);
    const totals = await s.gql(`query($m: String!) { ledgerMonthlyTotals(fromMonth: $m, toMonth: $m) { incomeFen expenseFen } }`, { m: month }, { token: manager });
    expect(totals.data.ledgerMonthlyTotals[0].incomeFen).toBeGreaterThan(0);
  });
});
