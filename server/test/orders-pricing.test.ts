import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { ADDRESS, CREATE, createOrder, orderTokens, setFee, type OrderTokens } from './fixtures/orders.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CustomerChannel } from '../src/modules/customers/entities/enums.js';
import { weightFeeFen } from '../src/modules/shipping/services/weight-fee.js';
import { canonicalProvince } from '../src/modules/shipping/services/provinces.js';
import { parseShopTime } from '../src/modules/shipping/services/local-time.js';

let s: TestServer;
let t: OrderTokens;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  // EXPRESS: 12 yuan first kg + 6 yuan per started kg anywhere; Xinjiang 20 + 15; free from 99 yuan except Xinjiang.
  await setFee(s, t.warehouseLead, { method: 'EXPRESS', province: '*', firstWeightGrams: 1000, firstFeeFen: 1200, additionalUnitGrams: 1000, additionalFeeFen: 600, freeShippingThresholdFen: 9_900 });
  await setFee(s, t.warehouseLead, { method: 'EXPRESS', province: '新疆', firstWeightGrams: 1000, firstFeeFen: 2000, additionalUnitGrams: 1000, additionalFeeFen: 1500 });
  // SURFACE: 8 yuan first 2 kg + 2 yuan per started 500 g; EMS: 20 yuan first 500 g + 8 yuan per started 500 g.
  await setFee(s, t.warehouseLead, { method: 'SURFACE', province: '*', firstWeightGrams: 2000, firstFeeFen: 800, additionalUnitGrams: 500, additionalFeeFen: 200 });
  await setFee(s, t.warehouseLead, { method: 'EMS', province: '*', firstWeightGrams: 500, firstFeeFen: 2000, additionalUnitGrams: 500, additionalFeeFen: 800 });
});
afterAll(async () => { await s?.close(); });

/** A SKU of the given weight and price. */
async function sku(weightGrams: number, priceFen: number, extra: Partial<Sku> = {}) {
  const [k] = await makeSkus(s.orm, 1, { priceFen });
  const em = s.orm.em.fork();
  await em.nativeUpdate(Sku, { id: k.id }, { weightGrams, ...extra });
  return String(k.id);
}

const quote = async (input: Record<string, unknown>) => {
  const r = await s.gql(`query($i: CreateOrderInput!) { quoteOrder(input: $i) { quote { goodsFen discountFen shippingFeeFen freeShipping totalFen weightGrams province } errors { field code message } } }`,
    { i: { channel: 'OWN_SHOP', shippingMethod: 'EXPRESS', address: ADDRESS, ...input } }, { token: t.csLead });
  return r.data.quoteOrder;
};

describe('shipping fees by method and region', () => {
  it.each([
    // method, province, grams, goods fen → fee fen
    ['EXPRESS', '浙江', 1000, 5_000, 1200],
    ['EXPRESS', '浙江', 1001, 5_000, 1800],
    ['EXPRESS', '浙江', 2600, 5_000, 2400],
    ['EXPRESS', '浙江', 2600, 9_900, 0],
    ['EXPRESS', '新疆维吾尔自治区', 2600, 5_000, 5000],
    ['EXPRESS', '新疆', 2600, 20_000, 5000],
    ['SURFACE', '浙江', 2000, 5_000, 800],
    ['SURFACE', '广西', 3200, 5_000, 1400],
    ['EMS', '西藏', 1200, 50_000, 3600],
  ])('%s to %s, %i g, goods %i fen: fee %i fen', async (method, province, grams, priceFen, fee) => {
    const skuId = await sku(grams, priceFen);
    const q = await quote({ shippingMethod: method, address: { ...ADDRESS, province }, lines: [{ skuId, quantity: 1 }] });
    expect(q.errors).toEqual([]);
    expect(q.quote).toMatchObject({ shippingFeeFen: fee, freeShipping: fee === 0, weightGrams: grams, totalFen: priceFen + fee });
    expect(q.quote.province).toBe(canonicalProvince(province));
  });

  it('refuses a destination no template covers', async () => {
    await s.gql(`mutation { setShippingFeeTemplate(input: { method: SURFACE, province: "西藏", firstWeightGrams: 1000, firstFeeFen: 5000, additionalUnitGrams: 1000, additionalFeeFen: 2000 }) { errors { code } } }`, {}, { token: t.warehouseLead });
    const templates = await s.gql(`{ shippingFeeTemplates(method: EMS) { id province } }`, {}, { token: t.warehouseLead });
    const ems = templates.data.shippingFeeTemplates.find((r: any) => r.province === '*');
    await s.gql(`mutation($i: IdInput!) { removeShippingFeeTemplate(input: $i) { errors { code } } }`, { i: { id: ems.id } }, { token: t.warehouseLead });
    const q = await quote({ shippingMethod: 'EMS', lines: [{ skuId: await sku(100, 1000), quantity: 1 }] });
    expect(q.errors).toEqual([expect.objectContaining({ field: 'shippingMethod', code: 'NO_SHIPPING_TEMPLATE' })]);
    await setFee(s, t.warehouseLead, { method: 'EMS', province: '*', firstWeightGrams: 500, firstFeeFen: 2000, additionalUnitGrams: 500, additionalFeeFen: 800 });
  });

  it('only courier managers set templates, and bad numbers are refused per field', async () => {
    const r = await s.gql(`mutation { setShippingFeeTemplate(input: { method: EXPRESS, province: "*", firstWeightGrams: 1, firstFeeFen: 1, additionalUnitGrams: 1, additionalFeeFen: 1 }) { errors { code } } }`, {}, { token: t.cs });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await s.gql(`mutation { setShippingFeeTemplate(input: { method: EXPRESS, province: "火星", firstWeightGrams: 0, firstFeeFen: -1, additionalUnitGrams: 0, additionalFeeFen: 1, freeShippingThresholdFen: -5 }) { errors { field } } }`, {}, { token: t.warehouseLead });
    expect(bad.data.setShippingFeeTemplate.errors.map((e: any) => e.field).sort()).toEqual(['additionalUnitGrams', 'firstFeeFen', 'firstWeightGrams', 'freeShippingThresholdFen', 'province']);
  });
});

describe('order totals', () => {
  it('sums goods, line discounts, gifts at zero and the fee on the total weight', async () => {
    const tea = await sku(500, 6_800);
    const cup = await sku(300, 2_500);
    const giftStock = await sku(200, 1_000, { isGift: true });
    const order = await createOrder(s, t.csLead, { lines: [
      { skuId: tea, quantity: 2, discountFen: 800 },
      { skuId: cup, quantity: 1 },
      { skuId: cup, quantity: 1, isGift: true },
      { skuId: giftStock, quantity: 1 },
    ] });
    // Goods 2 × 68 + 25 = 161 yuan, less 8 = 153 ≥ 99: free express. Weight 1000 + 300 + 300 + 200 g.
    expect(order).toMatchObject({ goodsFen: 16_100, discountFen: 800, shippingFeeFen: 0, totalFen: 15_300, weightGrams: 1_800 });
    expect(order.lines.map((l: any) => [l.unitPriceFen, l.isGift, l.lineTotalFen])).toEqual([[6_800, false, 12_800], [2_500, false, 2_500], [0, true, 0], [0, true, 0]]);
  });

  it('uses the VIP price for a VIP customer where the SKU has one', async () => {
    const withVip = await sku(100, 10_000, { vipPriceFen: 8_800 });
    const without = await sku(100, 5_000);
    const em = s.orm.em.fork();
    const vip = em.create(Customer, { name: 'VIP 顾客', channel: CustomerChannel.TAOBAO, vip: true, platformAccount: 'vip_buyer_88' });
    const plain = em.create(Customer, { name: '普通顾客', channel: CustomerChannel.TAOBAO });
    await em.flush();
    const lines = [{ skuId: withVip, quantity: 1 }, { skuId: without, quantity: 1 }];
    const forVip = await createOrder(s, t.csLead, { customerId: String(vip.id), lines });
    expect(forVip.lines.map((l: any) => [l.unitPriceFen, l.vipPrice])).toEqual([[8_800, true], [5_000, false]]);
    expect(forVip.goodsFen).toBe(13_800);
    const forPlain = await createOrder(s, t.csLead, { customerId: String(plain.id), lines });
    expect(forPlain.goodsFen).toBe(15_000);
    // A platform order finds its customer by the buyer account.
    const byAccount = await createOrder(s, t.csLead, { channel: 'TAOBAO', platformOrderNo: 'TB-VIP-1', buyerAccount: 'vip_buyer_88', lines });
    expect(byAccount.goodsFen).toBe(13_800);
  });

  it('refuses bad lines field by field and creates nothing', async () => {
    const skuId = await sku(100, 1_000);
    const inactive = await sku(100, 1_000, { active: false });
    const r = await s.gql(CREATE, { i: { channel: 'TAOBAO', shippingMethod: 'EXPRESS', address: { ...ADDRESS, receiverPhone: '123' }, customerId: '999999', lines: [
      { skuId, quantity: 0 }, { skuId, quantity: 1, discountFen: 5_000 }, { skuId: '999999', quantity: 1 }, { skuId: inactive, quantity: 1 },
    ] } }, { token: t.csLead });
    expect(r.data.createOrder.order).toBeNull();
    expect(r.data.createOrder.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual([
      'address.receiverPhone:INVALID', 'customerId:NOT_FOUND', 'lines.0.quantity:INVALID', 'lines.1.discountFen:INVALID', 'lines.1.skuId:DUPLICATE',
      'lines.2.skuId:NOT_FOUND', 'lines.3.skuId:INVALID', 'platformOrderNo:REQUIRED',
    ]);
    const gifts = await s.gql(CREATE, { i: { channel: 'OWN_SHOP', shippingMethod: 'EXPRESS', address: ADDRESS, lines: [{ skuId, quantity: 1, isGift: true }] } }, { token: t.csLead });
    expect(gifts.data.createOrder.errors).toEqual([expect.objectContaining({ field: 'lines', code: 'INVALID' })]);
  });
});

describe('helpers', () => {
  it('charges a started additional unit in full', () => {
    const tariff = { firstWeightGrams: 1000, firstFeeFen: 1000, additionalUnitGrams: 500, additionalFeeFen: 300 };
    expect([1, 1000, 1001, 1500, 1501].map((g) => weightFeeFen(tariff, g))).toEqual([1000, 1000, 1300, 1300, 1600]);
  });

  it('reads province names and shop-local times', () => {
    expect(['浙江', '浙江省', '广西', '内蒙古', '北京', '香港', '火星'].map(canonicalProvince)).toEqual(['浙江省', '浙江省', '广西壮族自治区', '内蒙古自治区', '北京市', '香港特别行政区', null]);
    expect(parseShopTime('2026-11-11 00:05', 'Asia/Shanghai')?.toISOString()).toBe('2026-11-10T16:05:00.000Z');
    expect(parseShopTime('2026/6/18 20:00:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-06-18T12:00:30.000Z');
    expect(parseShopTime('2026-02-30 10:00', 'Asia/Shanghai')).toBeNull();
    expect(parseShopTime('2026-11-11T00:05:00Z', 'Asia/Shanghai')?.toISOString()).toBe('2026-11-11T00:05:00.000Z');
  });
});
