import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { viewerOf } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { AssessmentMethod, SupplierEvaluation } from '../entities/supplier-evaluation.entity.js';
import { isPeriodKey, parsePeriod } from './score-period.js';
import { SCORE_KEYS } from './scoring.js';
import { computeScorecards, profiledSupplierIds, storeSnapshots } from './scorecard.service.js';
import { scopedToSupplier } from './supplier-profiles.service.js';

export interface EvaluationFilterInput { supplierId?: string | null; period?: string | null; method?: AssessmentMethod | null }

export function listEvaluations(ctx: Ctx, args: PageArgs & { where?: EvaluationFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<SupplierEvaluation> = {};
  if (f.supplierId) where.supplier = Number(f.supplierId);
  if (f.period) where.period = f.period;
  if (f.method) where.method = f.method;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, SupplierEvaluation, { ...args, where: scopedToSupplier<SupplierEvaluation>(ctx, where, 'supplier'), orderBy: [{ period: dir }, { id: dir }] as never });
}

export interface EvaluationInput {
  supplierId: string; period: string; method: AssessmentMethod; notes?: string | null;
  quality: number; delivery: number; price: number; service: number; credit: number;
}

/** Records an evaluation and stores the period's score snapshot with it, in one transaction. */
export async function recordEvaluation(ctx: Ctx, input: EvaluationInput) {
  const check = new Check().when(!isPeriodKey(input.period ?? ''), 'period', 'A period is a month `YYYY-MM` or a quarter `YYYY-Qn`');
  for (const key of SCORE_KEYS) check.when(!Number.isInteger(input[key]) || input[key] < 0 || input[key] > 100, key, 'A score is a whole number from 0 to 100');
  check.when((input.notes ?? '').length > 4000, 'notes', 'At most 4000 characters');
  const supplier = await ctx.em.findOne(Partner, Number(input.supplierId));
  check.when(!supplier, 'supplierId', 'No such supplier', 'NOT_FOUND').when(!!supplier && supplier.type !== PartnerType.SUPPLIER, 'supplierId', 'The partner is not a supplier');
  check.throwIfAny();
  const period = parsePeriod(input.period, ctx.config.shopTimezone);
  return ctx.em.transactional(async (tx) => {
    const evaluation = tx.create(SupplierEvaluation, {
      supplier: supplier!, period: period.key, method: input.method, evaluator: tx.getReference(User, viewerOf(ctx).userId!),
      quality: input.quality, delivery: input.delivery, price: input.price, service: input.service, credit: input.credit, notes: input.notes?.trim() || undefined,
    });
    tx.persist(evaluation);
    await tx.flush();
    const [card] = await computeScorecards(tx, [supplier!.id], period, ctx.config.shopTimezone);
    const [snapshot] = await storeSnapshots(tx, [card]);
    audit(ctx, tx, { operation: 'recordSupplierEvaluation', entityType: 'SupplierEvaluation', entityId: evaluation.id, summary: `${supplier!.code} ${period.key} (${input.method}): Q${input.quality} D${input.delivery} P${input.price} S${input.service} C${input.credit}; composite ${card.composite ?? '—'}` });
    return { evaluation, snapshot };
  });
}

/** Scores every profiled supplier (or some) for a period and stores the snapshots. */
export async function scoreSuppliersForPeriod(ctx: Ctx, input: { period: string; supplierIds?: string[] | null }) {
  if (!isPeriodKey(input.period ?? '')) throw UserError.of('INVALID', 'A period is a month `YYYY-MM` or a quarter `YYYY-Qn`', 'period');
  const period = parsePeriod(input.period, ctx.config.shopTimezone);
  const ids = await profiledSupplierIds(ctx, input.supplierIds?.map(Number));
  return ctx.em.transactional(async (tx) => {
    const cards = await computeScorecards(tx, ids, period, ctx.config.shopTimezone);
    const snapshots = await storeSnapshots(tx, cards);
    audit(ctx, tx, { operation: 'scoreSuppliersForPeriod', entityType: 'SupplierScoreSnapshot', summary: `${period.key}: scored ${snapshots.length} supplier(s)` });
    return { snapshots };
  });
}
