import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';
import { seedDemoSuppliers } from '../src/seed/demo-suppliers.js';
import { seedDemoContracts } from '../src/seed/demo-contracts.js';
import { seedDemoPurchasing } from '../src/seed/demo-purchasing.js';

// The procurement lists load their relations in batches: a page of few rows and a page of many cost the same statements.
let s: TestServer;
let buyer: string;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 400 });
  await seedDemoSuppliers(s.orm.em.fork(), s.config);
  await seedDemoContracts(s.orm.em.fork(), s.config);
  await seedDemoPurchasing(s.orm.em.fork(), s.config);
  buyer = await s.login('purchasing@demo.shop');
});
afterAll(async () => { await s?.close(); });

/** SQL statements one query costs, after checking it returns `rows` nodes under `field`. */
async function cost(query: string, field: string, rows: number): Promise<number> {
  const before = sqlCounter.count;
  const r = await s.gql(query, {}, { token: buyer });
  expect(r.errors).toBeUndefined();
  expect(r.data[field].nodes).toHaveLength(rows);
  return sqlCounter.count - before;
}

async function sameCost(page: (n: number) => string, field: string, few: number, many: number) {
  const total = (await s.gql(page(1).replace(/nodes \{[\s\S]*$/, 'totalCount } }'), {}, { token: buyer })).data[field].totalCount;
  expect(total, `${field} needs more than ${few} rows for the comparison`).toBeGreaterThan(few);
  const big = Math.min(many, total);
  await cost(page(few), field, few); // warm the per-request paths once
  expect(await cost(page(big), field, big)).toBe(await cost(page(few), field, few));
}

describe('procurement list costs', () => {
  it('purchase orders with supplier, warehouse, lines, receipts, contract, plan and history', async () => {
    await sameCost((n) => `{ purchaseOrders(first: ${n}) { nodes { code status overdue supplier { name } warehouse { code } contract { code } plan { code }
      lines { quantity acceptedQuantity sku { code } } receipts { code onTime } history { toState } } } }`, 'purchaseOrders', 10, 100);
  });

  it('receipts with their QC lines and holdings', async () => {
    // Receipts with rejections, so every page has holdings to load.
    await sameCost((n) => `{ purchaseReceipts(first: ${n}, where: { withRejections: true }) { nodes { code onTime supplier { name } warehouse { code } order { code } receivedBy { name }
      lines { acceptedQuantity rejectedQuantity rejectReason sku { code } orderLine { unitPrice } holding { heldQuantity } } } } }`, 'purchaseReceipts', 10, 100);
  });

  it('suppliers with profile, SKUs and latest score; contracts with parties and history', async () => {
    await sameCost((n) => `{ suppliers(first: ${n}) { nodes { code grade status partner { name } skus { unitPrice sku { code } } latestScore { composite } history { toState } } } }`, 'suppliers', 3, 100);
    await sameCost((n) => `{ contracts(first: ${n}) { nodes { code status daysLeft supplier { name } createdBy { name } reviewedBy { name } attachments { fileName } history { toState } } } }`, 'contracts', 3, 100);
  });
});
