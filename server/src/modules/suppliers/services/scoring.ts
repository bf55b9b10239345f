/**
 * How a supplier's scores are made (pure functions, so the rules are testable on their own).
 *
 * From receiving events (C3 supplierDeliveryFacts) and complaints (C4 complaintsTracedToSuppliers):
 *   QC pass rate        = accepted units / (accepted + rejected units)            (inspected at receiving)
 *   return rate         = units returned to the supplier / units received
 *   complaints per 100  = complaints traced to the supplier × 100 / units received
 *   on-time rate        = on-time receipts / receipts
 *   computed quality    = 60 % × (100 × pass rate)
 *                       + 25 % × max(0, 100 − 500 × return rate)      (a 20 % return rate scores 0)
 *                       + 15 % × max(0, 100 − 20 × complaints per 100) (5 complaints per 100 units score 0)
 *   computed delivery   = 100 × on-time rate
 * Quality is computed when the period has received units, delivery when it has receipts; otherwise
 * the evaluators' quality / delivery scores are used. Price, service and credit always come from the
 * evaluations: the average of those recorded for the period (a quarter also averages its months').
 * Composite = Σ weight × score / Σ weight over the scores that are known (weights sum to 100).
 */

export interface DeliveryFactsLike { receipts: number; onTimeReceipts: number; orderedUnits: number; receivedUnits: number; acceptedUnits: number; rejectedUnits: number; returnedUnits: number }
export interface ManualScores { quality: number; delivery: number; price: number; service: number; credit: number; count: number }
export interface Weights { quality: number; delivery: number; price: number; service: number; credit: number }
export type ScoreSource = 'COMPUTED' | 'EVALUATION' | 'NONE';
export interface Figure { score: number | null; source: ScoreSource; weight: number }
export const SCORE_KEYS = ['quality', 'delivery', 'price', 'service', 'credit'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export const QUALITY_MIX = { qcPass: 0.6, returns: 0.25, complaints: 0.15 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export interface Rates { qcPassRate: number | null; returnRate: number | null; complaintsPer100Units: number | null; onTimeRate: number | null }

export function rates(facts: DeliveryFactsLike, complaints: number): Rates {
  return {
    qcPassRate: ratio(facts.acceptedUnits, facts.acceptedUnits + facts.rejectedUnits),
    returnRate: ratio(facts.returnedUnits, facts.receivedUnits),
    complaintsPer100Units: facts.receivedUnits > 0 ? (complaints * 100) / facts.receivedUnits : null,
    onTimeRate: ratio(facts.onTimeReceipts, facts.receipts),
  };
}

export function computedQuality(r: Rates): number | null {
  if (r.qcPassRate == null && r.returnRate == null) return null;
  const qc = 100 * (r.qcPassRate ?? 1);
  const returns = Math.max(0, 100 - 500 * (r.returnRate ?? 0));
  const complaints = Math.max(0, 100 - 20 * (r.complaintsPer100Units ?? 0));
  return round1(QUALITY_MIX.qcPass * qc + QUALITY_MIX.returns * returns + QUALITY_MIX.complaints * complaints);
}

export function computedDelivery(r: Rates): number | null {
  return r.onTimeRate == null ? null : round1(100 * r.onTimeRate);
}

/** The five figures and the composite. */
export function combine(computed: { quality: number | null; delivery: number | null }, manual: ManualScores | null, weights: Weights) {
  const figure = (key: ScoreKey): Figure => {
    const c = key === 'quality' || key === 'delivery' ? computed[key] : null;
    if (c != null) return { score: c, source: 'COMPUTED', weight: weights[key] };
    if (manual && manual.count > 0) return { score: round1(manual[key]), source: 'EVALUATION', weight: weights[key] };
    return { score: null, source: 'NONE', weight: weights[key] };
  };
  const figures = Object.fromEntries(SCORE_KEYS.map((k) => [k, figure(k)])) as Record<ScoreKey, Figure>;
  const known = SCORE_KEYS.filter((k) => figures[k].score != null && weights[k] > 0);
  const weightSum = known.reduce((s, k) => s + weights[k], 0);
  const composite = weightSum > 0 ? round1(known.reduce((s, k) => s + weights[k] * figures[k].score!, 0) / weightSum) : null;
  return { ...figures, composite };
}

export function averageScores(rows: { quality: number; delivery: number; price: number; service: number; credit: number }[]): ManualScores | null {
  if (!rows.length) return null;
  const avg = (k: ScoreKey) => rows.reduce((s, r) => s + r[k], 0) / rows.length;
  return { quality: avg('quality'), delivery: avg('delivery'), price: avg('price'), service: avg('service'), credit: avg('credit'), count: rows.length };
}
