import { Arg, Args, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { DefectiveHolding } from '../entities/defective-holding.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { DefectiveHoldingFilter, DefectiveHoldingSort, SetAsideDefectiveInput } from '../inputs/defective.inputs.js';
import { DefectiveHoldingConnection, DefectiveHoldingPayload } from '../types/defective.types.js';
import { listDefectiveHoldings, setAsideDefective } from '../services/defective.service.js';

@Resolver()
export class DefectiveHoldingsResolver {
  @Allow('stock:read')
  @Query(() => DefectiveHoldingConnection, { description: 'Defective and QC-rejected goods kept apart from saleable stock, newest first. Needs `stock:read`.' })
  defectiveHoldings(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => DefectiveHoldingFilter, { nullable: true, description: 'Filters.' }) where?: DefectiveHoldingFilter, @Arg('sort', () => DefectiveHoldingSort, { nullable: true, description: 'Sort order.' }) sort?: DefectiveHoldingSort) {
    return listDefectiveHoldings(ctx, { ...page, where, sort });
  }

  @Allow('stock:adjust')
  @Mutation(() => DefectiveHoldingPayload, { description: 'Takes saleable stock found defective out of on-hand (OTHER_OUT) and keeps it apart for its supplier. Needs `stock:adjust`.' })
  setAsideDefective(@Context() ctx: Ctx, @Arg('input', () => SetAsideDefectiveInput, { description: 'What, where, how many and why.' }) input: SetAsideDefectiveInput) {
    return toPayload(() => setAsideDefective(ctx, input));
  }
}

@Resolver(() => DefectiveHolding)
export class DefectiveHoldingFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() holding: DefectiveHolding) { return holding.sku.load(); }

  @FieldResolver(() => Warehouse, { description: 'The warehouse where the goods are kept apart.' })
  warehouse(@Root() holding: DefectiveHolding) { return holding.warehouse.load(); }

  @FieldResolver(() => Partner, { nullable: true, description: 'The supplier they go back to, when known.' })
  supplier(@Root() holding: DefectiveHolding) { return holding.supplier?.load() ?? null; }
}
