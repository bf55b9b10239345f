import { expect } from 'vitest';
import type { TestServer } from './harness.js';

/** Shared helpers of the catalog API tests. */
export const PRODUCT_FIELDS = `id code title listingStatus showcase priceTier minPriceFen maxPriceFen category { id name path }
  attributes { name value } skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }`;

export const CREATE_PRODUCT = `mutation($i: CreateProductInput!) { createProduct(input: $i) { product { ${PRODUCT_FIELDS} } errors { field code message } } }`;
export const UPDATE_PRODUCT = `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { ${PRODUCT_FIELDS} } errors { field code message } } }`;

let counter = 0;
/** A unique suffix, so tests in one file never collide on codes. */
export const uniq = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export function sku(code: string, over: Record<string, unknown> = {}) {
  return { code, spec: [{ name: '规格', value: code }], weightGrams: 300, priceFen: 12800, ...over };
}

/** Creates a product through the API and returns it; fails the test on errors. */
export async function createProduct(s: TestServer, token: string, over: Record<string, unknown> = {}) {
  const code = uniq('P');
  const r = await s.gql(CREATE_PRODUCT, { i: { code, title: `测试商品 ${code}`, skus: [sku(`${code}-A`)], ...over } }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data.createProduct.errors).toEqual([]);
  return r.data.createProduct.product;
}

export async function createCategory(s: TestServer, token: string, name: string, parentId?: string) {
  const r = await s.gql(`mutation($i: CreateCategoryInput!) { createCategory(input: $i) { category { id name path parentId } errors { field code message } } }`, { i: { name, parentId } }, { token });
  expect(r.data.createCategory.errors).toEqual([]);
  return r.data.createCategory.category as { id: string; name: string; path: string; parentId: string | null };
}

/** Audit records of an operation on one entity, newest first. */
export async function auditOf(s: TestServer, admin: string, operation: string, entityId?: string) {
  const r = await s.gql(`query($w: AuditLogFilter) { auditLogs(where: $w, first: 50) { nodes { operation entityType entityId summary actorLabel } } }`, { w: { operation, entityId } }, { token: admin });
  return r.data.auditLogs.nodes as { operation: string; entityType: string; entityId: string; summary: string; actorLabel: string }[];
}
