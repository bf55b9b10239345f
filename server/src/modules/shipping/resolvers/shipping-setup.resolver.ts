import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { IdInput } from '../../identity/inputs/identity.inputs.js';
import { Courier } from '../entities/courier.entity.js';
import { ShipFirstRegion } from '../entities/ship-first-region.entity.js';
import { ShippingFeeTemplate } from '../entities/shipping-fee-template.entity.js';
import { ShippingMethod } from '../entities/shipping-method.js';
import { CreateCourierInput, SetCourierRateInput, SetShipFirstRegionsInput, SetShippingFeeTemplateInput, UpdateCourierInput } from '../inputs/shipping.inputs.js';
import { CourierPayload, CourierRatePayload, ShipFirstRegionsPayload, ShippingFeeTemplatePayload } from '../types/shipping.types.js';
import * as couriers from '../services/couriers.service.js';
import * as fees from '../services/fee-templates.service.js';
import { PROVINCES } from '../services/provinces.js';

/** Couriers, rate cards, fee templates and ship-first regions: reference data, short lists. */
@Resolver()
export class ShippingSetupResolver {
  @Allow('order:read')
  @Query(() => [String], { description: 'The province names addresses, templates and regions use. Needs `order:read`.' })
  provinces(): string[] { return [...PROVINCES]; }

  @Allow('order:read')
  @Query(() => [Courier], { description: 'Couriers with their rate cards. Needs `order:read`.' })
  couriers(@Context() ctx: Ctx, @Arg('activeOnly', () => Boolean, { nullable: true, description: 'Only active couriers.' }) activeOnly?: boolean) {
    return couriers.listCouriers(ctx, activeOnly);
  }

  @Allow('courier:manage')
  @Mutation(() => CourierPayload, { description: 'Adds a courier. Needs `courier:manage`.' })
  createCourier(@Context() ctx: Ctx, @Arg('input', () => CreateCourierInput, { description: 'The courier.' }) input: CreateCourierInput) {
    return toPayload(() => couriers.createCourier(ctx, input));
  }

  @Allow('courier:manage')
  @Mutation(() => CourierPayload, { description: 'Changes a courier. Needs `courier:manage`.' })
  updateCourier(@Context() ctx: Ctx, @Arg('input', () => UpdateCourierInput, { description: 'The changes.' }) input: UpdateCourierInput) {
    return toPayload(() => couriers.updateCourier(ctx, input));
  }

  @Allow('courier:manage')
  @Mutation(() => CourierRatePayload, { description: 'Sets one row of a courier’s negotiated rate card. Needs `courier:manage`.' })
  setCourierRate(@Context() ctx: Ctx, @Arg('input', () => SetCourierRateInput, { description: 'The rate.' }) input: SetCourierRateInput) {
    return toPayload(() => couriers.setCourierRate(ctx, input));
  }

  @Allow('courier:manage')
  @Mutation(() => CourierRatePayload, { description: 'Removes a row of a rate card. Needs `courier:manage`.' })
  removeCourierRate(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The rate row.' }) input: IdInput) {
    return toPayload(() => couriers.removeCourierRate(ctx, input));
  }

  @Allow('order:read')
  @Query(() => [ShippingFeeTemplate], { description: 'The shipping-fee templates (运费模板) by method and province. Needs `order:read`.' })
  shippingFeeTemplates(@Context() ctx: Ctx, @Arg('method', () => ShippingMethod, { nullable: true, description: 'Only this method.' }) method?: ShippingMethod) {
    return fees.listFeeTemplates(ctx, method);
  }

  @Allow('courier:manage')
  @Mutation(() => ShippingFeeTemplatePayload, { description: 'Sets the buyer’s shipping fee for a method and province; new orders use it. Needs `courier:manage`.' })
  setShippingFeeTemplate(@Context() ctx: Ctx, @Arg('input', () => SetShippingFeeTemplateInput, { description: 'The template row.' }) input: SetShippingFeeTemplateInput) {
    return toPayload(() => fees.setFeeTemplate(ctx, input));
  }

  @Allow('courier:manage')
  @Mutation(() => ShippingFeeTemplatePayload, { description: 'Removes a fee template row. Needs `courier:manage`.' })
  removeShippingFeeTemplate(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The template row.' }) input: IdInput) {
    return toPayload(() => fees.removeFeeTemplate(ctx, input));
  }

  @Allow('order:read')
  @Query(() => [ShipFirstRegion], { description: 'Provinces whose orders ship first. Needs `order:read`.' })
  shipFirstRegions(@Context() ctx: Ctx) {
    return fees.listShipFirstRegions(ctx);
  }

  @Allow('courier:manage')
  @Mutation(() => ShipFirstRegionsPayload, { description: 'Replaces the ship-first regions; orders not yet shipped are re-ranked at once. Needs `courier:manage`.' })
  setShipFirstRegions(@Context() ctx: Ctx, @Arg('input', () => SetShipFirstRegionsInput, { description: 'The provinces.' }) input: SetShipFirstRegionsInput) {
    return toPayload(() => fees.setShipFirstRegions(ctx, input));
  }
}
