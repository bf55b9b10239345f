import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { demo } from './accounts';
import { apiSignIn, gql } from './graphql';

/**
 * Test data made through the API as admin (who holds every permission), so each test owns its warehouses,
 * products and stock and tests never depend on each other's order.
 */
export async function asAdmin(request: APIRequestContext): Promise<APIRequestContext> {
  const login = await apiSignIn(request, demo('admin'));
  expect(login.errors).toEqual([]);
  return request;
}

/** A short unique stamp for codes: upper case letters and digits. */
export function stamp(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 6)).toUpperCase();
}

export interface TestWarehouse { id: string; code: string; name: string; label: string }

/** A warehouse of the test's own (a stocktake locks its warehouse, so parallel tests must not share one). */
export async function createWarehouse(request: APIRequestContext, name: string): Promise<TestWarehouse> {
  const code = `E2E-${stamp()}`;
  const result = await gql<{ createWarehouse: { warehouse: { id: string } | null; errors: unknown[] } }>(request,
    'mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id } errors { field message code } } }',
    { input: { code, name } });
  expect(result.data?.createWarehouse.errors, JSON.stringify(result)).toEqual([]);
  return { id: result.data!.createWarehouse.warehouse!.id, code, name, label: `${code} ${name}` };
}

export interface TestSku { id: string; code: string; priceFen: number }
export interface TestProduct { id: string; code: string; title: string; skus: TestSku[] }

/** A product with SKUs (spec 规格=<suffix>), off the shelf. */
export async function createProduct(request: APIRequestContext, opts: { title: string; skus: { suffix: string; priceFen: number; isGift?: boolean }[]; priceTier?: string }): Promise<TestProduct> {
  const code = `E2E-${stamp()}`;
  const result = await gql<{ createProduct: { product: { id: string; skus: { id: string; code: string; priceFen: number }[] } | null; errors: unknown[] } }>(request,
    'mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { id skus { id code priceFen } } errors { field message code } } }',
    { input: {
      code, title: opts.title, priceTier: opts.priceTier ?? 'VOLUME',
      skus: opts.skus.map((s) => ({ code: `${code}-${s.suffix}`, spec: [{ name: '规格', value: s.suffix }], weightGrams: 250, priceFen: s.priceFen, isGift: s.isGift ?? false })),
    } });
  expect(result.data?.createProduct.errors, JSON.stringify(result)).toEqual([]);
  const product = result.data!.createProduct.product!;
  return { id: product.id, code, title: opts.title, skus: product.skus };
}

/** Receives stock with an "other in" movement. */
export async function stockIn(request: APIRequestContext, skuId: string, warehouseId: string, quantity: number): Promise<void> {
  const result = await gql<{ postStockMovement: { errors: unknown[] } }>(request,
    'mutation ($input: PostStockMovementInput!) { postStockMovement(input: $input) { errors { field message code } } }',
    { input: { skuId, warehouseId, quantity, type: 'OTHER_IN', reason: 'e2e opening stock' } });
  expect(result.data?.postStockMovement.errors, JSON.stringify(result)).toEqual([]);
}

export async function setSafetyStock(request: APIRequestContext, skuId: string, warehouseId: string, safetyStock: number): Promise<void> {
  const result = await gql<{ setSafetyStock: { errors: unknown[] } }>(request,
    'mutation ($input: SetSafetyStockInput!) { setSafetyStock(input: $input) { errors { field message code } } }',
    { input: { skuId, warehouseId, safetyStock } });
  expect(result.data?.setSafetyStock.errors, JSON.stringify(result)).toEqual([]);
}

/** Picks an option of a MUI select whose trigger carries the test id. */
export async function chooseOption(page: Page, trigger: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(trigger).click();
  await page.getByRole('option', { name: option }).click();
}

/** Finds a SKU in a SkuPicker by its code and picks it. */
export async function pickSku(page: Page, input: string, skuCode: string): Promise<void> {
  await page.getByTestId(input).fill(skuCode);
  await page.locator(`li[data-sku="${skuCode}"]`).click();
}
