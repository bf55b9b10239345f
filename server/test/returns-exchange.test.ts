import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { act, createCourier, defaultFees, FULL_CHECKLIST, orderTokens, stockIn, type OrderTokens } from './fixtures/orders.js';
import { openApproved, returnTokens, rr, shippedOrder, type ReturnTokens } from './returns-helpers.js';
import { StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
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
  [{ id: wh }] = await makeWarehouses(s.orm, 'EXC');
  await defaultFees(s, t.warehouseLead);
  courier = await createCourier(s, t.warehouseLead, 'STO');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

describe('an exchange', () => {
  it('ships a zero-priced replacement order through the normal fulfilment flow', async () => {
    const [small, large] = await makeSkus(s.orm, 2, { priceFen: 9_900 });
    await stockIn(s, t.warehouseLead, small.id, wh, 5);
    await stockIn(s, t.warehouseLead, large.id, wh, 5);
    const order = await shippedOrder(s, t, wh, courier, [{ skuId: String(small.id), quantity: 1 }]);
    const request = await openApproved(s, rt, { orderId: order.id, type: 'EXCHANGE', reasonCode: 'SIZE_SPEC', lines: [{ orderLineId: order.lines[0].id, quantity: 1 }], note: '换大号' });
    const lineId = request.lines[0].id;
    // Completion needs the goods inspected and a replacement.
    expect((await rr(s, rt.clerk, 'completeReturn', 'ReturnActionInput', { id: request.id })).errors[0].code).toBe('WRONG_STATE');
    const tooMany = await rr(s, rt.clerk, 'createExchangeOrder', 'CreateExchangeOrderInput', { id: request.id, lines: [{ lineId, skuId: String(large.id), quantity: 2 }] });
    expect(tooMany.errors[0].code).toBe('OVER_QUANTITY');
    const made = await rr(s, rt.clerk, 'createExchangeOrder', 'CreateExchangeOrderInput', { id: request.id, lines: [{ lineId, skuId: String(large.id) }] },
      `returnRequest { exchangeOrder { id code } } order { id code status channel goodsFen discountFen shippingFeeFen totalFen paidFen replacementForReturnCode lines { skuCode quantity } timeline { toState note } }`);
    expect(made.errors).toEqual([]);
    expect(made.order).toMatchObject({ status: 'PAID', channel: 'OWN_SHOP', goodsFen: 9_900, discountFen: 9_900, shippingFeeFen: 0, totalFen: 0, paidFen: 0, replacementForReturnCode: request.code, lines: [{ skuCode: large.code, quantity: 1 }] });
    expect(made.returnRequest.exchangeOrder.code).toBe(made.order.code);
    expect((await rr(s, rt.clerk, 'createExchangeOrder', 'CreateExchangeOrderInput', { id: request.id })).errors[0].code).toBe('DUPLICATE');
    // No money moved for the replacement.
    expect(await s.orm.em.fork().count(LedgerEntry, { sourceId: made.order.code })).toBe(0);

    // The warehouse handles it like any other order; its stock leaves through the ledger.
    const replacement = made.order.id;
    expect((await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: replacement, warehouseId: String(wh) })).errors).toEqual([]);
    expect((await act(s, t.warehouse, 'startPicking', 'OrderActionInput', { id: replacement })).errors).toEqual([]);
    expect((await act(s, t.warehouse, 'packOrder', 'PackOrderInput', { id: replacement, checklist: FULL_CHECKLIST })).errors).toEqual([]);
    expect((await act(s, t.cs, 'confirmOrderAddress', 'ConfirmAddressInput', { id: replacement, method: 'PHONE' })).errors).toEqual([]);
    const shipped = await s.gql(`mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status } errors { code message } } }`, { i: { id: replacement, shipments: [{ courierId: courier, waybillNo: 'STX0001' }] } }, { token: t.warehouse });
    expect(shipped.data.shipOrder).toMatchObject({ errors: [], order: { status: 'SHIPPED' } });
    const out = await s.orm.em.fork().find(StockMovement, { referenceType: 'Order', referenceId: made.order.code });
    expect(out.map((m) => [m.type, m.quantity])).toEqual([['SALE_OUT', -1]]);

    // The returned small one comes back and is restocked; then the exchange completes.
    await rr(s, rt.clerk, 'receiveReturn', 'ReceiveReturnInput', { id: request.id, warehouseId: String(wh) });
    await rr(s, rt.clerk, 'inspectReturn', 'InspectReturnInput', { id: request.id, lines: [{ lineId, restockQuantity: 1 }] });
    const done = await rr(s, rt.clerk, 'completeReturn', 'ReturnActionInput', { id: request.id });
    expect(done.returnRequest).toMatchObject({ status: 'COMPLETED', exchangeOrder: { status: 'SHIPPED', totalFen: 0 } });
  });

  it('refuses a replacement for a plain return, and rejecting needs a reason', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 3_000 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 3);
    const order = await shippedOrder(s, t, wh, courier, [{ skuId: String(sku.id), quantity: 2 }]);
    const opened = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'CHANGED_MIND', lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] });
    expect((await rr(s, rt.clerk, 'createExchangeOrder', 'CreateExchangeOrderInput', { id: opened.returnRequest.id })).errors[0].code).toBe('WRONG_STATE');
    expect((await rr(s, rt.lead, 'rejectReturn', 'ReturnActionInput', { id: opened.returnRequest.id })).errors[0].code).toBe('REQUIRED');
    const rejected = await rr(s, rt.lead, 'rejectReturn', 'ReturnActionInput', { id: opened.returnRequest.id, note: '已超过七天' });
    expect(rejected.returnRequest.status).toBe('REJECTED');
    // A rejected request no longer claims its units.
    const reopened = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', { orderId: order.id, type: 'RETURN', reasonCode: 'CHANGED_MIND', lines: [{ orderLineId: order.lines[0].id, quantity: 2 }] });
    expect(reopened.errors).toEqual([]);
  });
});

describe('the return analysis and list', () => {
  it('counts requests and units by reason, product, supplier and month from the records', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const r = await s.gql(`query($from: DateTime!, $to: DateTime!) { returnAnalysis(from: $from, to: $to) {
      requests units restockedUnits defectiveUnits restockShare defectiveShare
      byReason { key requests units } byProduct { label units } bySupplier { key units } byMonth { key requests units } } }`, { from, to }, { token: rt.clerk });
    expect(r.errors).toBeUndefined();
    const a = r.data.returnAnalysis;
    // Two requests count (the exchange and the reopened return); the rejected one does not.
    expect(a).toMatchObject({ requests: 2, units: 3, restockedUnits: 1, defectiveUnits: 0, restockShare: 1, defectiveShare: 0 });
    const reasons = Object.fromEntries(a.byReason.map((b: any) => [b.key, [b.requests, b.units]]));
    expect(reasons).toMatchObject({ SIZE_SPEC: [1, 1], CHANGED_MIND: [1, 2], QUALITY_DEFECT: [0, 0] });
    expect(a.byReason).toHaveLength(8);
    expect(a.byProduct.map((b: any) => b.units).sort()).toEqual([1, 2]);
    expect(a.bySupplier).toEqual([{ key: 'none', units: 3 }]);
    expect(a.byMonth).toHaveLength(1);

    const list = await s.gql(`{ returnRequests(first: 10, where: { statuses: [COMPLETED, REQUESTED], type: EXCHANGE }, sort: { field: CODE, direction: ASC }) { totalCount nodes { code type status units exchangeOrder { code } } } }`, {}, { token: rt.clerk });
    expect(list.data.returnRequests).toMatchObject({ totalCount: 1, nodes: [{ type: 'EXCHANGE', status: 'COMPLETED', units: 1 }] });
  });
});
