import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Rfq, RfqLine, RfqQuote } from '../entities/rfq.entity.js';
import { SupplierScoreSnapshot } from '../entities/supplier-score.entity.js';
import { isExpired, today } from './rfqs.service.js';

export interface QuoteComparison {
  quote: RfqQuote; supplierScore: number | null; lineTotal: number; expired: boolean; meetsQuantity: boolean;
  bestPrice: boolean; bestLeadTime: boolean; bestSupplierScore: boolean;
}
export interface LineComparison { line: RfqLine; quotes: QuoteComparison[] }

/** The latest stored composite score of each supplier (by computation time), for the "best score" flag. */
async function latestScores(ctx: Ctx, supplierIds: number[]): Promise<Map<number, number>> {
  const snapshots = supplierIds.length ? await ctx.em.find(SupplierScoreSnapshot, { supplier: { $in: supplierIds }, composite: { $ne: null } }, { orderBy: { computedAt: 'asc', id: 'asc' } }) : [];
  return new Map(snapshots.map((s) => [s.supplier.id, s.composite!]));
}

/**
 * Side-by-side quotes per line (比价). Flags are set among the quotes that are still valid:
 * the lowest unit price, the shortest lead time, the highest supplier score (ties all flagged).
 * Expired quotes are listed, flagged `expired`, and never best.
 */
export async function rfqComparison(ctx: Ctx, id: string): Promise<LineComparison[] | null> {
  if (partnerScope(ctx.viewer) !== null) return null; // competitors' prices are for the shop only
  const rfq = await ctx.em.findOne(Rfq, Number(id), { populate: ['lines', 'lines.quotes'] });
  if (!rfq) return null;
  const lines = rfq.lines.getItems();
  const scores = await latestScores(ctx, [...new Set(lines.flatMap((l) => l.quotes.getItems().map((q) => q.supplier.id)))]);
  const todayDay = today(ctx);
  return lines.map((line) => {
    const rows = line.quotes.getItems().map((quote) => ({ quote, supplierScore: scores.get(quote.supplier.id) ?? null, expired: isExpired(quote, todayDay) }));
    const valid = rows.filter((r) => !r.expired);
    const minPrice = Math.min(...valid.map((r) => r.quote.unitPrice));
    const minLead = Math.min(...valid.map((r) => r.quote.leadTimeDays));
    const maxScore = Math.max(...valid.map((r) => r.supplierScore ?? -1));
    return {
      line,
      quotes: rows
        .map((r) => ({
          ...r, lineTotal: r.quote.unitPrice * Math.max(line.quantity, r.quote.minOrderQuantity), meetsQuantity: line.quantity >= r.quote.minOrderQuantity,
          bestPrice: !r.expired && r.quote.unitPrice === minPrice,
          bestLeadTime: !r.expired && r.quote.leadTimeDays === minLead,
          bestSupplierScore: !r.expired && r.supplierScore != null && r.supplierScore === maxScore,
        }))
        .sort((a, b) => Number(a.expired) - Number(b.expired) || a.quote.unitPrice - b.quote.unitPrice || a.quote.id - b.quote.id),
    };
  });
}
