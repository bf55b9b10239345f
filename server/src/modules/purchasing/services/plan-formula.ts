/**
 * The purchase-plan formula, per SKU and warehouse:
 *
 *   daily velocity = units sold (SALE_OUT) in the look-back window ÷ look-back days
 *   demand         = ceil(daily velocity × growth % / 100 × (supplier lead time + period days))
 *   need           = demand + safety stock − (available + in transit + on order)
 *   quantity       = need ≤ 0 ? nothing : max(need, the supplier's minimum order quantity)
 *
 * Available is on hand − reserved; in transit is stock shipped here from other warehouses; on
 * order is ordered on approved/sent/partially received purchase orders and not yet received.
 * Demand is computed in integers (sold × growth × days ÷ (look-back × 100), rounded up), so the
 * result has no floating-point error.
 */
export interface PlanFigures {
  soldUnits: number;
  lookbackDays: number;
  growthPercent: number;
  leadTimeDays: number;
  periodDays: number;
  safetyStock: number;
  available: number;
  inTransit: number;
  onOrder: number;
  minOrderQuantity: number;
}

export function plannedQuantity(x: PlanFigures): { dailyVelocity: number; demand: number; need: number; quantity: number } {
  const cover = x.leadTimeDays + x.periodDays;
  const numerator = x.soldUnits * x.growthPercent * cover;
  const denominator = x.lookbackDays * 100;
  const demand = Math.ceil(numerator / denominator);
  const need = demand + x.safetyStock - (x.available + x.inTransit + x.onOrder);
  const quantity = need > 0 ? Math.max(need, x.minOrderQuantity) : 0;
  return { dailyVelocity: Math.round((x.soldUnits / x.lookbackDays) * 1000) / 1000, demand, need, quantity };
}

export const PERIOD_DAYS = { DAILY: 1, WEEKLY: 7, MONTHLY: 30 } as const;
