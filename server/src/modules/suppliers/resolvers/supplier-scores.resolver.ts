import { Arg, Args, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { SupplierScoreSettings, SupplierScoreSnapshot } from '../entities/supplier-score.entity.js';
import { PeriodSort, RecordSupplierEvaluationInput, ScoreSuppliersInput, SupplierEvaluationFilter, SupplierScoreWeightsInput } from '../inputs/supplier.inputs.js';
import { SupplierEvaluationConnection, SupplierEvaluationPayload, SupplierRankingRow, SupplierScorecard, SupplierScoreSnapshotsPayload, SupplierScoreWeightsPayload } from '../types/supplier.types.js';
import * as evaluations from '../services/evaluations.service.js';
import * as scorecards from '../services/scorecard.service.js';
import * as weights from '../services/score-weights.service.js';

const PERIOD = { description: 'A month `2026-11` or a quarter `2026-Q4` (shop time zone).' };

@Resolver()
export class SupplierScoresResolver {
  @Allow('supplier:read')
  @Query(() => SupplierEvaluationConnection, { description: 'Supplier evaluations, latest period first. Needs `supplier:read`; a supplier token sees only its own.' })
  supplierEvaluations(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => SupplierEvaluationFilter, { nullable: true, description: 'Filters.' }) where?: SupplierEvaluationFilter, @Arg('sort', () => PeriodSort, { nullable: true, description: 'Sort order.' }) sort?: PeriodSort) {
    return evaluations.listEvaluations(ctx, { ...page, where, sort });
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierEvaluationPayload, { description: 'Records an evaluation and stores the period’s score snapshot. Needs `supplier:write`.' })
  recordSupplierEvaluation(@Context() ctx: Ctx, @Arg('input', () => RecordSupplierEvaluationInput, { description: 'The scores.' }) input: RecordSupplierEvaluationInput) {
    return toPayload(() => evaluations.recordEvaluation(ctx, input));
  }

  @Allow('supplier:read')
  @Query(() => SupplierScoreSettings, { description: 'The weights of the five scores in the composite. Needs `supplier:read`.' })
  supplierScoreWeights(@Context() ctx: Ctx) {
    return weights.scoreWeights(ctx.em);
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierScoreWeightsPayload, { description: 'Changes the score weights (whole percentages summing to 100). Needs `supplier:write`.' })
  setSupplierScoreWeights(@Context() ctx: Ctx, @Arg('input', () => SupplierScoreWeightsInput, { description: 'The weights.' }) input: SupplierScoreWeightsInput) {
    return toPayload(() => weights.setScoreWeights(ctx, input));
  }

  @Allow('supplier:read')
  @Query(() => SupplierScorecard, { nullable: true, description: 'A supplier’s scorecard for a period, computed now, with the numbers behind each figure. Needs `supplier:read`; a supplier token gets only its own (null otherwise).' })
  supplierScorecard(@Context() ctx: Ctx, @Arg('supplierId', () => ID, { description: 'The supplier (partner id).' }) supplierId: string, @Arg('period', () => String, PERIOD) period: string) {
    return scorecards.supplierScorecard(ctx, supplierId, period);
  }

  @Allow('supplier:read')
  @Query(() => [SupplierScoreSnapshot], { description: 'A supplier’s stored scores per period (months, then quarters, by year). Needs `supplier:read`; a supplier token gets only its own.' })
  supplierScoreHistory(@Context() ctx: Ctx, @Arg('supplierId', () => ID, { description: 'The supplier (partner id).' }) supplierId: string) {
    return scorecards.scoreHistory(ctx, supplierId);
  }

  @Allow('supplier:read')
  @Query(() => [SupplierRankingRow], { description: 'Suppliers ranked by composite score for a period, best first. Needs `supplier:read`; a supplier token sees only its own row.' })
  supplierRanking(@Context() ctx: Ctx, @Arg('period', () => String, PERIOD) period: string, @Arg('limit', () => Int, { nullable: true, description: 'At most this many rows (1–200, default 50).' }) limit?: number) {
    return scorecards.supplierRanking(ctx, period, limit ?? 50);
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierScoreSnapshotsPayload, { description: 'Scores suppliers for a period and stores the snapshots (history). Needs `supplier:write`.' })
  scoreSuppliersForPeriod(@Context() ctx: Ctx, @Arg('input', () => ScoreSuppliersInput, { description: 'Period and suppliers.' }) input: ScoreSuppliersInput) {
    return toPayload(() => evaluations.scoreSuppliersForPeriod(ctx, input));
  }
}
