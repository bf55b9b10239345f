import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { supplierDeliveryFacts, type DeliveryFacts } from '../../purchasing/services/supplier-facts.js';
import { complaintsTracedToSuppliers } from '../../complaints/services/complaint-facts.js';
import { SupplierEvaluation } from '../entities/supplier-evaluation.entity.js';
import { SupplierProfile } from '../entities/supplier-profile.entity.js';
import { SupplierScoreSnapshot } from '../entities/supplier-score.entity.js';
import { parsePeriod, type ScorePeriod } from './score-period.js';
import { averageScores, combine, computedDelivery, computedQuality, rates, type Figure, type Rates } from './scoring.js';
import { scoreWeights } from './score-weights.service.js';

/** Every figure of a supplier's score for a period, with the numbers it came from. */
export interface Scorecard {
  supplierId: number; period: string; from: Date; to: Date;
  facts: DeliveryFacts; complaints: number; rates: Rates;
  computedQuality: number | null; computedDelivery: number | null;
  evaluationIds: number[];
  quality: Figure; delivery: Figure; price: Figure; service: Figure; credit: Figure;
  composite: number | null;
}

const NO_FACTS: DeliveryFacts = { receipts: 0, onTimeReceipts: 0, orderedUnits: 0, receivedUnits: 0, acceptedUnits: 0, rejectedUnits: 0, returnedUnits: 0 };

/** Scorecards of several suppliers for one period: one facts query, one complaints query, one evaluations query. */
export async function computeScorecards(em: EntityManager, supplierIds: number[], period: ScorePeriod, timeZone: string): Promise<Scorecard[]> {
  if (!supplierIds.length) return [];
  // One after another: inside a PostgreSQL transaction the connection runs one query at a time.
  const facts = await supplierDeliveryFacts(em, { from: period.from, to: period.to, supplierIds, timeZone });
  const complaints = await complaintsTracedToSuppliers(em, { from: period.from, to: period.to });
  // A quarter also counts the evaluations recorded for its months.
  const evaluations = await em.find(SupplierEvaluation, { supplier: { $in: supplierIds }, period: { $in: [period.key, ...(period.kind === 'QUARTER' ? period.months : [])] } }, { orderBy: { id: 'asc' } });
  const weights = await scoreWeights(em);
  return supplierIds.map((id) => {
    const f = facts.get(id) ?? NO_FACTS;
    const c = complaints.get(id) ?? 0;
    const r = rates(f, c);
    const own = evaluations.filter((e) => e.supplier.id === id);
    const computed = { quality: computedQuality(r), delivery: computedDelivery(r) };
    const figures = combine(computed, averageScores(own), weights);
    return {
      supplierId: id, period: period.key, from: period.from, to: period.to, facts: { ...f }, complaints: c, rates: r,
      computedQuality: computed.quality, computedDelivery: computed.delivery, evaluationIds: own.map((e) => e.id), ...figures,
    };
  });
}

/** One supplier's scorecard; null for a non-supplier, or another supplier when called with a supplier token. */
export async function supplierScorecard(ctx: Ctx, supplierId: string, periodKey: string): Promise<Scorecard | null> {
  const period = parsePeriod(periodKey, ctx.config.shopTimezone);
  const own = partnerScope(ctx.viewer);
  const id = Number(supplierId);
  if (own !== null && own !== id) return null;
  const partner = await ctx.em.findOne(Partner, { id, type: PartnerType.SUPPLIER });
  if (!partner) return null;
  const [card] = await computeScorecards(ctx.em, [id], period, ctx.config.shopTimezone);
  return card;
}

/** Stores (or replaces) the period's snapshot of each scorecard, in the caller's transaction. */
export async function storeSnapshots(em: EntityManager, cards: Scorecard[]): Promise<SupplierScoreSnapshot[]> {
  if (!cards.length) return [];
  const existing = await em.find(SupplierScoreSnapshot, { period: cards[0].period, supplier: { $in: cards.map((c) => c.supplierId) } });
  const bySupplier = new Map(existing.map((s) => [s.supplier.id, s]));
  const now = new Date();
  return cards.map((card) => {
    const snapshot = bySupplier.get(card.supplierId) ?? em.create(SupplierScoreSnapshot, { supplier: em.getReference(Partner, card.supplierId), period: card.period, detail: {}, computedAt: now });
    Object.assign(snapshot, {
      quality: card.quality.score, delivery: card.delivery.score, price: card.price.score, service: card.service.score, credit: card.credit.score,
      composite: card.composite, detail: JSON.parse(JSON.stringify(card)), computedAt: now,
    });
    em.persist(snapshot);
    return snapshot;
  });
}

/** The ids of suppliers with a profile, optionally only some; a supplier token gets only its own. */
export async function profiledSupplierIds(ctx: Ctx, only?: number[]): Promise<number[]> {
  const own = partnerScope(ctx.viewer);
  const profiles = await ctx.em.find(SupplierProfile, { ...(only ? { partner: { $in: only } } : {}), ...(own !== null ? { partner: own } : {}) }, { fields: ['partner'], orderBy: { partner: 'asc' } });
  return profiles.map((p) => p.partner.id);
}

/** Suppliers ranked by composite score for a period, computed from live data; unknown composites last. */
export async function supplierRanking(ctx: Ctx, periodKey: string, limit = 50) {
  const period = parsePeriod(periodKey, ctx.config.shopTimezone);
  const cards = await computeScorecards(ctx.em, await profiledSupplierIds(ctx), period, ctx.config.shopTimezone);
  cards.sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1) || a.supplierId - b.supplierId);
  return cards.slice(0, Math.max(1, Math.min(limit, 200))).map((card, i) => ({ rank: i + 1, scorecard: card }));
}

/** Stored snapshots of a supplier, oldest period first. */
export function scoreHistory(ctx: Ctx, supplierId: string) {
  const own = partnerScope(ctx.viewer);
  if (own !== null && own !== Number(supplierId)) return Promise.resolve([]);
  return ctx.em.find(SupplierScoreSnapshot, { supplier: Number(supplierId) }, { orderBy: { period: 'asc' } });
}
