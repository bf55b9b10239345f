import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { CourierClaim } from '../entities/courier-claim.entity.js';
import { CourierClaimFilter, DecideCourierClaimInput, FileCourierClaimInput, SettleCourierClaimInput } from '../inputs/reviews.inputs.js';
import { CourierClaimConnection, CourierClaimPayload } from '../types/reviews.types.js';
import * as claims from '../services/courier-claims.service.js';

@Resolver()
export class CourierClaimsResolver {
  @Allow('review:read')
  @Query(() => CourierClaimConnection, { description: 'Claims against couriers (快递索赔), newest first. Needs `review:read`.' })
  courierClaims(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => CourierClaimFilter, { nullable: true, description: 'Filters.' }) where?: CourierClaimFilter) {
    return claims.listCourierClaims(ctx, { ...page, where });
  }

  @Allow('review:read')
  @Query(() => CourierClaim, { nullable: true, description: 'One courier claim with its history. Needs `review:read`.' })
  courierClaim(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Claim id.' }) id: string) {
    return Number.isInteger(Number(id)) ? ctx.em.findOne(CourierClaim, Number(id)) : null;
  }

  @Allow('review:write')
  @Mutation(() => CourierClaimPayload, { description: 'Files a claim against a courier, optionally for a LOGISTICS bad review. Needs `review:write`.' })
  fileCourierClaim(@Context() ctx: Ctx, @Arg('input', () => FileCourierClaimInput, { description: 'Courier, amount and reason.' }) input: FileCourierClaimInput) {
    return toPayload(() => claims.fileCourierClaim(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => CourierClaimPayload, { description: 'Filed → accepted or rejected, with the courier’s answer (required when rejected). Needs `review:write`.' })
  decideCourierClaim(@Context() ctx: Ctx, @Arg('input', () => DecideCourierClaimInput, { description: 'The answer.' }) input: DecideCourierClaimInput) {
    return toPayload(() => claims.decideCourierClaim(ctx, input));
  }

  @Allow('review:write')
  @Mutation(() => CourierClaimPayload, { description: 'Accepted → settled with what the courier paid (money-ledger income). Needs `review:write`.' })
  settleCourierClaim(@Context() ctx: Ctx, @Arg('input', () => SettleCourierClaimInput, { description: 'The settled amount.' }) input: SettleCourierClaimInput) {
    return toPayload(() => claims.settleCourierClaim(ctx, input));
  }
}
