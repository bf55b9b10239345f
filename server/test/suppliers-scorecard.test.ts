import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { ok, refused, supplierIds, supplierToken } from './suppliers-helpers.js';
import { shopDay } from '../src/core/time.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CustomerChannel } from '../src/modules/customers/entities/enums.js';
import { Department } from '../src/modules/identity/entities/department.entity.js';

let s: TestServer;
let buyer: string;
let admin: string;
let ids: Record<string, string>;
let warehouseId: string;
let month: string;
const tz = () => s.config.shopTimezone;
const dayOffset = (n: number) => shopDay(new Date(Date.now() + n * 86_400_000), tz());

beforeAll(async () => {
  s = await startTestServer();
  buyer = await s.login('purchasing@demo.shop');
  admin = await s.login('admin@demo.shop');
  ids = await supplierIds(s);
  const [w] = await makeWarehouses(s.orm, 'SCW');
  warehouseId = String(w.id);
  month = shopDay(new Date(), tz()).slice(0, 7);
  for (const code of ['SUP-ANXI', 'SUP-YIXING']) {
    await ok(s, buyer, 'saveSupplierProfile', 'SaveSupplierProfileInput', { partnerId: ids[code], status: 'APPROVED', grade: 'B', categories: ['乌龙茶'] }, 'supplier { id }');
  }
});
afterAll(async () => { await s?.close(); });

const PO = 'purchaseOrder { id status lines { id } }';

/** A purchase order through the purchasing API: created, approved, sent, then received with the given QC split. */
async function deliver(supplierId: string, skuId: number, quantity: number, accepted: number, expectedDeliveryDate: string) {
  const created = await ok(s, buyer, 'createPurchaseOrder', 'CreatePurchaseOrderInput', { supplierId, warehouseId, expectedDeliveryDate, lines: [{ skuId: String(skuId), quantity, unitPrice: 1000 }] }, PO);
  const id = created.purchaseOrder.id;
  await ok(s, buyer, 'approvePurchaseOrder', 'PurchaseDocumentActionInput', { id }, PO);
  await ok(s, buyer, 'sendPurchaseOrder', 'PurchaseDocumentActionInput', { id }, PO);
  const lineId = created.purchaseOrder.lines[0].id;
  await ok(s, buyer, 'receivePurchaseOrder', 'ReceivePurchaseOrderInput', { orderId: id, lines: [{ lineId, receivedQuantity: quantity, acceptedQuantity: accepted, rejectedQuantity: quantity - accepted, rejectReason: accepted < quantity ? '包装破损' : null }] }, 'receipt { id }');
  return id;
}

/** Complaints traced to a supplier through the complaints API: registered, judged valid, investigated as product quality. */
async function complaintsAgainst(supplierId: string, count: number) {
  const em = s.orm.em.fork();
  const customer = em.create(Customer, { name: '投诉客户', channel: CustomerChannel.TAOBAO } as never);
  await em.flush();
  const department = await em.findOneOrFail(Department, { code: 'procurement-warehouse' });
  const handler = await s.login('aftersales.lead@demo.shop');
  for (let i = 0; i < count; i++) {
    const { complaint } = await ok(s, handler, 'registerComplaint', 'RegisterComplaintInput', { customerId: String(customer.id), channel: 'PHONE', category: 'QUALITY', content: '茶叶受潮结块', demand: '退款' }, 'complaint { id }');
    await ok(s, handler, 'judgeComplaint', 'JudgeComplaintInput', { id: complaint.id, valid: true, demandReasonable: true, responsibleDepartmentId: String(department.id) }, 'complaint { id }');
    await ok(s, handler, 'investigateComplaint', 'InvestigateComplaintInput', { id: complaint.id, cause: 'PRODUCT_QUALITY', findings: '批次受潮', supplierId }, 'complaint { id }');
  }
}

const CARD = `supplierId period complaints composite computedQuality computedDelivery evaluationIds
  facts { receipts onTimeReceipts orderedUnits receivedUnits acceptedUnits rejectedUnits returnedUnits }
  rates { qcPassRate onTimeRate returnRate complaintsPer100Units }
  quality { score source weight } delivery { score source weight } price { score source weight } service { score source weight } credit { score source weight }
  supplier { code }`;
const scorecard = (supplierId: string, period: string, token = buyer) => s.gql(`query($id: ID!, $p: String!) { supplierScorecard(supplierId: $id, period: $p) { ${CARD} } }`, { id: supplierId, p: period }, { token });

describe('supplier scorecard', () => {
  it('computes quality and delivery from receipts, returns and complaints; price/service/credit from the evaluation', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    const anxi = ids['SUP-ANXI'];
    await deliver(anxi, a.id, 100, 90, dayOffset(1)); // on time, 10 rejected at QC
    await deliver(anxi, b.id, 100, 100, dayOffset(-2)); // late
    // 10 units of b go back to the supplier from saleable stock.
    const ret = await ok(s, buyer, 'createPurchaseReturn', 'CreatePurchaseReturnInput', { supplierId: anxi, warehouseId, lines: [{ source: 'STOCK', skuId: String(b.id), quantity: 10, reason: '口感异常' }] }, 'purchaseReturn { id }');
    await ok(s, buyer, 'shipPurchaseReturn', 'PurchaseDocumentActionInput', { id: ret.purchaseReturn.id }, 'purchaseReturn { status }');
    await complaintsAgainst(anxi, 2);

    const before = (await scorecard(anxi, month)).data.supplierScorecard;
    expect(before.facts).toEqual({ receipts: 2, onTimeReceipts: 1, orderedUnits: 200, receivedUnits: 200, acceptedUnits: 190, rejectedUnits: 10, returnedUnits: 10 });
    expect(before.complaints).toBe(2);
    expect(before.rates).toEqual({ qcPassRate: 0.95, onTimeRate: 0.5, returnRate: 0.05, complaintsPer100Units: 1 });
    // 60 % × 95 + 25 % × (100 − 500 × 0.05) + 15 % × (100 − 20 × 1) = 57 + 18.75 + 12
    expect(before.quality).toEqual({ score: 87.8, source: 'COMPUTED', weight: 35 });
    expect(before.delivery).toEqual({ score: 50, source: 'COMPUTED', weight: 25 });
    expect(before.price).toEqual({ score: null, source: 'NONE', weight: 20 });
    // Without an evaluation the composite weighs only what is known: (35 × 87.8 + 25 × 50) / 60.
    expect(before.composite).toBeCloseTo((35 * 87.8 + 25 * 50) / 60, 1);

    const recorded = await ok(s, buyer, 'recordSupplierEvaluation', 'RecordSupplierEvaluationInput',
      { supplierId: anxi, period: month, method: 'SITE_VISIT', quality: 10, delivery: 10, price: 80, service: 70, credit: 90, notes: '实地考察茶园' },
      'evaluation { id period method evaluator { email } } snapshot { period composite quality delivery price }');
    expect(recorded.evaluation).toMatchObject({ period: month, method: 'SITE_VISIT', evaluator: { email: 'purchasing@demo.shop' } });
    // Computed quality and delivery win over the evaluator's 10s.
    expect(recorded.snapshot).toEqual({ period: month, composite: 75.2, quality: 87.8, delivery: 50, price: 80 });

    const after = (await scorecard(anxi, month)).data.supplierScorecard;
    expect(after).toMatchObject({ composite: 75.2, evaluationIds: [recorded.evaluation.id], price: { score: 80, source: 'EVALUATION' }, credit: { score: 90, source: 'EVALUATION' }, supplier: { code: 'SUP-ANXI' } });

    // The quarter holds the month: same facts, and the month's evaluation counts.
    const quarter = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
    expect((await scorecard(anxi, quarter)).data.supplierScorecard).toMatchObject({ facts: { receipts: 2 }, composite: 75.2 });
  });

  it('validates the weights (whole numbers summing to 100) and uses them', async () => {
    const W = 'weights { quality delivery price service credit }';
    expect(await refused(s, buyer, 'setSupplierScoreWeights', 'SupplierScoreWeightsInput', { quality: 30, delivery: 30, price: 20, service: 5, credit: 5 })).toEqual(['WEIGHTS_SUM']);
    expect(await refused(s, buyer, 'setSupplierScoreWeights', 'SupplierScoreWeightsInput', { quality: -10, delivery: 50, price: 40, service: 10, credit: 10 })).toEqual(['INVALID']);
    const clerk = await s.login('warehouse1@demo.shop'); // supplier:read only
    const forbidden = await s.gql(`mutation { setSupplierScoreWeights(input: { quality: 20, delivery: 20, price: 20, service: 20, credit: 20 }) { errors { code } } }`, {}, { token: clerk });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await s.gql(`{ supplierScoreWeights { quality delivery price service credit } }`, {}, { token: clerk })).data.supplierScoreWeights).toEqual({ quality: 35, delivery: 25, price: 20, service: 10, credit: 10 });

    const yixing = ids['SUP-YIXING'];
    await ok(s, buyer, 'recordSupplierEvaluation', 'RecordSupplierEvaluationInput', { supplierId: yixing, period: month, method: 'SAMPLE_TEST', quality: 60, delivery: 70, price: 90, service: 80, credit: 85 }, 'evaluation { id }');
    const rank = async () => (await s.gql(`query($p: String!) { supplierRanking(period: $p) { rank scorecard { supplier { code } composite quality { source } } } }`, { p: month }, { token: buyer })).data.supplierRanking
      .map((r: any) => [r.rank, r.scorecard.supplier.code, r.scorecard.composite]);
    expect(await rank()).toEqual([[1, 'SUP-ANXI', 75.2], [2, 'SUP-YIXING', 73]]);

    await ok(s, buyer, 'setSupplierScoreWeights', 'SupplierScoreWeightsInput', { quality: 10, delivery: 10, price: 60, service: 10, credit: 10 }, W);
    expect(await rank()).toEqual([[1, 'SUP-YIXING', 83.5], [2, 'SUP-ANXI', 77.8]]);
    await ok(s, buyer, 'setSupplierScoreWeights', 'SupplierScoreWeightsInput', { quality: 35, delivery: 25, price: 20, service: 10, credit: 10 }, W);
  });

  it('keeps a score history per period and lists evaluations', async () => {
    const anxi = ids['SUP-ANXI'];
    await ok(s, buyer, 'recordSupplierEvaluation', 'RecordSupplierEvaluationInput', { supplierId: anxi, period: '2026-01', method: 'DOCUMENT_REVIEW', quality: 70, delivery: 60, price: 75, service: 65, credit: 80 }, 'evaluation { id }');
    expect(await refused(s, buyer, 'recordSupplierEvaluation', 'RecordSupplierEvaluationInput', { supplierId: anxi, period: '2026-13', method: 'SITE_VISIT', quality: 101, delivery: 0, price: 0, service: 0, credit: 0 })).toEqual(['INVALID', 'INVALID']);
    const scored = await ok(s, buyer, 'scoreSuppliersForPeriod', 'ScoreSuppliersInput', { period: month }, 'snapshots { supplier { code } composite }');
    expect(scored.snapshots.map((x: any) => x.supplier.code).sort()).toEqual(['SUP-ANXI', 'SUP-YIXING']);

    const history = await s.gql(`query($id: ID!) { supplierScoreHistory(supplierId: $id) { period composite quality detail } }`, { id: anxi }, { token: buyer });
    const rows = history.data.supplierScoreHistory;
    expect(rows.map((r: any) => [r.period, r.composite])).toEqual([['2026-01', 69], [month, 75.2]]);
    expect(JSON.parse(rows[1].detail).facts.receipts).toBe(2);

    const list = await s.gql(`query($w: SupplierEvaluationFilter) { supplierEvaluations(where: $w) { totalCount nodes { period method supplier { code } } } }`, { w: { supplierId: anxi } }, { token: buyer });
    expect(list.data.supplierEvaluations.nodes.map((n: any) => n.period)).toEqual([month, '2026-01']);
  });

  it('lets a supplier token read only its own scorecard, history and ranking row', async () => {
    const token = await supplierToken(s, admin, ids['SUP-ANXI'], ['supplier:read']);
    expect((await scorecard(ids['SUP-ANXI'], month, token)).data.supplierScorecard.composite).toBe(75.2);
    expect((await scorecard(ids['SUP-YIXING'], month, token)).data.supplierScorecard).toBeNull();
    const history = await s.gql(`query($id: ID!) { supplierScoreHistory(supplierId: $id) { period } }`, { id: ids['SUP-YIXING'] }, { token });
    expect(history.data.supplierScoreHistory).toEqual([]);
    const ranking = await s.gql(`query($p: String!) { supplierRanking(period: $p) { scorecard { supplier { code } } } }`, { p: month }, { token });
    expect(ranking.data.supplierRanking.map((r: any) => r.scorecard.supplier.code)).toEqual(['SUP-ANXI']);
    const list = await s.gql(`{ suppliers { totalCount nodes { code } } supplierEvaluations { nodes { supplier { code } } } }`, {}, { token });
    expect(list.data.suppliers.nodes).toEqual([{ code: 'SUP-ANXI' }]);
    expect(new Set(list.data.supplierEvaluations.nodes.map((n: any) => n.supplier.code))).toEqual(new Set(['SUP-ANXI']));
  });
});
