import { Check } from '../../../../core/errors.js';
import { PriceTier } from '../../entities/product.entity.js';
import { unguardCell, type CsvRecord } from '../csv-parse.js';
import { yuanToFen } from '../money.js';
import { parsePairs } from '../name-value.js';
import { checkCategoryName } from '../categories.service.js';
import { checkNewSku, checkProductCode, checkTitle, type SkuDraft } from '../product-rules.js';

export const IMPORT_COLUMNS = [
  'product_code', 'title', 'category_path', 'price_tier', 'sku_code', 'barcode', 'spec', 'weight_grams',
  'price_yuan', 'vip_price_yuan', 'is_gift', 'warehouse_code', 'opening_qty',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: ImportColumn[] = ['product_code', 'sku_code', 'weight_grams', 'price_yuan'];

/** Where each known column is in the file; unknown columns (e.g. an export's listing_status) are ignored. */
export type ColumnMap = Map<ImportColumn, number>;

export function readHeader(header: string[]): ColumnMap | string {
  const map: ColumnMap = new Map();
  for (const [i, raw] of header.entries()) {
    const name = raw.trim().toLowerCase() as ImportColumn;
    if (!IMPORT_COLUMNS.includes(name)) continue;
    if (map.has(name)) return `Column ${name} appears twice`;
    map.set(name, i);
  }
  const missing = REQUIRED.filter((c) => !map.has(c));
  return missing.length ? `Missing column(s): ${missing.join(', ')}. Expected: ${IMPORT_COLUMNS.join(',')}` : map;
}

const TIERS: Record<string, PriceTier> = {
  traffic: PriceTier.TRAFFIC, 引流: PriceTier.TRAFFIC, 引流款: PriceTier.TRAFFIC,
  volume: PriceTier.VOLUME, 走量: PriceTier.VOLUME, 走量款: PriceTier.VOLUME,
  image: PriceTier.IMAGE, 形象: PriceTier.IMAGE, 形象款: PriceTier.IMAGE,
};
const YES = new Set(['true', '1', 'yes', 'y', '是']);
const NO = new Set(['', 'false', '0', 'no', 'n', '否']);

/** One data row, checked cell by cell (no database yet). */
export interface RowDraft {
  row: number;
  productCode: string;
  /** Product columns as given; blank ones are null (taken from the product's first row). */
  title: string | null;
  categoryPath: string[] | null;
  priceTier: PriceTier | null;
  sku: SkuDraft;
  warehouseCode: string | null;
  openingQty: number;
  /** Problems so far, as `column` → message/code. */
  errors: { column: ImportColumn | null; message: string; code: string }[];
}

/** Check field paths are mapped back to the CSV column they came from. */
const FIELD_TO_COLUMN: Record<string, ImportColumn> = {
  code: 'sku_code', barcode: 'barcode', spec: 'spec', weightGrams: 'weight_grams', priceFen: 'price_yuan', vipPriceFen: 'vip_price_yuan',
};

export function draftRow(record: CsvRecord, columns: ColumnMap): RowDraft {
  const cell = (c: ImportColumn) => (columns.has(c) ? unguardCell((record.cells[columns.get(c)!] ?? '').trim()) : '');
  const errors: RowDraft['errors'] = [];
  const fail = (column: ImportColumn | null, message: string, code = 'INVALID') => errors.push({ column, message, code });
  const collect = (check: Check, column: (field: string | null | undefined) => ImportColumn | null) => {
    for (const e of check.errors) fail(column(e.field), e.message, e.code);
  };

  const productCheck = new Check();
  const productCode = checkProductCode(productCheck, cell('product_code'), 'product_code');
  const title = cell('title') ? checkTitle(productCheck, cell('title'), 'title') : null;
  let categoryPath: string[] | null = null;
  if (cell('category_path')) {
    categoryPath = cell('category_path').split('/').map((part) => checkCategoryName(productCheck, part, 'category_path'));
    if (categoryPath.length > 5) productCheck.add('category_path', 'Categories go at most 5 levels deep');
  }
  collect(productCheck, (f) => f as ImportColumn);
  const tierText = cell('price_tier');
  const priceTier = tierText ? TIERS[tierText.toLowerCase()] ?? null : null;
  if (tierText && !priceTier) fail('price_tier', 'Price tier must be TRAFFIC, VOLUME or IMAGE (引流款, 走量款, 形象款)');

  const spec = parsePairs(cell('spec'));
  if (typeof spec === 'string') fail('spec', `Spec: ${spec}; write it as 规格=250g;包装=罐装`);
  const weight = cell('weight_grams');
  const weightGrams = /^\d{1,9}$/.test(weight) ? Number(weight) : weight === '' ? undefined : NaN;
  if (Number.isNaN(weightGrams)) fail('weight_grams', 'Weight must be a whole number of grams');
  const price = yuanToFen(cell('price_yuan'));
  if (cell('price_yuan') && price === null) fail('price_yuan', 'Price must be in yuan with at most 2 decimals, e.g. 128.00');
  const vip = cell('vip_price_yuan') ? yuanToFen(cell('vip_price_yuan')) : null;
  if (cell('vip_price_yuan') && vip === null) fail('vip_price_yuan', 'VIP price must be in yuan with at most 2 decimals, e.g. 98.00');
  const gift = cell('is_gift').toLowerCase();
  if (!YES.has(gift) && !NO.has(gift)) fail('is_gift', 'is_gift must be true or false (是 / 否)');

  const skuCheck = new Check();
  const sku = checkNewSku(skuCheck, 'sku', {
    code: cell('sku_code'), barcode: cell('barcode'), spec: typeof spec === 'string' ? [] : spec,
    weightGrams: Number.isNaN(weightGrams) ? 1 : (weightGrams as number), priceFen: price ?? (cell('price_yuan') ? 0 : (undefined as never)),
    vipPriceFen: vip, isGift: YES.has(gift),
  });
  collect(skuCheck, (f) => FIELD_TO_COLUMN[(f ?? '').split('.')[1]] ?? 'spec');

  const qtyText = cell('opening_qty');
  const openingQty = /^\d{1,7}$/.test(qtyText) ? Number(qtyText) : 0;
  if (qtyText && !/^\d{1,7}$/.test(qtyText)) fail('opening_qty', 'Opening quantity must be a whole number from 0 to 9,999,999');
  const warehouseCode = cell('warehouse_code') || null;
  if (openingQty > 0 && !warehouseCode) fail('warehouse_code', 'Say which warehouse holds the opening stock', 'REQUIRED');

  return { row: record.row, productCode, title, categoryPath, priceTier, sku, warehouseCode, openingQty, errors };
}
