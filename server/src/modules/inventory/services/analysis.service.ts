import type { Ctx } from '../../../core/context.js';
import { num, sql } from '../../../core/db/sql.js';
import { badInput } from '../../../core/errors.js';

export interface AbcRow { skuId: number; skuCode: string; productTitle: string; soldQuantity: number; salesValueFen: number; share: number; cumulativeShare: number; abcClass: 'A' | 'B' | 'C'; onHand: number; turnoverDays: number | null }

/**
 * ABC classification by sales value over the last `days` days, from the ledger's sale-out
 * movements at the SKU's current price: A up to 80 % of value, B up to 95 %, C the rest.
 * Turnover days = on hand ÷ average daily units sold (null when nothing sold).
 */
export async function abcAnalysis(ctx: Ctx, input: { days?: number | null; warehouseId?: string | null }): Promise<AbcRow[]> {
  const days = input.days ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 730) throw badInput('`days` must be between 1 and 730');
  const since = new Date(Date.now() - days * 86_400_000);
  const wh = input.warehouseId ? Number(input.warehouseId) : null;
  const rows = await sql<{ sku_id: unknown; code: string; title: string; price_fen: unknown; sold: unknown; on_hand: unknown }>(ctx.em, `
    select s.id as sku_id, s.code, p.title, s.price_fen,
      coalesce((select -sum(m.quantity) from stock_movements m where m.sku_id = s.id and m.type = 'SALE_OUT' and m.at >= ?${wh ? ' and m.warehouse_id = ?' : ''}), 0) as sold,
      coalesce((select sum(l.on_hand) from stock_levels l where l.sku_id = s.id${wh ? ' and l.warehouse_id = ?' : ''}), 0) as on_hand
    from skus s join products p on p.id = s.product_id
    where s.is_gift = ?`, wh ? [since, wh, wh, false] : [since, false]);
  const items = rows.map((r) => ({ skuId: num(r.sku_id), skuCode: r.code, productTitle: r.title, soldQuantity: num(r.sold), salesValueFen: num(r.sold) * num(r.price_fen), onHand: num(r.on_hand) }));
  items.sort((a, b) => b.salesValueFen - a.salesValueFen || a.skuCode.localeCompare(b.skuCode));
  const total = items.reduce((sum, i) => sum + i.salesValueFen, 0);
  let running = 0;
  return items.map((i) => {
    running += i.salesValueFen;
    const share = total ? i.salesValueFen / total : 0;
    const cumulativeShare = total ? running / total : 1;
    // Compare in integer fen (prior value × 100 against total × 80), free of float error.
    const prior100 = (running - i.salesValueFen) * 100;
    const abcClass = i.salesValueFen > 0 && prior100 < total * 80 ? 'A' : i.salesValueFen > 0 && prior100 < total * 95 ? 'B' : 'C';
    const daily = i.soldQuantity / days;
    return { ...i, share, cumulativeShare, abcClass, turnoverDays: daily > 0 ? Math.round((i.onHand / daily) * 10) / 10 : null };
  });
}

export interface WarehouseSummaryRow { warehouseId: number; warehouseCode: string; warehouseName: string; skuCount: number; onHand: number; reserved: number; inTransit: number; outOfStock: number; belowSafety: number; overstock: number }

/** Overstock: on hand above three times the safety stock (for SKUs that have one). */
export const OVERSTOCK_FACTOR = 3;

/** Out-of-stock, below-safety and overstock counts per warehouse (sellable SKUs only). */
export async function warehouseSummary(ctx: Ctx): Promise<WarehouseSummaryRow[]> {
  const rows = await sql<Record<string, unknown>>(ctx.em, `
    select w.id, w.code, w.name,
      count(l.id) as sku_count,
      coalesce(sum(l.on_hand), 0) as on_hand, coalesce(sum(l.reserved), 0) as reserved, coalesce(sum(l.in_transit), 0) as in_transit,
      coalesce(sum(case when l.on_hand - l.reserved <= 0 then 1 else 0 end), 0) as out_of_stock,
      coalesce(sum(case when l.on_hand - l.reserved < l.safety_stock then 1 else 0 end), 0) as below_safety,
      coalesce(sum(case when l.safety_stock > 0 and l.on_hand > l.safety_stock * ${OVERSTOCK_FACTOR} then 1 else 0 end), 0) as overstock
    from warehouses w
    left join stock_levels l on l.warehouse_id = w.id and l.sku_id in (select id from skus where is_gift = ?)
    group by w.id, w.code, w.name
    order by w.code`, [false]);
  return rows.map((r) => ({
    warehouseId: num(r.id), warehouseCode: String(r.code), warehouseName: String(r.name), skuCount: num(r.sku_count), onHand: num(r.on_hand),
    reserved: num(r.reserved), inTransit: num(r.in_transit), outOfStock: num(r.out_of_stock), belowSafety: num(r.below_safety), overstock: num(r.overstock),
  }));
}

/** Suggested reorder: bring available + in transit back up to twice the safety stock. */
export function suggestedReorder(level: { onHand: number; reserved: number; inTransit: number; safetyStock: number }): number {
  return Math.max(0, level.safetyStock * 2 - (level.onHand - level.reserved) - level.inTransit);
}
