import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { num, sql } from '../src/core/db/sql.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';
import { seedDemoSuppliers } from '../src/seed/demo-suppliers.js';
import { seedDemoPurchasing } from '../src/seed/demo-purchasing.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let ms = 0;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 1_500 });
  await seedDemoSuppliers(s.orm.em.fork(), s.config);
  const started = Date.now();
  await seedDemoPurchasing(s.orm.em.fork(), s.config);
  ms = Date.now() - started;
});
afterAll(async () => { await s?.close(); });

const one = async (text: string, params: unknown[] = []) => num(Object.values((await sql(s.orm.em.fork(), text, params))[0] ?? {})[0]);

describe('the demo purchasing year', () => {
  it('documents every receipt of the demo orders without touching the stock ledger invariant, once', async () => {
    expect(ms).toBeLessThan(30_000);
    expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
    expect(await one(`select count(*) from stock_movements where reference_id like 'DEMO-PR-%'`)).toBe(0);
    // Every receipt movement names a receipt document with the same accepted units.
    expect(await one(`select count(*) from stock_movements m where m.type = 'RECEIPT' and m.reference_type = 'PurchaseReceipt'
      and not exists (select 1 from purchase_receipts r where r.code = m.reference_id)`)).toBe(0);
    expect(await one(`select sum(quantity) from stock_movements where type = 'RECEIPT' and reference_type = 'PurchaseReceipt'`))
      .toBe(await one('select sum(accepted_quantity) from purchase_receipts'));
    const orders = await one('select count(*) from purchase_orders');
    await seedDemoPurchasing(s.orm.em.fork(), s.config);
    expect(await one('select count(*) from purchase_orders')).toBe(orders);
  });

  it('has late and on-time deliveries, rejections held or returned, credits, monthly payments in both ledgers, open work and a draft plan', async () => {
    expect(await one(`select count(*) from purchase_orders where status = 'CLOSED'`)).toBeGreaterThan(20);
    for (const status of ['DRAFT', 'APPROVED', 'SENT', 'PARTIALLY_RECEIVED']) expect(await one('select count(*) from purchase_orders where status = ?', [status]), status).toBeGreaterThan(0);
    expect(await one('select count(*) from purchase_receipts where on_time = ?', [false])).toBeGreaterThan(0);
    expect(await one('select count(*) from purchase_receipts where on_time = ?', [true])).toBeGreaterThan(0);
    expect(await one('select sum(rejected_quantity) from purchase_receipts')).toBe(await one(`select sum(quantity) from defective_holdings where source = 'QC_REJECT'`));
    expect(await one(`select count(*) from purchase_returns where status = 'CREDITED'`)).toBeGreaterThan(0);
    expect(await one(`select count(*) from stock_movements where type = 'PURCHASE_RETURN_OUT'`)).toBe(1);
    expect(await one(`select sum(amount) from supplier_ledger_entries where kind = 'CREDIT'`)).toBe(await one(`select sum(total_amount) from purchase_returns where status = 'CREDITED'`));
    expect(await one(`select sum(amount) from supplier_ledger_entries where kind = 'PAYMENT'`)).toBe(await one(`select sum(amount_fen) from ledger_entries where category = 'PURCHASE_PAYMENT' and source_type = 'SupplierPayment'`));
    expect(await one(`select count(*) from purchase_plans where status = 'DRAFT'`)).toBe(1);
    const manager = await s.login('manager@demo.shop');
    const r = await s.gql(`{ purchaseOrders(where: { overdue: true }) { totalCount } supplierBalances(nonZeroOnly: true) { balance } purchasePlans { nodes { lines { quantity } } } }`, {}, { token: manager });
    expect(r.errors).toBeUndefined();
    expect(r.data.purchaseOrders.totalCount).toBeGreaterThan(0);
    expect(r.data.supplierBalances.length).toBeGreaterThan(0);
    expect(r.data.purchasePlans.nodes[0].lines.length).toBeGreaterThan(0);
  });
});
