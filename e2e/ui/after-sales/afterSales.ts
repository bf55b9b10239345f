import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from '../../support/graphql';
import { createProduct, createWarehouse, stamp, stockIn, type TestWarehouse } from '../../support/inventory';
import { confirmThroughApi, createCourier, ensureExpressTemplate, packThroughApi, shipThroughApi } from '../orders/orderSetup';

/** A short unique suffix of letters (the customer search also matches digits against phone numbers). */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]);

/** A customer of the test's own, made through the API (call asAdmin first). */
export async function createCustomer(request: APIRequestContext, name: string): Promise<string> {
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const result = await gql<{ createCustomer: { customer: { id: string } | null; errors: unknown[] } }>(request,
    'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { field message code } } }',
    { input: { channel: 'TAOBAO', name, phone } });
  expect(result.data?.createCustomer.errors, JSON.stringify(result)).toEqual([]);
  return result.data!.createCustomer.customer!.id;
}

/** Picks a customer in the CustomerPicker by typing part of the name. */
export async function pickCustomer(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).fill(name);
  await page.locator(`li[data-customer="${name}"]`).click();
}

/** Picks an option of a MUI select whose trigger carries the test id. */
export async function choose(page: Page, trigger: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(trigger).click();
  await page.getByRole('option', { name: option }).click();
}

type Errors = { field: string | null; message: string; code: string }[];

async function run<T>(request: APIRequestContext, name: string, query: string, input: unknown): Promise<T> {
  const result = await gql<Record<string, T & { errors: Errors }>>(request, query, { input });
  expect(result.errors, JSON.stringify(result)).toBeUndefined();
  expect(result.data?.[name].errors, JSON.stringify(result)).toEqual([]);
  return result.data![name];
}

export interface ShippedOrder { id: string; code: string; paidFen: number; skuCode: string; warehouse: TestWarehouse }

/**
 * A shipped own-shop order of two units at `unitPriceFen`, in a warehouse of its own, made as admin through the API:
 * paid, allocated, picked, packed, address confirmed, shipped. Optionally linked to a customer.
 */
export async function createShippedOrder(request: APIRequestContext, opts: { unitPriceFen: number; customerId?: string; receiverName: string }): Promise<ShippedOrder> {
  await ensureExpressTemplate(request);
  const warehouse = await createWarehouse(request, '退货测试仓');
  const product = await createProduct(request, { title: '宜兴紫砂壶 售后测试', skus: [{ suffix: '200ml', priceFen: opts.unitPriceFen }] });
  const sku = product.skus[0];
  await stockIn(request, sku.id, warehouse.id, 10);
  const created = await run<{ order: { id: string; code: string; totalFen: number } }>(request, 'createOrder',
    'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { order { id code totalFen } errors { field message code } } }', {
      channel: 'OWN_SHOP', shippingMethod: 'EXPRESS', idempotencyKey: `e2e-${stamp()}`, customerId: opts.customerId ?? null,
      address: { receiverName: opts.receiverName, receiverPhone: '13912345678', province: '江苏省', city: '无锡市', district: '宜兴市', addressDetail: '丁蜀镇 8 号' },
      lines: [{ skuId: sku.id, quantity: 2 }],
    });
  const order = { id: created.order.id, code: created.order.code, totalFen: created.order.totalFen, warehouse, skuCode: sku.code, giftCode: '' };
  await run(request, 'recordPayment', 'mutation ($input: PaymentInput!) { recordPayment(input: $input) { errors { field message code } } }',
    { orderId: order.id, amountFen: order.totalFen, method: 'ALIPAY', reference: `ALI${stamp()}` });
  await packThroughApi(request, order);
  await confirmThroughApi(request, order);
  const courier = await createCourier(request, '售后测试快递');
  await shipThroughApi(request, order, courier);
  return { id: order.id, code: order.code, paidFen: order.totalFen, skuCode: sku.code, warehouse };
}
