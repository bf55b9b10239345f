import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Partner } from '../entities/partner.entity.js';
import { PartnerConnection, PartnerPayload } from '../types/partner.types.js';
import { CreatePartnerInput, PartnerFilter, PartnerSort, UpdatePartnerInput } from '../inputs/partner.inputs.js';
import * as partners from '../services/partners.service.js';

@Resolver()
export class PartnersResolver {
  @Allow('partner:read')
  @Query(() => PartnerConnection, { description: 'Suppliers and agents, paged. Needs `partner:read`; a partner token sees only its own record.' })
  partners(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => PartnerFilter, { nullable: true, description: 'Filters.' }) where?: PartnerFilter,
    @Arg('sort', () => PartnerSort, { nullable: true, description: 'Sort order (default: name ascending).' }) sort?: PartnerSort,
  ) {
    return partners.listPartners(ctx, { ...page, where, sort });
  }

  @Allow('partner:read')
  @Query(() => Partner, { nullable: true, description: 'One partner. Needs `partner:read`; null for another partner’s record when called with a partner token.' })
  partner(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Partner id.' }) id: string) {
    return partners.getPartner(ctx, id);
  }

  @Allow('partner:manage')
  @Mutation(() => PartnerPayload, { description: 'Creates a supplier or agent. Needs `partner:manage`.' })
  createPartner(@Context() ctx: Ctx, @Arg('input', () => CreatePartnerInput, { description: 'The new partner.' }) input: CreatePartnerInput) {
    return toPayload(() => partners.createPartner(ctx, input));
  }

  @Allow('partner:manage')
  @Mutation(() => PartnerPayload, { description: 'Changes a partner. Needs `partner:manage`.' })
  updatePartner(@Context() ctx: Ctx, @Arg('input', () => UpdatePartnerInput, { description: 'The changes.' }) input: UpdatePartnerInput) {
    return toPayload(() => partners.updatePartner(ctx, input));
  }
}
