import type { Ctx } from '../../../core/context.js';
import { toCsv } from '../../../core/csv.js';
import { Product } from '../entities/product.entity.js';
import { categoryIndexOf } from './category-index.js';
import { fenToYuan } from './money.js';
import { formatPairs } from './name-value.js';
import { productOrder, productWhere, type ProductFilterInput, type ProductSortInput } from './products.service.js';

export const MAX_EXPORT_PRODUCTS = 10_000;
const BATCH = 500;

/** The import's columns first (so an export can be edited and imported again), then listing columns. */
export const EXPORT_HEADER = [
  'product_code', 'title', 'category_path', 'price_tier', 'sku_code', 'barcode', 'spec', 'weight_grams', 'price_yuan',
  'vip_price_yuan', 'is_gift', 'sku_active', 'listing_status', 'showcase',
];

/**
 * The product list as CSV, one line per SKU (a product without SKUs gets one line), with the
 * list's filters and sort, up to 10,000 products. Loaded in batches with their SKUs.
 */
export async function productsCsv(ctx: Ctx, where: ProductFilterInput | null | undefined, sort: ProductSortInput | null | undefined): Promise<string> {
  const filter = await productWhere(ctx, where);
  const index = await categoryIndexOf(ctx);
  const rows: (string | number | boolean | null)[][] = [];
  for (let offset = 0; offset < MAX_EXPORT_PRODUCTS; offset += BATCH) {
    const products = await ctx.em.find(Product, filter, { orderBy: productOrder(sort), limit: Math.min(BATCH, MAX_EXPORT_PRODUCTS - offset), offset, populate: ['skus'] });
    for (const p of products) {
      const product = [p.code, p.title, p.category ? index.pathOf(p.category.id).join('/') : '', p.priceTier];
      const listing = [p.listingStatus, p.showcase];
      const skus = p.skus.getItems();
      if (!skus.length) rows.push([...product, '', '', '', '', '', '', '', '', ...listing]);
      for (const s of skus) {
        rows.push([...product, s.code, s.barcode ?? '', formatPairs(s.spec), s.weightGrams, fenToYuan(s.priceFen), s.vipPriceFen == null ? '' : fenToYuan(s.vipPriceFen), s.isGift, s.active, ...listing]);
      }
    }
    ctx.em.clear(); // keep memory flat over 10,000 products
    if (products.length < BATCH) break;
  }
  return toCsv(EXPORT_HEADER, rows);
}
