import type { EntityManager } from '@mikro-orm/core';
import { Check } from '../../../core/errors.js';
import { Sku } from '../entities/sku.entity.js';
import { MAX_FEN } from './money.js';
import { fromPairs, type Pair } from './name-value.js';
import { TITLE_MAX_WIDTH, titleWidth } from './title.js';

export const PRODUCT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;
export const BARCODE = /^[A-Za-z0-9-]{4,40}$/;
export const MAX_SKUS = 100;
const SPEC_LIMITS = { maxPairs: 5, nameLength: 20, valueLength: 40 };
export const ATTRIBUTE_LIMITS = { maxPairs: 30, nameLength: 30, valueLength: 200 };

export function checkProductCode(check: Check, code: string | null | undefined, field = 'code'): string {
  const value = (code ?? '').trim();
  if (!value) check.add(field, 'Product code is required', 'REQUIRED');
  else check.when(!PRODUCT_CODE.test(value), field, 'Product code: letters, digits, . _ - only, at most 40');
  return value;
}

/** The listing title rule: required, at most 60 by Taobao's count (a Chinese character counts 2). */
export function checkTitle(check: Check, title: string | null | undefined, field = 'title'): string {
  const value = (title ?? '').trim().replace(/\s+/g, ' ');
  if (!value) check.add(field, 'Title is required', 'REQUIRED');
  else {
    const width = titleWidth(value);
    check.when(width > TITLE_MAX_WIDTH, field, `Title is ${width} long; at most ${TITLE_MAX_WIDTH} (a Chinese character counts 2, so at most 30 Chinese characters)`, 'TOO_LONG');
  }
  return value;
}

function checkWhole(check: Check, field: string, value: number | null | undefined, label: string, min: number, max: number) {
  if (value == null) return;
  check.when(!Number.isInteger(value) || value < min || value > max, field, `${label} must be a whole number from ${min} to ${max}`);
}

export interface SkuDraft {
  code: string; barcode: string | null; spec: Record<string, string>; weightGrams: number;
  priceFen: number; vipPriceFen: number | null; isGift: boolean; active: boolean;
}

/** Checks a new SKU; `field` is its path in the input, e.g. `skus.2`. */
export function checkNewSku(check: Check, field: string, input: {
  code: string; barcode?: string | null; spec: Pair[]; weightGrams: number; priceFen: number; vipPriceFen?: number | null; isGift?: boolean | null; active?: boolean | null;
}): SkuDraft {
  const code = (input.code ?? '').trim();
  if (!code) check.add(`${field}.code`, 'SKU code is required', 'REQUIRED');
  else check.when(!SKU_CODE.test(code), `${field}.code`, 'SKU code: letters, digits, . _ - only, at most 60');
  const barcode = (input.barcode ?? '').trim() || null;
  check.when(!!barcode && !BARCODE.test(barcode), `${field}.barcode`, 'Barcode: 4 to 40 letters, digits or dashes');
  if (input.weightGrams == null) check.add(`${field}.weightGrams`, 'Weight is required', 'REQUIRED');
  else check.when(!Number.isInteger(input.weightGrams) || input.weightGrams <= 0 || input.weightGrams > 1_000_000, `${field}.weightGrams`, 'Weight must be a whole number of grams above 0 (at most 1,000,000)');
  if (input.priceFen == null) check.add(`${field}.priceFen`, 'Price is required', 'REQUIRED');
  checkWhole(check, `${field}.priceFen`, input.priceFen, 'Price (fen)', 0, MAX_FEN);
  checkWhole(check, `${field}.vipPriceFen`, input.vipPriceFen, 'VIP price (fen)', 0, MAX_FEN);
  check.when(input.vipPriceFen != null && input.priceFen != null && input.vipPriceFen > input.priceFen, `${field}.vipPriceFen`, 'The VIP price cannot be above the price');
  return {
    code, barcode, spec: fromPairs(check, `${field}.spec`, input.spec, SPEC_LIMITS), weightGrams: input.weightGrams,
    priceFen: input.priceFen, vipPriceFen: input.vipPriceFen ?? null, isGift: input.isGift ?? false, active: input.active ?? true,
  };
}

/** Applies checked changes to an existing SKU (never its prices). */
export function applySkuChanges(check: Check, field: string, sku: Sku, input: {
  code?: string | null; barcode?: string | null; spec?: Pair[] | null; weightGrams?: number | null; isGift?: boolean | null; active?: boolean | null;
}): void {
  if (input.code != null) {
    const code = input.code.trim();
    if (!code) check.add(`${field}.code`, 'SKU code is required', 'REQUIRED');
    else check.when(!SKU_CODE.test(code), `${field}.code`, 'SKU code: letters, digits, . _ - only, at most 60');
    sku.code = code;
  }
  if (input.barcode != null) {
    const barcode = input.barcode.trim() || null;
    check.when(!!barcode && !BARCODE.test(barcode), `${field}.barcode`, 'Barcode: 4 to 40 letters, digits or dashes');
    sku.barcode = barcode as string | undefined; // null is written as NULL
  }
  if (input.spec != null) sku.spec = fromPairs(check, `${field}.spec`, input.spec, SPEC_LIMITS);
  if (input.weightGrams != null) {
    check.when(!Number.isInteger(input.weightGrams) || input.weightGrams <= 0 || input.weightGrams > 1_000_000, `${field}.weightGrams`, 'Weight must be a whole number of grams above 0 (at most 1,000,000)');
    sku.weightGrams = input.weightGrams;
  }
  if (input.isGift != null) sku.isGift = input.isGift;
  if (input.active != null) sku.active = input.active;
}

/**
 * SKU codes and barcodes are unique across the shop: checks a batch against itself and the
 * database (ignoring the SKUs being edited, by id).
 */
export async function checkSkuUniqueness(em: EntityManager, check: Check, items: { field: string; id?: number; code: string; barcode: string | null }[]): Promise<void> {
  const seenCodes = new Map<string, string>();
  const seenBarcodes = new Map<string, string>();
  for (const item of items) {
    if (item.code && seenCodes.has(item.code)) check.add(`${item.field}.code`, `SKU code ${item.code} is given twice (also at ${seenCodes.get(item.code)})`, 'DUPLICATE');
    if (item.code) seenCodes.set(item.code, item.field);
    if (item.barcode && seenBarcodes.has(item.barcode)) check.add(`${item.field}.barcode`, `Barcode ${item.barcode} is given twice (also at ${seenBarcodes.get(item.barcode)})`, 'DUPLICATE');
    if (item.barcode) seenBarcodes.set(item.barcode, item.field);
  }
  const codes = [...seenCodes.keys()];
  const barcodes = [...seenBarcodes.keys()];
  if (!codes.length && !barcodes.length) return;
  const clashes = await em.find(Sku, { $or: [{ code: { $in: codes } }, { barcode: { $in: barcodes } }] }, { populate: ['product'] });
  for (const existing of clashes) {
    for (const item of items) {
      if (item.id === existing.id) continue;
      const owner = `${existing.product.getEntity().code}`;
      if (item.code === existing.code) check.add(`${item.field}.code`, `SKU code ${item.code} is already used by product ${owner}`, 'DUPLICATE');
      if (item.barcode && item.barcode === existing.barcode) check.add(`${item.field}.barcode`, `Barcode ${item.barcode} is already used by SKU ${existing.code}`, 'DUPLICATE');
    }
  }
}
