import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { rescoreDemoSuppliers, seedDemoSuppliers } from '../src/seed/demo-suppliers.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoPurchasing } from '../src/seed/demo-purchasing.js';
import { seedDemoCustomers } from '../src/seed/demo-customers.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';
import { seedDemoContracts } from '../src/seed/demo-contracts.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { SupplierProfile } from '../src/modules/suppliers/entities/supplier-profile.entity.js';
import { SupplierSku } from '../src/modules/suppliers/entities/supplier-sku.entity.js';
import { SupplierEvaluation } from '../src/modules/suppliers/entities/supplier-evaluation.entity.js';
import { SupplierScoreSnapshot } from '../src/modules/suppliers/entities/supplier-score.entity.js';
import { Rfq } from '../src/modules/suppliers/entities/rfq.entity.js';
import { Contract } from '../src/modules/contracts/entities/contract.entity.js';
import { preferredSupplierSkus } from '../src/modules/suppliers/services/supplier-skus.service.js';

let s: TestServer;
let ms = 0;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemoCatalog(s.orm.em.fork());
  const t = Date.now();
  await seedDemoSuppliers(s.orm.em.fork(), s.config);
  await seedDemoContracts(s.orm.em.fork(), s.config);
  ms = Date.now() - t;
});
afterAll(async () => { await s?.close(); });

async function counts() {
  const em = s.orm.em.fork();
  return {
    profiles: await em.count(SupplierProfile, {}), supplierSkus: await em.count(SupplierSku, {}), evaluations: await em.count(SupplierEvaluation, {}),
    snapshots: await em.count(SupplierScoreSnapshot, {}), rfqs: await em.count(Rfq, {}), contracts: await em.count(Contract, {}),
  };
}

describe('demo suppliers and contracts', () => {
  it('covers every SKU with a supplier (some two), a year of evaluations, RFQs and contracts; fast and idempotent', async () => {
    const em = s.orm.em.fork();
    const skus = await em.find(Sku, {});
    const rows = await em.find(SupplierSku, {});
    const perSku = new Map<number, number>();
    for (const r of rows) perSku.set(r.sku.id, (perSku.get(r.sku.id) ?? 0) + 1);
    expect(skus.every((k) => (perSku.get(k.id) ?? 0) >= 1)).toBe(true);
    expect([...perSku.values()].filter((n) => n >= 2).length).toBeGreaterThan(10);
    expect((await preferredSupplierSkus(em, skus.map((k) => k.id))).size).toBe(skus.length);

    const before = await counts();
    expect(before).toMatchObject({ profiles: 12, evaluations: 48, snapshots: 48, rfqs: 2, contracts: 8 });
    console.log(`demo suppliers + contracts: ${ms} ms`, before);
    expect(ms).toBeLessThan(20_000);

    const buyer = await s.login('purchasing@demo.shop');
    const r = await s.gql(`{ contractExpiryAlerts { daysLeft contract { title supplier { code } } }
      contracts(first: 20) { nodes { status } }
      rfqs { nodes { status } }
      suppliers(first: 20) { totalCount nodes { code latestScore { composite } } } }`, {}, { token: buyer });
    expect(r.data.contractExpiryAlerts).toEqual([{ daysLeft: 20, contract: { title: '2026年度铁观音供货框架协议', supplier: { code: 'SUP-ANXI' } } }]);
    expect(r.data.contracts.nodes.map((n: any) => n.status).sort()).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'DRAFT', 'EXPIRED', 'SIGNED', 'TERMINATED', 'UNDER_REVIEW']);
    expect(r.data.rfqs.nodes.map((n: any) => n.status).sort()).toEqual(['AWARDED', 'SENT']);
    expect(r.data.suppliers.nodes.every((n: any) => n.latestScore?.composite > 0)).toBe(true);

    await seedDemoSuppliers(s.orm.em.fork(), s.config);
    await seedDemoContracts(s.orm.em.fork(), s.config);
    expect(await counts()).toEqual(before);
  });

  it('re-scores the stored history once the purchasing demo has written receipts, once', { timeout: 240_000 }, async () => {
    // The purchasing demo turns the demo orders' restocking into purchase orders and receipts.
    await seedDemoInventory(s.orm.em.fork(), s.config);
    await seedDemoCustomers(s.orm.em.fork(), s.config);
    await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 300 });
    await seedDemoPurchasing(s.orm.em.fork(), s.config);
    const t = Date.now();
    await rescoreDemoSuppliers(s.orm.em.fork(), s.config);
    console.log(`rescore: ${Date.now() - t} ms`);
    const snapshots = await s.orm.em.fork().find(SupplierScoreSnapshot, {});
    expect(snapshots.length).toBe(60); // 4 past quarters + the current one, 12 suppliers
    expect(snapshots.some((x) => (x.detail as any).facts.receipts > 0)).toBe(true);
    const stamp = Math.max(...snapshots.map((x) => x.computedAt.getTime()));
    await rescoreDemoSuppliers(s.orm.em.fork(), s.config);
    const again = await s.orm.em.fork().find(SupplierScoreSnapshot, {});
    expect(Math.max(...again.map((x) => x.computedAt.getTime()))).toBe(stamp);
  });
});
