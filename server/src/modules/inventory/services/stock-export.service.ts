import type { Ctx } from '../../../core/context.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { stockLevelWhere, type StockLevelFilterInput } from './stock.service.js';
import { suggestedReorder } from './analysis.service.js';
import { toCsv } from '../../../core/csv.js';

export const EXPORT_LIMIT = 10_000;

/** The stock list as CSV, for spreadsheets: one row per SKU × warehouse. */
export async function stockLevelsCsv(ctx: Ctx, where: StockLevelFilterInput): Promise<string> {
  const rows = await ctx.em.find(StockLevel, stockLevelWhere(ctx.em, where), { populate: ['sku', 'sku.product', 'warehouse'], orderBy: [{ warehouse: { code: 'asc' } }, { sku: { code: 'asc' } }], limit: EXPORT_LIMIT });
  return toCsv(
    ['warehouse', 'sku_code', 'barcode', 'product', 'on_hand', 'reserved', 'available', 'in_transit', 'safety_stock', 'suggested_reorder'],
    rows.map((l) => {
      const sku = l.sku.getEntity();
      return [l.warehouse.getEntity().code, sku.code, sku.barcode ?? '', sku.product.getEntity().title, l.onHand, l.reserved, l.onHand - l.reserved, l.inTransit, l.safetyStock, suggestedReorder(l)];
    }),
  );
}
