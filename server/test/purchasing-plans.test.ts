import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { makeSupplier, move, setSafety, supplierTerms } from './purchasing-helpers.js';
import { MovementType } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import { plannedQuantity } from '../src/modules/purchasing/services/plan-formula.js';

let s: TestServer;
let buyer: string;
let warehouse1: string;
beforeAll(async () => {
  s = await startTestServer();
  buyer = await s.login('purchasing@demo.shop');
  warehouse1 = await s.login('warehouse1@demo.shop');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const PLAN = `purchasePlan { id code status period periodDays lookbackDays growthPercent lowStockOnly startDay
  lines { id quantity suggestedQuantity unitPrice soldUnits dailyVelocity available inTransit onOrder safetyStock leadTimeDays minOrderQuantity sku { code } supplier { code } }
  orders { code status expectedDeliveryDate totalAmount supplier { code } lines { quantity unitPrice sku { code } } }
  history { fromState toState note } }
  purchaseOrders { code status planId: id }
  errors { field code message }`;
const gen = (i: Record<string, unknown>, token = buyer) => s.gql(`mutation($i: GeneratePurchasePlanInput!) { generatePurchasePlan(input: $i) { ${PLAN} } }`, { i }, { token });
const mutate = (name: string, type: string, i: Record<string, unknown>, token = buyer) => s.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${PLAN} } }`, { i }, { token });

describe('the plan formula', () => {
  it('rounds demand up in integers and lifts a positive need to the MOQ', () => {
    const base = { soldUnits: 28, lookbackDays: 28, growthPercent: 150, leadTimeDays: 5, periodDays: 7, safetyStock: 10, available: 22, inTransit: 0, onOrder: 0, minOrderQuantity: 30 };
    expect(plannedQuantity(base)).toEqual({ dailyVelocity: 1, demand: 18, need: 6, quantity: 30 });
    expect(plannedQuantity({ ...base, minOrderQuantity: 1 }).quantity).toBe(6);
    expect(plannedQuantity({ ...base, available: 40 }).quantity).toBe(0);
    expect(plannedQuantity({ ...base, soldUnits: 10, growthPercent: 100, leadTimeDays: 0, periodDays: 1 })).toMatchObject({ demand: 1 }); // ceil(10/28)
  });
});

describe('purchase plans', () => {
  it('computes exact quantities from the sales history, stock, transit and open orders, then approves into one order per supplier', async () => {
    const [wh] = await makeWarehouses(s.orm, `PLN${process.pid}`);
    const [a, b, c] = await makeSkus(s.orm, 3);
    const [anxi, yixing] = [await makeSupplier(s.orm, '安溪'), await makeSupplier(s.orm, '宜兴')];
    await supplierTerms(s.orm, anxi.id, a.id, { unitPrice: 1000, leadTimeDays: 5, minOrderQuantity: 30 });
    await supplierTerms(s.orm, anxi.id, b.id, { unitPrice: 2000, leadTimeDays: 10, minOrderQuantity: 1 });
    await supplierTerms(s.orm, yixing.id, c.id, { unitPrice: 500, leadTimeDays: 3, minOrderQuantity: 1 });
    // A: 50 in, 28 sold (1/day); B: 100 in, 14 sold; C: 10 in, all 10 sold.
    await move(s.orm, a.id, wh.id, MovementType.OTHER_IN, 50);
    for (const q of [10, 10, 8]) await move(s.orm, a.id, wh.id, MovementType.SALE_OUT, -q);
    await move(s.orm, b.id, wh.id, MovementType.OTHER_IN, 100);
    await move(s.orm, b.id, wh.id, MovementType.SALE_OUT, -14);
    await move(s.orm, c.id, wh.id, MovementType.OTHER_IN, 10);
    await move(s.orm, c.id, wh.id, MovementType.SALE_OUT, -10);
    await setSafety(s.orm, a.id, wh.id, 10);
    // 2 units of C already on a sent order to this warehouse.
    const po = await s.gql(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } errors { message } } }`,
      { i: { supplierId: String(yixing.id), warehouseId: String(wh.id), lines: [{ skuId: String(c.id), quantity: 2 }] } }, { token: buyer });
    const poId = po.data.createPurchaseOrder.purchaseOrder.id;
    for (const op of ['approvePurchaseOrder', 'sendPurchaseOrder']) await s.gql(`mutation { ${op}(input: { id: "${poId}" }) { errors { code } } }`, {}, { token: buyer });

    const r = await gen({ period: 'WEEKLY', warehouseId: String(wh.id), lookbackDays: 28, growthPercent: 150, startDay: '2026-12-07' });
    expect(r.errors).toBeUndefined();
    expect(r.data.generatePurchasePlan.errors).toEqual([]);
    const plan = r.data.generatePurchasePlan.purchasePlan;
    expect(plan).toMatchObject({ status: 'DRAFT', period: 'WEEKLY', periodDays: 7, lookbackDays: 28, growthPercent: 150 });
    expect(plan.code).toMatch(/^PP-\d{8}-\d{3}$/);
    // A: ceil(28/28 × 1.5 × (5+7)) = 18; 18 + 10 − 22 = 6 → MOQ 30. B: ceil(14/28 × 1.5 × 17) = 13 < 86 available → no line.
    // C: ceil(10/28 × 1.5 × (3+7)) = 6; 6 + 0 − (0 + 0 + 2 on order) = 4.
    expect(plan.lines.map((l: any) => [l.sku.code, l.quantity, l.supplier?.code])).toEqual([[a.code, 30, anxi.code], [c.code, 4, yixing.code]]);
    expect(plan.lines[0]).toMatchObject({ soldUnits: 28, dailyVelocity: 1, available: 22, safetyStock: 10, onOrder: 0, leadTimeDays: 5, minOrderQuantity: 30, unitPrice: 1000, suggestedQuantity: 30 });
    expect(plan.lines[1]).toMatchObject({ soldUnits: 10, available: 0, onOrder: 2, leadTimeDays: 3 });

    // The planner edits while draft: quantity and price, adds B, removes it again.
    const [la, lc] = plan.lines;
    expect((await mutate('updatePurchasePlanLine', 'UpdatePurchasePlanLineInput', { lineId: lc.id, quantity: 5, unitPrice: 450 })).data.updatePurchasePlanLine.errors).toEqual([]);
    const added = await mutate('addPurchasePlanLine', 'AddPurchasePlanLineInput', { planId: plan.id, skuId: String(b.id), quantity: 3 });
    const lb = added.data.addPurchasePlanLine.purchasePlan.lines.find((l: any) => l.sku.code === b.code);
    expect(lb).toMatchObject({ quantity: 3, unitPrice: 2000, suggestedQuantity: 0, supplier: { code: anxi.code } });
    expect((await mutate('addPurchasePlanLine', 'AddPurchasePlanLineInput', { planId: plan.id, skuId: String(b.id), quantity: 3 })).data.addPurchasePlanLine.errors[0].code).toBe('DUPLICATE');
    expect((await mutate('updatePurchasePlanLine', 'UpdatePurchasePlanLineInput', { lineId: la.id, quantity: 0 })).data.updatePurchasePlanLine.errors[0].field).toBe('quantity');
    expect((await mutate('removePurchasePlanLine', 'RemovePurchasePlanLineInput', { lineId: lb.id })).data.removePurchasePlanLine.errors).toEqual([]);

    // Warehouse staff may read but not approve.
    expect((await mutate('approvePurchasePlan', 'PurchaseDocumentActionInput', { id: plan.id }, warehouse1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = await mutate('approvePurchasePlan', 'PurchaseDocumentActionInput', { id: plan.id, note: '本周补货' });
    const out = approved.data.approvePurchasePlan;
    expect(out.errors).toEqual([]);
    expect(out.purchasePlan.status).toBe('APPROVED');
    const orders = out.purchasePlan.orders.map((o: any) => [o.supplier.code, o.status, o.expectedDeliveryDate, o.totalAmount, o.lines.map((l: any) => [l.sku.code, l.quantity, l.unitPrice])]);
    expect(orders.sort()).toEqual([
      [anxi.code, 'APPROVED', '2026-12-12', 30_000, [[a.code, 30, 1000]]],
      [yixing.code, 'APPROVED', '2026-12-10', 2_250, [[c.code, 5, 450]]],
    ].sort());
    expect(out.purchasePlan.history.map((h: any) => `${h.fromState ?? ''}>${h.toState}`)).toEqual(['>DRAFT', 'DRAFT>DRAFT', 'DRAFT>DRAFT', 'DRAFT>DRAFT', 'DRAFT>APPROVED']);
    expect(out.purchasePlan.history[1].note).toContain('quantity 4 → 5');
    // Approved plans are frozen.
    expect((await mutate('updatePurchasePlanLine', 'UpdatePurchasePlanLineInput', { lineId: la.id, quantity: 31 })).data.updatePurchasePlanLine.errors[0].code).toBe('WRONG_STATE');
    expect((await mutate('approvePurchasePlan', 'PurchaseDocumentActionInput', { id: plan.id })).data.approvePurchasePlan.errors[0].code).toBe('WRONG_STATE');

    // Now A's 30 are on order: a new plan needs nothing for A, and C's 5 cover its need.
    const again = await gen({ period: 'WEEKLY', warehouseId: String(wh.id), lookbackDays: 28, growthPercent: 150 });
    expect(again.data.generatePurchasePlan.purchasePlan.lines).toEqual([]);
  });

  it('"from low stock" plans only SKUs below safety stock; a line without supplier blocks approval', async () => {
    const [wh] = await makeWarehouses(s.orm, `PLL${process.pid}`);
    const [a, b] = await makeSkus(s.orm, 2);
    await move(s.orm, a.id, wh.id, MovementType.OTHER_IN, 5);
    await setSafety(s.orm, a.id, wh.id, 8); // below safety, no supplier known
    await move(s.orm, b.id, wh.id, MovementType.OTHER_IN, 10);
    await move(s.orm, b.id, wh.id, MovementType.SALE_OUT, -10); // selling, but no safety stock: not "low"
    const r = await gen({ period: 'DAILY', warehouseId: String(wh.id), lowStockOnly: true });
    const plan = r.data.generatePurchasePlan.purchasePlan;
    expect(plan.lines.map((l: any) => [l.sku.code, l.quantity, l.supplier])).toEqual([[a.code, 3, null]]);
    const refused = await mutate('approvePurchasePlan', 'PurchaseDocumentActionInput', { id: plan.id });
    expect(refused.data.approvePurchasePlan.errors).toEqual([{ field: 'lines.0.supplierId', code: 'REQUIRED', message: expect.any(String) }]);
    const full = await gen({ period: 'MONTHLY', warehouseId: String(wh.id) });
    expect(full.data.generatePurchasePlan.purchasePlan.lines.map((l: any) => l.sku.code).sort()).toEqual([a.code, b.code].sort());
    expect((await mutate('cancelPurchasePlan', 'PurchaseDocumentActionInput', { id: plan.id })).data.cancelPurchasePlan.purchasePlan.status).toBe('CANCELLED');
    expect((await gen({ period: 'WEEKLY', warehouseId: String(wh.id), lookbackDays: 0 })).data.generatePurchasePlan.errors[0].field).toBe('lookbackDays');
  });
});
