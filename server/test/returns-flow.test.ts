import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { createCourier, defaultFees, orderTokens, stockIn, type OrderTokens } from './fixtures/orders.js';
import { openApproved, returnTokens, REFUND_FIELDS, rr, shippedOrder, type ReturnTokens } from './returns-helpers.js';
import { Partner, PartnerType } from '../src/modules/partners/entities/partner.entity.js';
import { SupplierSku } from '../src/modules/suppliers/entities/supplier-sku.entity.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { DefectiveHolding } from '../src/modules/inventory/entities/defective-holding.entity.js';
import { LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let t: OrderTokens;
let rt: ReturnTokens;
let wh: number;
let courier: string;
beforeAll(async () => {
  s = await startTestServer();
  [t, rt] = await Promise.all([orderTokens(s), returnTokens(s)]);
  [{ id: wh }] = await makeWarehouses(s.orm, 'RET');
  await defaultFees(s, t.warehouseLead);
  courier = await createCourier(s, t.warehouseLead, 'YTO');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const level = (skuId: number) => s.orm.em.fork().findOneOrFail(StockLevel, { sku: skuId, warehouse: wh });

describe('a return restocked and kept apart, refunded', () => {
  it('puts saleable units back through the ledger, keeps defective ones apart for the supplier, and refunds into the money ledger', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 5_000 });
    const em = s.orm.em.fork();
    const supplier = em.create(Partner, { type: PartnerType.SUPPLIER, code: `SUP-R${sku.id}`, name: '福建茶厂' });
    em.create(SupplierSku, { supplier, sku: em.getReference(Sku, sku.id), unitPrice: 2_000, leadTimeDays: 7, minOrderQuantity: 1, preferred: true });
    await em.flush();
    await stockIn(s, t.warehouseLead, sku.id, wh, 10);
    const order = await shippedOrder(s, t, wh, courier, [{ skuId: String(sku.id), quantity: 3 }]);
    expect((await level(sku.id)).onHand).toBe(7);
    const line = order.lines[0];

    // Wrong role: customer service reads returns but cannot open one.
    const forbidden = await rr(s, rt.cs, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'QUALITY_DEFECT', lines: [{ orderLineId: line.id, quantity: 1 }] });
    expect(forbidden.errors[0].code).toBe('FORBIDDEN');
    const tooMany = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'QUALITY_DEFECT', lines: [{ orderLineId: line.id, quantity: 4 }] });
    expect(tooMany.errors).toMatchObject([{ code: 'OVER_QUANTITY', field: 'lines.0.quantity' }]);

    const opened = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'QUALITY_DEFECT', note: '茶饼发霉', lines: [{ orderLineId: line.id, quantity: 3 }] });
    expect(opened.errors).toEqual([]);
    const request = opened.returnRequest;
    expect(request).toMatchObject({ status: 'REQUESTED', type: 'RETURN', orderCode: order.code, units: 3 });
    expect(request.code).toMatch(/^RR-\d{8}-\d{3}$/);
    // Everything shipped is now claimed: a second request is refused.
    const again = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'OTHER', lines: [{ orderLineId: line.id, quantity: 1 }] });
    expect(again.errors[0].code).toBe('OVER_QUANTITY');

    // The specialist cannot approve; receiving before approval is the wrong state.
    expect((await rr(s, rt.clerk, 'approveReturn', 'ReturnActionInput', { id: request.id })).errors[0].code).toBe('FORBIDDEN');
    expect((await rr(s, rt.clerk, 'receiveReturn', 'ReceiveReturnInput', { id: request.id, warehouseId: String(wh) })).errors[0].code).toBe('WRONG_STATE');
    expect((await rr(s, rt.lead, 'approveReturn', 'ReturnActionInput', { id: request.id })).returnRequest.status).toBe('APPROVED');
    expect((await rr(s, rt.lead, 'approveReturn', 'ReturnActionInput', { id: request.id })).errors[0].code).toBe('WRONG_STATE');
    const received = await rr(s, rt.clerk, 'receiveReturn', 'ReceiveReturnInput', { id: request.id, warehouseId: String(wh), note: '退货运单 YT123' });
    expect(received.returnRequest).toMatchObject({ status: 'RECEIVED', warehouse: { code: 'RET' } });

    const rLine = received.returnRequest.lines[0];
    const restock = await rr(s, rt.clerk, 'inspectReturn', 'InspectReturnInput', { id: request.id, lines: [{ lineId: rLine.id, restockQuantity: 2, note: '外包装完好' }] });
    expect(restock.errors).toEqual([]);
    expect(restock.returnRequest).toMatchObject({ status: 'RECEIVED', lines: [{ restockedQuantity: 2, uninspectedQuantity: 1 }] });
    expect((await level(sku.id)).onHand).toBe(9);
    const returnIn = await s.orm.em.fork().find(StockMovement, { referenceType: 'ReturnRequest', referenceId: request.code });
    expect(returnIn.map((m) => [m.type, m.quantity, m.onHandAfter])).toEqual([['RETURN_IN', 2, 9]]);

    const over = await rr(s, rt.clerk, 'inspectReturn', 'InspectReturnInput', { id: request.id, lines: [{ lineId: rLine.id, defectiveQuantity: 2 }] });
    expect(over.errors[0].code).toBe('OVER_QUANTITY');
    const defective = await rr(s, rt.clerk, 'inspectReturn', 'InspectReturnInput', { id: request.id, lines: [{ lineId: rLine.id, defectiveQuantity: 1, note: '霉变' }] });
    expect(defective.errors).toEqual([]);
    expect(defective.returnRequest.status).toBe('INSPECTED');
    expect(defective.returnRequest.inspections.map((i: any) => [i.outcome, i.quantity])).toEqual([['RESTOCK', 2], ['DEFECTIVE', 1]]);
    // Kept apart: saleable stock does not move, a holding charged to the preferred supplier exists.
    expect((await level(sku.id)).onHand).toBe(9);
    const holding = await s.orm.em.fork().findOneOrFail(DefectiveHolding, { sourceRef: request.code });
    expect(holding).toMatchObject({ source: 'CUSTOMER_RETURN', quantity: 1, heldQuantity: 1 });
    expect(holding.supplier?.id).toBe(supplier.id);
    expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);

    // Refund: more than paid is refused; the rest is paid into the money ledger on approval.
    const overRefund = await rr(s, rt.clerk, 'requestRefund', 'RequestRefundInput', { returnRequestId: request.id, amountFen: order.paidFen + 1, method: 'ALIPAY', reason: '质量问题退款' }, REFUND_FIELDS);
    expect(overRefund.errors[0].code).toBe('OVERREFUND');
    const asked = await rr(s, rt.clerk, 'requestRefund', 'RequestRefundInput', { returnRequestId: request.id, amountFen: 15_000, method: 'ALIPAY', reason: '质量问题退款' }, REFUND_FIELDS);
    expect(asked.refund).toMatchObject({ status: 'REQUESTED', needsSecondApproval: false });
    // A pending refund holds its amount: asking for the rest again is over the limit.
    const double = await rr(s, rt.clerk, 'requestRefund', 'RequestRefundInput', { returnRequestId: request.id, amountFen: order.paidFen - 15_000 + 1, method: 'ALIPAY', reason: 'again' }, REFUND_FIELDS);
    expect(double.errors[0].code).toBe('OVERREFUND');
    expect((await rr(s, rt.clerk, 'approveRefund', 'RefundActionInput', { id: asked.refund.id }, REFUND_FIELDS)).errors[0].code).toBe('FORBIDDEN');
    const paid = await rr(s, rt.lead, 'approveRefund', 'RefundActionInput', { id: asked.refund.id }, REFUND_FIELDS);
    expect(paid.errors).toEqual([]);
    expect(paid.refund).toMatchObject({ status: 'PAID', firstApproverLabel: 'aftersales.lead@demo.shop', payment: { kind: 'REFUND', amountFen: 15_000, reference: asked.refund.code } });
    const entries = await s.orm.em.fork().find(LedgerEntry, { sourceType: 'Order', sourceId: order.code, category: 'REFUND' as never });
    expect(entries.map((e) => e.amountFen)).toEqual([15_000]);
    const after = await s.gql(`query($id: ID!) { order(id: $id) { paidFen } }`, { id: order.id }, { token: t.admin });
    expect(after.data.order.paidFen).toBe(order.paidFen - 15_000);

    const done = await rr(s, rt.clerk, 'completeReturn', 'ReturnActionInput', { id: request.id, note: '已退款' });
    expect(done.returnRequest).toMatchObject({ status: 'COMPLETED', refundedFen: 15_000 });
    expect(done.returnRequest.timeline.map((e: any) => `${e.fromState ?? '∅'}→${e.toState}`)).toEqual(expect.arrayContaining(['∅→REQUESTED', 'REQUESTED→APPROVED', 'APPROVED→RECEIVED', 'RECEIVED→INSPECTED', 'INSPECTED→COMPLETED']));
    expect((await rr(s, rt.clerk, 'cancelReturn', 'ReturnActionInput', { id: request.id, note: 'x' })).errors[0].code).toBe('WRONG_STATE');
  });
});

describe('a large refund', () => {
  it('needs a second approver who is not the first, and blocks completion until then', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 80_000 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 2);
    const order = await shippedOrder(s, t, wh, courier, [{ skuId: String(sku.id), quantity: 1 }]);
    const request = await openApproved(s, rt, { orderId: order.id, type: 'REFUND_ONLY', reasonCode: 'NOT_AS_DESCRIBED', lines: [{ orderLineId: order.lines[0].id, quantity: 1 }], refundAmountFen: 60_000 });
    // Refund-only requests never receive goods.
    expect((await rr(s, rt.clerk, 'receiveReturn', 'ReceiveReturnInput', { id: request.id, warehouseId: String(wh) })).errors[0].code).toBe('WRONG_STATE');
    const asked = await rr(s, rt.clerk, 'requestRefund', 'RequestRefundInput', { returnRequestId: request.id, amountFen: 60_000, method: 'WECHAT_PAY', reason: '与描述不符，部分退款' }, REFUND_FIELDS);
    expect(asked.refund).toMatchObject({ status: 'REQUESTED', needsSecondApproval: true });
    const first = await rr(s, rt.lead, 'approveRefund', 'RefundActionInput', { id: asked.refund.id }, REFUND_FIELDS);
    expect(first.refund).toMatchObject({ status: 'AWAITING_SECOND_APPROVAL', payment: null });
    expect((await rr(s, rt.clerk, 'completeReturn', 'ReturnActionInput', { id: request.id })).errors[0].code).toBe('NEEDS_SECOND_APPROVAL');
    expect((await rr(s, rt.lead, 'approveRefund', 'RefundActionInput', { id: asked.refund.id }, REFUND_FIELDS)).errors[0].code).toBe('SELF_APPROVAL');
    const before = await s.orm.em.fork().count(LedgerEntry, { sourceId: order.code, category: 'REFUND' as never });
    expect(before).toBe(0);
    const second = await rr(s, rt.manager, 'approveRefund', 'RefundActionInput', { id: asked.refund.id }, REFUND_FIELDS);
    expect(second.refund).toMatchObject({ status: 'PAID', firstApproverLabel: 'aftersales.lead@demo.shop', secondApproverLabel: 'manager@demo.shop', payment: { amountFen: 60_000 } });
    expect((await rr(s, rt.clerk, 'completeReturn', 'ReturnActionInput', { id: request.id })).returnRequest.status).toBe('COMPLETED');
    const list = await s.gql(`{ refunds(first: 5, where: { needsSecondApproval: true, search: "${order.code}" }) { totalCount nodes { code status returnRequest { code } } } }`, {}, { token: rt.clerk });
    expect(list.data.refunds).toMatchObject({ totalCount: 1, nodes: [{ status: 'PAID', returnRequest: { code: request.code } }] });
  });
});
