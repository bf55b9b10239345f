import type { EntityManager } from '@mikro-orm/core';
import { Warehouse } from '../../../inventory/entities/warehouse.entity.js';
import { PriceTier, Product } from '../../entities/product.entity.js';
import { Sku } from '../../entities/sku.entity.js';
import { specKey } from '../name-value.js';
import type { ImportColumn, RowDraft } from './import-columns.js';

const PRODUCT_COLUMNS: (ImportColumn | null)[] = ['product_code', 'title', 'category_path', 'price_tier'];

/** A product as the file describes it: from its first row, or an existing product that rows add SKUs to. */
export interface ProductGroup {
  firstRow: number;
  /** Set when the product is already in the catalog (or was written by an earlier chunk). */
  id?: number;
  title: string | null;
  categoryPath: string[] | null;
  priceTier: PriceTier;
  /** False when the first row's product columns are bad: the product cannot be created. */
  ok: boolean;
  /** Spec keys of the product's active SKUs → the row (0 for SKUs already in the catalog). */
  specs: Map<string, number>;
}

/** What the import knows across chunks: codes seen in the file, products, warehouses, the importer's rights. */
export class ImportState {
  readonly skuCodes = new Map<string, number>();
  readonly barcodes = new Map<string, number>();
  readonly products = new Map<string, ProductGroup>();
  constructor(readonly warehouses: Map<string, Warehouse>, readonly canAdjustStock: boolean) {}

  static async create(em: EntityManager, canAdjustStock: boolean): Promise<ImportState> {
    const warehouses = await em.find(Warehouse, {});
    return new ImportState(new Map(warehouses.map((w) => [w.code, w])), canAdjustStock);
  }
}

/** Checks a chunk of rows against the catalog and the rows before them; fills each row's `errors`. */
export async function validateChunk(em: EntityManager, state: ImportState, rows: RowDraft[]): Promise<void> {
  const newCodes = [...new Set(rows.map((r) => r.productCode).filter((c) => c && !state.products.has(c)))];
  const existingProducts = newCodes.length ? await em.find(Product, { code: { $in: newCodes } }, { populate: ['skus'] }) : [];
  const byCode = new Map(existingProducts.map((p) => [p.code, p]));
  const skuCodes = rows.map((r) => r.sku.code).filter(Boolean);
  const barcodes = rows.map((r) => r.sku.barcode).filter((b): b is string => !!b);
  const clashing = skuCodes.length || barcodes.length
    ? await em.find(Sku, { $or: [{ code: { $in: skuCodes } }, { barcode: { $in: barcodes } }] }, { populate: ['product'] })
    : [];
  const takenCodes = new Map(clashing.map((s) => [s.code, s]));
  const takenBarcodes = new Map(clashing.filter((s) => s.barcode).map((s) => [s.barcode!, s]));

  for (const row of rows) {
    const fail = (column: ImportColumn | null, message: string, code = 'INVALID') => row.errors.push({ column, message, code });
    const productColumnsOk = !row.errors.some((e) => PRODUCT_COLUMNS.includes(e.column));
    let group = state.products.get(row.productCode);
    if (!group && row.productCode) {
      const existing = byCode.get(row.productCode);
      group = existing
        ? {
            firstRow: row.row, id: existing.id, title: existing.title, categoryPath: null, priceTier: existing.priceTier, ok: true,
            specs: new Map(existing.skus.getItems().filter((s) => s.active).map((s) => [specKey(s.spec), 0])),
          }
        : { firstRow: row.row, title: row.title, categoryPath: row.categoryPath, priceTier: row.priceTier ?? PriceTier.VOLUME, ok: productColumnsOk && !!row.title, specs: new Map() };
      if (!existing && productColumnsOk && !row.title) fail('title', 'A new product needs a title on its first row', 'REQUIRED');
      state.products.set(row.productCode, group);
    } else if (group && group.id === undefined) {
      // Later rows of a new product repeat its columns or leave them blank.
      if (!group.ok) fail('product_code', `Product ${row.productCode} cannot be created: see row ${group.firstRow}`);
      if (row.title && group.title && row.title !== group.title) fail('title', `Title differs from row ${group.firstRow} of the same product`, 'CONFLICT');
      if (row.categoryPath && group.categoryPath && row.categoryPath.join('/') !== group.categoryPath.join('/')) fail('category_path', `Category differs from row ${group.firstRow}`, 'CONFLICT');
      if (row.priceTier && row.priceTier !== group.priceTier) fail('price_tier', `Price tier differs from row ${group.firstRow}`, 'CONFLICT');
    }

    const sku = row.sku;
    if (sku.code) {
      const taken = takenCodes.get(sku.code);
      if (taken) fail('sku_code', `SKU code ${sku.code} already exists (product ${taken.product.getEntity().code})`, 'DUPLICATE');
      else if (state.skuCodes.has(sku.code)) fail('sku_code', `SKU code ${sku.code} is also on row ${state.skuCodes.get(sku.code)}`, 'DUPLICATE');
      else state.skuCodes.set(sku.code, row.row);
    }
    if (sku.barcode) {
      const taken = takenBarcodes.get(sku.barcode);
      if (taken) fail('barcode', `Barcode ${sku.barcode} is already used by SKU ${taken.code}`, 'DUPLICATE');
      else if (state.barcodes.has(sku.barcode)) fail('barcode', `Barcode ${sku.barcode} is also on row ${state.barcodes.get(sku.barcode)}`, 'DUPLICATE');
      else state.barcodes.set(sku.barcode, row.row);
    }

    if (row.openingQty > 0) {
      if (!state.canAdjustStock) fail('opening_qty', 'Opening stock needs the permission stock:adjust', 'FORBIDDEN');
      const warehouse = row.warehouseCode ? state.warehouses.get(row.warehouseCode) : undefined;
      if (row.warehouseCode && !warehouse) fail('warehouse_code', `No warehouse with code ${row.warehouseCode}`, 'NOT_FOUND');
      else if (warehouse && !warehouse.active) fail('warehouse_code', `Warehouse ${warehouse.code} is inactive`);
    }

    // Last, so only rows that will be written claim their spec.
    if (group && !row.errors.length && sku.active) {
      const key = specKey(sku.spec);
      const clash = group.specs.get(key);
      if (clash !== undefined) fail('spec', clash ? `Same spec as row ${clash} of this product` : 'The product already has a SKU with this spec', 'DUPLICATE');
      else group.specs.set(key, row.row);
    }
  }
}
