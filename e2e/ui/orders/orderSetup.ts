import { expect, type APIRequestContext } from '@playwright/test';
import { gql } from '../../support/graphql';
import { createProduct, createWarehouse, stamp, stockIn, type TestWarehouse } from '../../support/inventory';

/**
 * Orders made through the API as admin (call asAdmin first), each test with its own warehouse, product,
 * courier and order, so tests run in parallel and never lean on demo orders.
 */

type Errors = { field: string | null; message: string; code: string }[];

async function run<T>(request: APIRequestContext, name: string, query: string, input: unknown): Promise<T> {
  const result = await gql<Record<string, T & { errors: Errors }>>(request, query, { input });
  expect(result.errors, JSON.stringify(result)).toBeUndefined();
  expect(result.data?.[name].errors, JSON.stringify(result)).toEqual([]);
  return result.data![name];
}

/** Makes sure express orders to any province have a fee template (tests racing to set the same row is fine). */
export async function ensureExpressTemplate(request: APIRequestContext): Promise<void> {
  const existing = await gql<{ shippingFeeTemplates: { province: string }[] }>(request, '{ shippingFeeTemplates(method: EXPRESS) { province } }');
  if (existing.data?.shippingFeeTemplates.some((row) => row.province === '*')) return;
  const set = await gql(request, 'mutation ($input: SetShippingFeeTemplateInput!) { setShippingFeeTemplate(input: $input) { errors { code } } }', {
    input: { method: 'EXPRESS', province: '*', firstWeightGrams: 1000, firstFeeFen: 1000, additionalUnitGrams: 1000, additionalFeeFen: 500 },
  });
  if (set.errors) {
    // Another test set it at the same moment.
    const again = await gql<{ shippingFeeTemplates: { province: string }[] }>(request, '{ shippingFeeTemplates(method: EXPRESS) { province } }');
    expect(again.data?.shippingFeeTemplates.some((row) => row.province === '*')).toBe(true);
  }
}

export interface TestCourier { id: string; code: string; name: string; label: string }

export async function createCourier(request: APIRequestContext, name: string): Promise<TestCourier> {
  const code = `E2E${stamp()}`.slice(0, 16);
  const payload = await run<{ courier: { id: string } }>(request, 'createCourier',
    'mutation ($input: CreateCourierInput!) { createCourier(input: $input) { courier { id } errors { field message code } } }', { code, name });
  return { id: payload.courier.id, code, name, label: `${code} ${name}` };
}

export interface TestOrder { id: string; code: string; totalFen: number; warehouse: TestWarehouse; skuCode: string; giftCode: string }

/** A paid own-shop order with one line and a promotion gift, stock in a warehouse of its own. */
export async function createPaidOrder(request: APIRequestContext, opts: { receiverName: string; province?: string; buyerNote?: string }): Promise<TestOrder> {
  await ensureExpressTemplate(request);
  const warehouse = await createWarehouse(request, '订单测试仓');
  const product = await createProduct(request, { title: '安溪铁观音 清香型 订单', skus: [{ suffix: '250g', priceFen: 12800 }, { suffix: '25g', priceFen: 1500 }] });
  const [sku, gift] = product.skus;
  await stockIn(request, sku.id, warehouse.id, 10);
  await stockIn(request, gift.id, warehouse.id, 10);
  const created = await run<{ order: { id: string; code: string; totalFen: number } }>(request, 'createOrder',
    'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { order { id code totalFen } errors { field message code } } }', {
      channel: 'OWN_SHOP',
      shippingMethod: 'EXPRESS',
      idempotencyKey: `e2e-${stamp()}`,
      buyerNote: opts.buyerNote ?? null,
      address: { receiverName: opts.receiverName, receiverPhone: '13912345678', province: opts.province ?? '浙江省', city: '杭州市', district: '西湖区', addressDetail: '文三路 90 号 3 幢 501' },
      lines: [{ skuId: sku.id, quantity: 2 }, { skuId: gift.id, quantity: 1, isGift: true }],
    });
  const order = created.order;
  await run(request, 'recordPayment', 'mutation ($input: PaymentInput!) { recordPayment(input: $input) { errors { field message code } } }',
    { orderId: order.id, amountFen: order.totalFen, method: 'ALIPAY', reference: `ALI${stamp()}` });
  return { id: order.id, code: order.code, totalFen: order.totalFen, warehouse, skuCode: sku.code, giftCode: gift.code };
}

/** Paid → allocated → picking → packed with the whole checklist ticked; the address is left unconfirmed. */
export async function packThroughApi(request: APIRequestContext, order: TestOrder): Promise<void> {
  const q = (name: string, type: string) => `mutation ($input: ${type}!) { ${name}(input: $input) { errors { field message code } } }`;
  await run(request, 'allocateOrder', q('allocateOrder', 'AllocateOrderInput'), { id: order.id, warehouseId: order.warehouse.id });
  await run(request, 'startPicking', q('startPicking', 'OrderActionInput'), { id: order.id });
  await run(request, 'packOrder', q('packOrder', 'PackOrderInput'), {
    id: order.id,
    checklist: { goodsChecked: true, specMatches: true, accessoriesIncluded: true, giftsIncluded: true, shippingSlipIncluded: true },
  });
}

export async function confirmThroughApi(request: APIRequestContext, order: TestOrder): Promise<void> {
  await run(request, 'confirmOrderAddress', 'mutation ($input: ConfirmAddressInput!) { confirmOrderAddress(input: $input) { errors { field message code } } }',
    { id: order.id, method: 'WECHAT', note: 'e2e' });
}

/** Ships a packed, confirmed order under one waybill; returns the waybill number. */
export async function shipThroughApi(request: APIRequestContext, order: TestOrder, courier: TestCourier): Promise<string> {
  const waybillNo = `YT${stamp()}`;
  await run(request, 'shipOrder', 'mutation ($input: ShipOrderInput!) { shipOrder(input: $input) { errors { field message code } } }',
    { id: order.id, shipments: [{ courierId: courier.id, waybillNo }] });
  return waybillNo;
}
