import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let lead: string;
let wh: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('warehouse.lead@demo.shop');
  const [w] = await makeWarehouses(s.orm, 'RES');
  wh = String(w.id);
});
afterAll(async () => {
  // The ledger invariant holds after everything this file did.
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const RESERVE = `mutation($i: ReserveStockInput!) { reserveStock(input: $i) { reservation { id quantity status } errors { code field } } }`;
const MOVE = `mutation($i: PostStockMovementInput!) { postStockMovement(input: $i) { movement { quantity onHandAfter type } errors { code field message } } }`;

async function stockIn(skuId: number, quantity: number) {
  const r = await s.gql(MOVE, { i: { skuId: String(skuId), warehouseId: wh, type: 'OTHER_IN', quantity, reason: 'opening count' } }, { token: lead });
  expect(r.data.postStockMovement.errors).toEqual([]);
}

async function level(skuId: number) {
  return s.orm.em.fork().findOneOrFail(StockLevel, { sku: skuId, warehouse: Number(wh) });
}

describe('reservations never oversell', () => {
  it.each([[10, 50], [1, 50]])('with %i available and %i concurrent requests for 1 unit, exactly that many succeed', async (available, requests) => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(sku.id, available);
    const results = await Promise.all(Array.from({ length: requests }, (_, i) =>
      s.gql(RESERVE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 1, referenceType: 'Order', referenceId: `race-${i}` } }, { token: lead })));
    const ok = results.filter((r) => r.data?.reserveStock?.reservation);
    const refused = results.filter((r) => r.data?.reserveStock?.errors?.[0]?.code === 'INSUFFICIENT_STOCK');
    expect(ok).toHaveLength(available);
    expect(refused).toHaveLength(requests - available);
    const row = await level(sku.id);
    expect({ onHand: row.onHand, reserved: row.reserved }).toEqual({ onHand: available, reserved: available });
  });

  it('releases a reservation once, and a second release is refused', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(sku.id, 3);
    const r = await s.gql(RESERVE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 2, referenceType: 'Order', referenceId: 'rel-1' } }, { token: lead });
    const id = r.data.reserveStock.reservation.id;
    const RELEASE = `mutation($i: IdInput!) { releaseStock(input: $i) { reservation { status } errors { code } } }`;
    const [a, b] = await Promise.all([s.gql(RELEASE, { i: { id } }, { token: lead }), s.gql(RELEASE, { i: { id } }, { token: lead })]);
    const outcomes = [a.data.releaseStock, b.data.releaseStock];
    expect(outcomes.filter((o) => o.reservation?.status === 'RELEASED')).toHaveLength(1);
    expect(outcomes.filter((o) => o.errors[0]?.code === 'WRONG_STATE')).toHaveLength(1);
    expect((await level(sku.id)).reserved).toBe(0);
  });

  it('refuses to reserve gift stock, bad quantities and missing SKUs', async () => {
    const [gift] = await makeSkus(s.orm, 1, { gift: true });
    await stockIn(gift.id, 5);
    const g = await s.gql(RESERVE, { i: { skuId: String(gift.id), warehouseId: wh, quantity: 1, referenceType: 'Order', referenceId: 'g' } }, { token: lead });
    expect(g.data.reserveStock.errors).toEqual([{ code: 'GIFT_STOCK', field: 'skuId' }]);
    const bad = await s.gql(RESERVE, { i: { skuId: '999999', warehouseId: wh, quantity: 0, referenceType: 'Order', referenceId: 'x' } }, { token: lead });
    expect(bad.data.reserveStock.errors.map((e: any) => e.code).sort()).toEqual(['INVALID', 'NOT_FOUND']);
  });

  it('does not let a manual issue take reserved stock', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(sku.id, 5);
    await s.gql(RESERVE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 4, referenceType: 'Order', referenceId: 'keep' } }, { token: lead });
    const out = await s.gql(MOVE, { i: { skuId: String(sku.id), warehouseId: wh, type: 'OTHER_OUT', quantity: 2, reason: 'damaged' } }, { token: lead });
    expect(out.data.postStockMovement.errors[0].code).toBe('INSUFFICIENT_STOCK');
    const one = await s.gql(MOVE, { i: { skuId: String(sku.id), warehouseId: wh, type: 'OTHER_OUT', quantity: 1, reason: 'damaged' } }, { token: lead });
    expect(one.data.postStockMovement.movement).toEqual({ quantity: -1, onHandAfter: 4, type: 'OTHER_OUT' });
  });

  it('refuses manual movements of document types, without a reason, or by a role without stock:adjust', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const receipt = await s.gql(MOVE, { i: { skuId: String(sku.id), warehouseId: wh, type: 'RECEIPT', quantity: 1, reason: '' } }, { token: lead });
    expect(receipt.data.postStockMovement.errors.map((e: any) => e.field).sort()).toEqual(['reason', 'type']);
    const clerk = await s.login('warehouse1@demo.shop');
    const denied = await s.gql(MOVE, { i: { skuId: String(sku.id), warehouseId: wh, type: 'OTHER_IN', quantity: 1, reason: 'x' } }, { token: clerk });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lists stock with available, below-safety and suggested reorder', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(sku.id, 3);
    const set = await s.gql(`mutation($i: SetSafetyStockInput!) { setSafetyStock(input: $i) { stockLevel { safetyStock } errors { code } } }`, { i: { skuId: String(sku.id), warehouseId: wh, safetyStock: 10 } }, { token: lead });
    expect(set.data.setSafetyStock).toEqual({ stockLevel: { safetyStock: 10 }, errors: [] });
    const low = await s.gql(`query($w: ID) { lowStock(warehouseId: $w, first: 100) { nodes { sku { code } available belowSafety suggestedReorder } } }`, { w: wh }, { token: lead });
    const row = low.data.lowStock.nodes.find((n: any) => n.sku.code === sku.code);
    expect(row).toEqual({ sku: { code: sku.code }, available: 3, belowSafety: true, suggestedReorder: 17 });
    const csv = await s.gql(`query($w: StockLevelFilter) { stockLevelsCsv(where: $w) }`, { w: { warehouseId: wh, search: sku.code } }, { token: lead });
    expect(csv.data.stockLevelsCsv).toContain(`RES,${sku.code},,测试茶`);
  });
});
