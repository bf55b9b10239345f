import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { act, createCourier, createOrder, defaultFees, FULL_CHECKLIST, orderTokens, packedOrder, pay, stockIn, type OrderTokens } from './fixtures/orders.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CustomerChannel } from '../src/modules/customers/entities/enums.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { Reservation, ReservationStatus } from '../src/modules/inventory/entities/reservation.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let t: OrderTokens;
let wh: number;
let courier: string;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  [{ id: wh }] = await makeWarehouses(s.orm, 'ORD');
  await defaultFees(s, t.warehouseLead);
  courier = await createCourier(s, t.warehouseLead, 'ZTO');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const level = (skuId: number) => s.orm.em.fork().findOneOrFail(StockLevel, { sku: skuId, warehouse: wh });
const ship = (token: string, id: string, waybillNo: string) => s.gql(
  `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status shippedAt } shipments { waybillNo status } errors { field code message } } }`,
  { i: { id, shipments: [{ courierId: courier, waybillNo }] } }, { token });

describe('an order from payment to completion', () => {
  it('walks every state, reserving on allocation and leaving the ledger on shipping, with a timeline', async () => {
    const [sku, other] = await makeSkus(s.orm, 2, { priceFen: 5_000 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 10);
    await stockIn(s, t.warehouseLead, other.id, wh, 10);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 2 }, { skuId: String(other.id), quantity: 1, discountFen: 500 }], buyerNote: '请用纸箱' });
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', goodsFen: 15_000, discountFen: 500, shippingFeeFen: 1_000, totalFen: 15_500, weightGrams: 750 });
    expect(order.code).toMatch(/^SO\d{6}\d{7}$/);

    // Part payment keeps it waiting; the rest pays it.
    const first = await pay(s, t.manager, order.id, 10_000);
    expect(first.order).toEqual({ status: 'PENDING_PAYMENT', paidFen: 10_000 });
    const over = await pay(s, t.manager, order.id, 6_000);
    expect(over.errors[0].code).toBe('OVERPAYMENT');
    expect((await pay(s, t.manager, order.id, 5_500)).order).toEqual({ status: 'PAID', paidFen: 15_500 });

    const allocated = await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: order.id, warehouseId: String(wh), note: '杭州仓' });
    expect(allocated.order.status).toBe('ALLOCATED');
    expect(await level(sku.id)).toMatchObject({ onHand: 10, reserved: 2 });
    expect(await s.orm.em.fork().count(Reservation, { referenceType: 'Order', referenceId: order.code, status: ReservationStatus.ACTIVE })).toBe(2);

    expect((await act(s, t.warehouse, 'startPicking', 'OrderActionInput', { id: order.id })).order.status).toBe('PICKING');
    const packed = await act(s, t.warehouse, 'packOrder', 'PackOrderInput', { id: order.id, checklist: FULL_CHECKLIST });
    expect(packed.order).toMatchObject({ status: 'PACKED', packChecklist: { complete: true }, shipBlockers: ['ADDRESS_UNCONFIRMED'] });
    const confirmed = await act(s, t.cs, 'confirmOrderAddress', 'ConfirmAddressInput', { id: order.id, method: 'ALIWANGWANG', note: '买家确认地址无误' });
    expect(confirmed.order.addressConfirmation).toEqual({ by: 'cs1@demo.shop', method: 'ALIWANGWANG' });

    const shipped = await ship(t.warehouse, order.id, 'ZT100200300');
    expect(shipped.data.shipOrder.errors).toEqual([]);
    expect(shipped.data.shipOrder.shipments).toEqual([{ waybillNo: 'ZT100200300', status: 'IN_TRANSIT' }]);
    expect(await level(sku.id)).toMatchObject({ onHand: 8, reserved: 0 });
    const movements = await s.orm.em.fork().find(StockMovement, { referenceType: 'Order', referenceId: order.code });
    expect(movements.map((m) => [m.type, m.quantity]).sort()).toEqual([['SALE_OUT', -1], ['SALE_OUT', -2]]);

    // Double shipping is refused and takes nothing more from stock.
    const again = await ship(t.warehouse, order.id, 'ZT100200301');
    expect(again.data.shipOrder.errors[0].code).toBe('WRONG_STATE');
    expect((await level(sku.id)).onHand).toBe(8);

    const events = await s.gql(`query($id: ID!) { order(id: $id) { shipments { id } } }`, { id: order.id }, { token: t.warehouse });
    const shipmentId = events.data.order.shipments[0].id;
    const signed = await s.gql(`mutation($i: AddTrackingEventInput!) { addTrackingEvent(input: $i) { shipment { status signedAt } errors { code } } }`,
      { i: { shipmentId, at: new Date().toISOString(), status: 'SIGNED', description: '本人签收' } }, { token: t.warehouse });
    expect(signed.data.addTrackingEvent.shipment.status).toBe('SIGNED');

    const done = await act(s, t.csLead, 'completeOrder', 'OrderActionInput', { id: order.id, note: '交易成功' });
    expect(done.order.status).toBe('COMPLETED');
    expect(done.order.timeline.map((e: any) => `${e.fromState ?? '∅'}→${e.toState}`)).toEqual([
      '∅→PENDING_PAYMENT', 'PENDING_PAYMENT→PAID', 'PAID→ALLOCATED', 'ALLOCATED→PICKING', 'PICKING→PACKED', 'PACKED→PACKED',
      'PACKED→SHIPPED', 'SHIPPED→DELIVERED', 'DELIVERED→COMPLETED',
    ]);
    const byActor = Object.fromEntries(done.order.timeline.map((e: any) => [e.toState === 'PACKED' && e.fromState === 'PACKED' ? 'CONFIRMED' : e.toState, e.actorLabel]));
    expect(byActor).toMatchObject({ PENDING_PAYMENT: 'cs.lead@demo.shop', PAID: 'manager@demo.shop', ALLOCATED: 'warehouse1@demo.shop', CONFIRMED: 'cs1@demo.shop', COMPLETED: 'cs.lead@demo.shop' });
    expect(done.order.timeline[0].note).toContain('请用纸箱');
  });
});

describe('the customer', () => {
  it('a completed order adds what was paid to its customer’s lifetime value', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 20_000 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 3);
    const em = s.orm.em.fork();
    const customer = em.create(Customer, { name: '回头客', channel: CustomerChannel.TMALL });
    await em.flush();
    const order = await packedOrder(s, t, wh, [{ skuId: String(sku.id), quantity: 1 }], { customerId: String(customer.id) });
    expect((await ship(t.warehouse, order.id, 'ZT700000001')).data.shipOrder.errors).toEqual([]);
    const detail = await s.gql(`query($id: ID!) { order(id: $id) { shipments { id } } }`, { id: order.id }, { token: t.warehouse });
    await s.gql(`mutation($i: AddTrackingEventInput!) { addTrackingEvent(input: $i) { errors { code } } }`, { i: { shipmentId: detail.data.order.shipments[0].id, at: new Date().toISOString(), status: 'SIGNED' } }, { token: t.warehouse });
    expect((await act(s, t.csLead, 'completeOrder', 'OrderActionInput', { id: order.id })).errors).toEqual([]);
    const after = await s.orm.em.fork().findOneOrFail(Customer, customer.id);
    expect({ lifetimeValueFen: after.lifetimeValueFen, orderCount: after.orderCount }).toEqual({ lifetimeValueFen: order.totalFen, orderCount: 1 });
  });
});

describe('refusals', () => {
  it('refuses steps in the wrong state', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(s, t.warehouseLead, sku.id, wh, 5);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    const wrong = async (token: string, operation: string, type: string, input: Record<string, unknown>) => (await act(s, token, operation, type, { id: order.id, ...input })).errors[0]?.code;
    expect(await wrong(t.warehouse, 'allocateOrder', 'AllocateOrderInput', {})).toBe('WRONG_STATE');
    expect(await wrong(t.warehouse, 'startPicking', 'OrderActionInput', {})).toBe('WRONG_STATE');
    expect(await wrong(t.warehouse, 'packOrder', 'PackOrderInput', { checklist: FULL_CHECKLIST })).toBe('WRONG_STATE');
    expect(await wrong(t.csLead, 'completeOrder', 'OrderActionInput', {})).toBe('WRONG_STATE');
    expect(await wrong(t.csLead, 'cancelOrder', 'EndOrderInput', { reason: '买家不要了' })).toBe('WRONG_STATE');
    expect((await ship(t.warehouse, order.id, 'ZT999000111')).data.shipOrder.errors[0].code).toBe('WRONG_STATE');
    await pay(s, t.manager, order.id, order.totalFen);
    expect(await wrong(t.warehouse, 'startPicking', 'OrderActionInput', {})).toBe('WRONG_STATE');
    expect(await wrong(t.csLead, 'closeOrder', 'EndOrderInput', {})).toBe('WRONG_STATE');
    expect((await pay(s, t.manager, order.id, 100)).errors[0].code).toBe('WRONG_STATE');
  });

  it('refuses to ship with an incomplete checklist or an unconfirmed address, until ticked and a manager overrides', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await stockIn(s, t.warehouseLead, sku.id, wh, 5);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    await pay(s, t.manager, order.id, order.totalFen);
    await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: order.id, warehouseId: String(wh) });
    await act(s, t.warehouse, 'startPicking', 'OrderActionInput', { id: order.id });
    const packed = await act(s, t.warehouse, 'packOrder', 'PackOrderInput', { id: order.id, checklist: { ...FULL_CHECKLIST, giftsIncluded: false, shippingSlipIncluded: false } });
    expect(packed.order.shipBlockers).toEqual(['ADDRESS_UNCONFIRMED', 'CHECKLIST_INCOMPLETE']);

    const refused = await ship(t.warehouse, order.id, 'ZT555000111');
    expect(refused.data.shipOrder.errors.map((e: any) => e.code)).toEqual(['ADDRESS_UNCONFIRMED', 'CHECKLIST_INCOMPLETE']);
    expect(refused.data.shipOrder.errors[1].message).toContain('gifts earned, shipping slip');
    expect((await level(sku.id)).reserved).toBe(1);

    // A warehouse specialist cannot override; the manager can, and the reason is kept.
    const denied = await act(s, t.warehouse, 'overrideAddressCheck', 'OverrideAddressCheckInput', { id: order.id, reason: 'x' });
    expect(denied.errors[0].code).toBe('FORBIDDEN');
    const overridden = await act(s, t.manager, 'overrideAddressCheck', 'OverrideAddressCheckInput', { id: order.id, reason: '买家电话无人接听，按平台地址发' });
    expect(overridden.order.checkOverride).toEqual({ by: 'manager@demo.shop', reason: '买家电话无人接听，按平台地址发' });
    expect((await ship(t.warehouse, order.id, 'ZT555000112')).data.shipOrder.errors.map((e: any) => e.code)).toEqual(['CHECKLIST_INCOMPLETE']);

    await act(s, t.warehouse, 'recordPackChecklist', 'PackOrderInput', { id: order.id, checklist: FULL_CHECKLIST, note: '补放赠品和面单' });
    const ok = await ship(t.warehouse, order.id, 'ZT555000113');
    expect(ok.data.shipOrder.order.status).toBe('SHIPPED');
    const detail = await s.gql(`query($id: ID!) { order(id: $id) { timeline { note actorLabel } } }`, { id: order.id }, { token: t.manager });
    expect(detail.data.order.timeline.map((e: any) => e.note).join('\n')).toContain('Manager override');
  });

  it('refuses callers without the permission for a step', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const input = { channel: 'OWN_SHOP', shippingMethod: 'EXPRESS', lines: [{ skuId: String(sku.id), quantity: 1 }], address: { receiverName: 'a', receiverPhone: '13800000000', province: '浙江', city: '杭州', addressDetail: 'x' } };
    const asWarehouse = await s.gql(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { errors { code } } }`, { i: input }, { token: t.warehouse });
    expect(asWarehouse.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const order = await createOrder(s, t.csLead, { lines: input.lines });
    expect((await act(s, t.cs, 'allocateOrder', 'AllocateOrderInput', { id: order.id })).errors[0].code).toBe('FORBIDDEN');
    expect((await act(s, t.warehouse, 'confirmOrderAddress', 'ConfirmAddressInput', { id: order.id, method: 'PHONE' })).errors[0].code).toBe('FORBIDDEN');
    const payAsCs = await s.gql(`mutation($i: PaymentInput!) { recordPayment(input: $i) { errors { code } } }`, { i: { orderId: order.id, amountFen: 1, method: 'CASH' } }, { token: t.csLead });
    expect(payAsCs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an allocation that cannot be covered, and holds nothing', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    await stockIn(s, t.warehouseLead, a.id, wh, 5);
    await stockIn(s, t.warehouseLead, b.id, wh, 1);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(a.id), quantity: 2 }, { skuId: String(b.id), quantity: 2 }] });
    await pay(s, t.manager, order.id, order.totalFen);
    const refused = await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: order.id, warehouseId: String(wh) });
    expect(refused.errors[0].code).toBe('INSUFFICIENT_STOCK');
    // The first line's reservation was rolled back with the rest.
    expect(await level(a.id)).toMatchObject({ onHand: 5, reserved: 0 });
    expect(await s.orm.em.fork().count(Reservation, { referenceId: order.code })).toBe(0);
    expect((await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: order.id })).errors[0].code).toBe('INSUFFICIENT_STOCK');
  });
});

describe('cancel and close', () => {
  it('cancelling an allocated order releases its stock and refunds the payment', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 8_800 });
    await stockIn(s, t.warehouseLead, sku.id, wh, 4);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 3 }] });
    await pay(s, t.manager, order.id, order.totalFen, 'WECHAT_PAY', 'WX-1');
    await act(s, t.warehouse, 'allocateOrder', 'AllocateOrderInput', { id: order.id, warehouseId: String(wh) });
    expect((await level(sku.id)).reserved).toBe(3);
    expect((await act(s, t.csLead, 'cancelOrder', 'EndOrderInput', { id: order.id })).errors[0]).toMatchObject({ field: 'reason', code: 'REQUIRED' });
    const cancelled = await act(s, t.csLead, 'cancelOrder', 'EndOrderInput', { id: order.id, reason: '买家申请取消' });
    expect(cancelled.order).toMatchObject({ status: 'CANCELLED', paidFen: 0 });
    expect(await level(sku.id)).toMatchObject({ onHand: 4, reserved: 0 });
    expect(await s.orm.em.fork().count(Reservation, { referenceId: order.code, status: ReservationStatus.RELEASED })).toBe(1);
    const payments = await s.gql(`query($id: ID!) { order(id: $id) { payments { kind method amountFen reference } } }`, { id: order.id }, { token: t.manager });
    expect(payments.data.order.payments).toEqual([
      { kind: 'PAYMENT', method: 'WECHAT_PAY', amountFen: order.totalFen, reference: 'WX-1' },
      { kind: 'REFUND', method: 'WECHAT_PAY', amountFen: order.totalFen, reference: 'WX-1' },
    ]);
    expect((await act(s, t.csLead, 'cancelOrder', 'EndOrderInput', { id: order.id, reason: 'again' })).errors[0].code).toBe('WRONG_STATE');
  });

  it('closes an unpaid order; a closed order takes no payment', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    const closed = await act(s, t.csLead, 'closeOrder', 'EndOrderInput', { id: order.id });
    expect(closed.order.status).toBe('CLOSED');
    expect((await pay(s, t.manager, order.id, 100)).errors[0].code).toBe('WRONG_STATE');
  });

  it('changing the address clears its confirmation', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    await act(s, t.cs, 'confirmOrderAddress', 'ConfirmAddressInput', { id: order.id, method: 'PHONE' });
    const moved = await act(s, t.csLead, 'updateOrderAddress', 'UpdateOrderAddressInput', { id: order.id, address: { receiverName: '李四', receiverPhone: '021-62345678', province: '上海', city: '上海市', addressDetail: '南京西路 1 号' } });
    expect(moved.errors).toEqual([]);
    expect(moved.order).toMatchObject({ province: '上海市', addressConfirmation: null, receiverPhone: '02162345678' });
    const bad = await act(s, t.csLead, 'updateOrderAddress', 'UpdateOrderAddressInput', { id: order.id, address: { receiverName: '', receiverPhone: '12', province: '火星', city: 'x', addressDetail: 'y' } });
    expect(bad.errors.map((e: any) => e.field).sort()).toEqual(['address.province', 'address.receiverName', 'address.receiverPhone']);
  });
});
