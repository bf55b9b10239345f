import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { SupplierProfile } from '../entities/supplier-profile.entity.js';
import { RemoveSupplierSkuInput, SaveSupplierProfileInput, SaveSupplierSkuInput, SupplierFilter, SupplierSkuFilter, SupplierSort } from '../inputs/supplier.inputs.js';
import { SupplierConnection, SupplierProfilePayload, SupplierSkuConnection, SupplierSkuPayload } from '../types/supplier.types.js';
import * as profiles from '../services/supplier-profiles.service.js';
import * as skus from '../services/supplier-skus.service.js';

@Resolver()
export class SuppliersResolver {
  @Allow('supplier:read')
  @Query(() => SupplierConnection, { description: 'Suppliers with their profiles, searchable and sortable. Needs `supplier:read`; a supplier token sees only itself.' })
  suppliers(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => SupplierFilter, { nullable: true, description: 'Filters.' }) where?: SupplierFilter, @Arg('sort', () => SupplierSort, { nullable: true, description: 'Sort order.' }) sort?: SupplierSort) {
    return profiles.listSuppliers(ctx, { ...page, where, sort });
  }

  @Allow('supplier:read')
  @Query(() => SupplierProfile, { nullable: true, description: 'One supplier by its partner id. Needs `supplier:read`; null for another supplier with a supplier token.' })
  supplier(@Context() ctx: Ctx, @Arg('partnerId', () => ID, { description: 'The supplier’s partner id.' }) partnerId: string) {
    return profiles.getSupplier(ctx, partnerId);
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierProfilePayload, { description: 'Creates or changes a supplier partner’s profile. Needs `supplier:write`.' })
  saveSupplierProfile(@Context() ctx: Ctx, @Arg('input', () => SaveSupplierProfileInput, { description: 'The profile.' }) input: SaveSupplierProfileInput) {
    return toPayload(() => profiles.saveSupplierProfile(ctx, input));
  }

  @Allow('supplier:read')
  @Query(() => SupplierSkuConnection, { description: 'What suppliers supply and at what terms. Needs `supplier:read`; a supplier token sees only its own rows.' })
  supplierSkus(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => SupplierSkuFilter, { nullable: true, description: 'Filters.' }) where?: SupplierSkuFilter) {
    return skus.listSupplierSkus(ctx, { ...page, where });
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierSkuPayload, { description: 'Adds a SKU to a supplier’s list or changes its terms. Needs `supplier:write`.' })
  saveSupplierSku(@Context() ctx: Ctx, @Arg('input', () => SaveSupplierSkuInput, { description: 'The terms.' }) input: SaveSupplierSkuInput) {
    return toPayload(() => skus.saveSupplierSku(ctx, input));
  }

  @Allow('supplier:write')
  @Mutation(() => SupplierSkuPayload, { description: 'Removes a SKU from a supplier’s list. Needs `supplier:write`.' })
  removeSupplierSku(@Context() ctx: Ctx, @Arg('input', () => RemoveSupplierSkuInput, { description: 'The row.' }) input: RemoveSupplierSkuInput) {
    return toPayload(() => skus.removeSupplierSku(ctx, input));
  }
}
