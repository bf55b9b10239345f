import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { ADDRESS, createCourier, createOrder, defaultFees, orderTokens, packedOrder, pay, stockIn, type OrderTokens } from './fixtures/orders.js';
import { Shipment } from '../src/modules/shipping/entities/shipment.entity.js';
import { LedgerCategory, LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';
import { StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let t: OrderTokens;
let wh: number;
let sf: string;
let ems: string;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  [{ id: wh }] = await makeWarehouses(s.orm, 'SHP');
  await defaultFees(s, t.warehouseLead);
  sf = await createCourier(s, t.warehouseLead, 'SF');
  ems = await createCourier(s, t.warehouseLead, 'EMS');
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const SHIP = `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { order { status } shipments { id waybillNo packageCount weightGrams costFen } errors { field code message } } }`;
const TRACK = `mutation($i: AddTrackingEventInput!) { addTrackingEvent(input: $i) { shipment { status lastEventAt } errors { field code } } }`;
const IMPORT = `mutation($i: ImportTrackingInput!) { importTrackingCsv(input: $i) { imported duplicates rowErrors { row column code } errors { code message } } }`;

async function stockedSku(quantity = 50, opts: { gift?: boolean } = {}) {
  const [sku] = await makeSkus(s.orm, 1, opts);
  await stockIn(s, t.warehouseLead, sku.id, wh, quantity);
  return String(sku.id);
}

describe('couriers and rate cards', () => {
  it('keeps a negotiated rate card and books each waybill’s cost as a shipping expense', async () => {
    const card = async (province: string, firstFeeFen: number) => s.gql(`mutation($i: SetCourierRateInput!) { setCourierRate(input: $i) { courier { code rates { method province firstFeeFen } } errors { field code } } }`,
      { i: { courierId: sf, method: 'EXPRESS', province, firstWeightGrams: 1000, firstFeeFen, additionalUnitGrams: 1000, additionalFeeFen: 400 } }, { token: t.warehouseLead });
    await card('*', 900);
    const set = await card('浙江', 600);
    expect(set.data.setCourierRate.courier.rates).toEqual([{ method: 'EXPRESS', province: '*', firstFeeFen: 900 }, { method: 'EXPRESS', province: '浙江省', firstFeeFen: 600 }]);
    expect((await s.gql(`mutation { setCourierRate(input: { courierId: "${sf}", method: EXPRESS, province: "*", firstWeightGrams: 1, firstFeeFen: 1, additionalUnitGrams: 1, additionalFeeFen: 1 }) { errors { code } } }`, {}, { token: t.warehouse })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const skuId = await stockedSku();
    // 250 g × 6 = 1.5 kg in two waybills: 750 g each, within the first kilogram.
    const order = await packedOrder(s, t, wh, [{ skuId, quantity: 6 }]);
    const shipped = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: sf, waybillNo: 'SF1000000001' }, { courierId: sf, waybillNo: 'SF1000000002', packageCount: 2 }] } }, { token: t.warehouse });
    expect(shipped.data.shipOrder.errors).toEqual([]);
    expect(shipped.data.shipOrder.shipments.map((x: any) => [x.waybillNo, x.packageCount, x.weightGrams, x.costFen])).toEqual([['SF1000000001', 1, 750, 600], ['SF1000000002', 2, 750, 600]]);
    const costs = await s.orm.em.fork().find(LedgerEntry, { category: LedgerCategory.SHIPPING_COST, sourceId: order.code }, { orderBy: { id: 'asc' } });
    expect(costs.map((c) => [c.direction, c.amountFen, c.reference])).toEqual([['EXPENSE', 600, 'SF1000000001'], ['EXPENSE', 600, 'SF1000000002']]);
  });

  it('refuses a waybill already used, an inactive courier and a malformed number', async () => {
    const skuId = await stockedSku();
    const order = await packedOrder(s, t, wh, [{ skuId, quantity: 1 }]);
    const lazy = await createCourier(s, t.warehouseLead, 'LAZY');
    await s.gql(`mutation($i: UpdateCourierInput!) { updateCourier(input: $i) { errors { code } } }`, { i: { id: lazy, active: false } }, { token: t.warehouseLead });
    const r = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: sf, waybillNo: 'SF1000000001' }, { courierId: lazy, waybillNo: 'LZ12345678' }, { courierId: sf, waybillNo: 'bad no' }] } }, { token: t.warehouse });
    expect(r.data.shipOrder.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['shipments.1.courierId:INVALID', 'shipments.2.waybillNo:INVALID']);
    const dup = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: sf, waybillNo: 'SF1000000001' }] } }, { token: t.warehouse });
    expect(dup.data.shipOrder.errors).toEqual([expect.objectContaining({ field: 'shipments.0.waybillNo', code: 'DUPLICATE' })]);
    // The same number with another courier is a different waybill.
    const other = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: ems, waybillNo: 'SF1000000001' }] } }, { token: t.warehouse });
    expect(other.data.shipOrder.errors).toEqual([]);
  });

  it('sends gift stock out as a gift-out movement when the order ships', async () => {
    const skuId = await stockedSku();
    const giftId = await stockedSku(5, { gift: true });
    const order = await packedOrder(s, t, wh, [{ skuId, quantity: 1 }, { skuId: giftId, quantity: 2 }]);
    expect((await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: ems, waybillNo: 'EM000000001CN' }] } }, { token: t.warehouse })).data.shipOrder.errors).toEqual([]);
    const moves = await s.orm.em.fork().find(StockMovement, { referenceId: order.code }, { orderBy: { id: 'asc' } });
    expect(moves.map((m) => [m.type, m.quantity])).toEqual([['SALE_OUT', -1], ['GIFT_OUT', -2]]);
  });
});

describe('tracking until signed for', () => {
  it('follows a waybill by hand and by CSV, delivers the order when every parcel is signed, and reports bad rows', async () => {
    const skuId = await stockedSku();
    const order = await packedOrder(s, t, wh, [{ skuId, quantity: 4 }]);
    const shipped = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: sf, waybillNo: 'SF2000000001' }, { courierId: sf, waybillNo: 'SF2000000002' }] } }, { token: t.warehouse });
    const [first, second] = shipped.data.shipOrder.shipments;
    const hand = await s.gql(TRACK, { i: { shipmentId: first.id, at: new Date(Date.now() - 3_600_000).toISOString(), status: 'COLLECTED', location: '杭州' } }, { token: t.warehouse });
    expect(hand.data.addTrackingEvent.errors).toEqual([]);

    const now = new Date();
    const local = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const csv = [
      'waybill_no,courier,time,status,location,description',
      `SF2000000001,SF,${local(50)},运输中,上海转运中心,`,
      `SF2000000001,SF,${local(10)},已签收,上海,本人签收`,
      `SF2000000002,SF,${local(40)},IN_TRANSIT,上海,`,
      `SF9999999999,SF,${local(30)},运输中,上海,`,
      `SF2000000002,SF,yesterday,运输中,上海,`,
      `SF2000000002,SF,${local(20)},飞走了,上海,`,
    ].join('\n');
    const imported = await s.gql(IMPORT, { i: { csv } }, { token: t.warehouse });
    expect(imported.data.importTrackingCsv).toMatchObject({ imported: 3, duplicates: 0, errors: [] });
    expect(imported.data.importTrackingCsv.rowErrors).toEqual([{ row: 5, column: 'waybill_no', code: 'NOT_FOUND' }, { row: 6, column: 'time', code: 'INVALID' }, { row: 7, column: 'status', code: 'INVALID' }]);
    // The same file again adds nothing.
    expect((await s.gql(IMPORT, { i: { csv } }, { token: t.warehouse })).data.importTrackingCsv).toMatchObject({ imported: 0, duplicates: 3 });

    const mid = await s.gql(`query($id: ID!) { order(id: $id) { status shipments { status events { status location source actorLabel } } } }`, { id: order.id }, { token: t.manager });
    expect(mid.data.order.status).toBe('SHIPPED');
    expect(mid.data.order.shipments[0].events.map((e: any) => [e.status, e.source])).toEqual([['COLLECTED', 'MANUAL'], ['IN_TRANSIT', 'IMPORT'], ['SIGNED', 'IMPORT']]);
    // A signed waybill takes no more events.
    const late = await s.gql(TRACK, { i: { shipmentId: first.id, at: now.toISOString(), status: 'IN_TRANSIT' } }, { token: t.warehouse });
    expect(late.data.addTrackingEvent.errors).toEqual([{ field: 'waybillNo', code: 'WRONG_STATE' }]);

    await s.gql(TRACK, { i: { shipmentId: second.id, at: now.toISOString(), status: 'SIGNED', description: '门卫代签' } }, { token: t.warehouse });
    const done = await s.gql(`query($id: ID!) { order(id: $id) { status timeline { toState note } } }`, { id: order.id }, { token: t.manager });
    expect(done.data.order.status).toBe('DELIVERED');
    expect(done.data.order.timeline.at(-1)).toEqual({ toState: 'DELIVERED', note: 'Signed for (SF2000000002): 门卫代签' });
  });

  it('lists overdue waybills (no update in N days) and finds shipments by part of the waybill', async () => {
    const skuId = await stockedSku();
    const order = await packedOrder(s, t, wh, [{ skuId, quantity: 1 }]);
    const shipped = await s.gql(SHIP, { i: { id: order.id, shipments: [{ courierId: ems, waybillNo: 'EM777000555CN' }] } }, { token: t.warehouse });
    const id = Number(shipped.data.shipOrder.shipments[0].id);
    await s.orm.em.fork().nativeUpdate(Shipment, { id }, { lastEventAt: new Date(Date.now() - 5 * 86_400_000) });
    const overdue = async (days: number) => (await s.gql(`query($d: Int) { overdueShipments(days: $d, first: 100) { nodes { waybillNo order { code } } } }`, { d: days }, { token: t.warehouse })).data.overdueShipments.nodes;
    expect(await overdue(3)).toEqual([{ waybillNo: 'EM777000555CN', order: { code: order.code } }]);
    expect(await overdue(6)).toEqual([]);
    const found = await s.gql(`{ shipments(first: 10, where: { waybillNo: "777000" }) { totalCount nodes { waybillNo courier { code } } } }`, {}, { token: t.cs });
    expect(found.data.shipments).toEqual({ totalCount: 1, nodes: [{ waybillNo: 'EM777000555CN', courier: { code: 'EMS' } }] });
  });
});

describe('the fulfilment queue', () => {
  it('puts configured high-traffic regions first, then the longest-waiting, and re-ranks when regions change', async () => {
    const skuId = await stockedSku();
    const paidIn = async (province: string) => {
      const o = await createOrder(s, t.csLead, { lines: [{ skuId, quantity: 1 }], address: { ...ADDRESS, province } });
      await pay(s, t.manager, o.id, o.totalFen);
      return o.code as string;
    };
    const beijing = await paidIn('北京');
    const guangdong = await paidIn('广东');
    const jiangsu = await paidIn('江苏');
    const mine = [beijing, guangdong, jiangsu];
    const queue = async () => (await s.gql(`{ fulfilmentQueue(first: 100, where: { statuses: [PAID] }) { nodes { code shipFirst } } }`, {}, { token: t.warehouse })).data.fulfilmentQueue.nodes
      .filter((n: any) => mine.includes(n.code)).map((n: any) => n.code);
    expect(await queue()).toEqual([beijing, guangdong, jiangsu]);
    const set = await s.gql(`mutation { setShipFirstRegions(input: { provinces: ["广东", "江苏省"], note: "双11 主力地区" }) { regions { province } errors { code } } }`, {}, { token: t.warehouseLead });
    expect(set.data.setShipFirstRegions.regions).toEqual([{ province: '广东省' }, { province: '江苏省' }]);
    expect(await queue()).toEqual([guangdong, jiangsu, beijing]);
    // New orders are ranked as they come in.
    mine.push(await paidIn('江苏'));
    expect(await queue()).toEqual([guangdong, jiangsu, mine[3], beijing]);
  });

  it('ships a batch, each order on its own', async () => {
    const skuId = await stockedSku();
    const ready = await packedOrder(s, t, wh, [{ skuId, quantity: 1 }]);
    const unpaid = await createOrder(s, t.csLead, { lines: [{ skuId, quantity: 1 }] });
    const r = await s.gql(`mutation($i: ShipOrdersInput!) { shipOrders(input: $i) { results { orderId order { status } errors { code } } errors { code } } }`, { i: { orders: [
      { id: ready.id, shipments: [{ courierId: sf, waybillNo: 'SF3000000001' }] },
      { id: unpaid.id, shipments: [{ courierId: sf, waybillNo: 'SF3000000002' }] },
    ] } }, { token: t.warehouse });
    expect(r.data.shipOrders).toEqual({ errors: [], results: [
      { orderId: ready.id, order: { status: 'SHIPPED' }, errors: [] },
      { orderId: unpaid.id, order: null, errors: [{ code: 'WRONG_STATE' }] },
    ] });
  });
});
