import { Arg, Args, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload, UserError } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { Shipment } from '../entities/shipment.entity.js';
import { AddTrackingEventInput, ImportTrackingInput, ShipmentFilter } from '../inputs/shipping.inputs.js';
import { ImportTrackingPayload, ShipmentConnection, TrackingEventPayload } from '../types/shipping.types.js';
import { listOverdueShipments, listShipments } from '../services/shipments-list.service.js';
import { addTrackingEvent, loadShipment } from '../services/tracking.service.js';
import { importTrackingCsv } from '../services/tracking-import.service.js';

@Resolver()
export class ShipmentsResolver {
  @Allow('order:read')
  @Query(() => ShipmentConnection, { description: 'Shipments, newest first; search by part of a waybill number. An agent token sees its own orders’ only. Needs `order:read`.' })
  shipments(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => ShipmentFilter, { nullable: true, description: 'Filters.' }) where?: ShipmentFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort by shipping time.' }) sort?: TimeSort) {
    return listShipments(ctx, { ...page, where, sort });
  }

  @Allow('order:read')
  @Query(() => Shipment, { nullable: true, description: 'One shipment with its tracking. Needs `order:read`.' })
  async shipment(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Shipment id.' }) id: string) {
    try { return await loadShipment(ctx, id); } catch (error) { if (error instanceof UserError) return null; throw error; }
  }

  @Allow('order:read')
  @Query(() => ShipmentConnection, { description: 'Shipments still followed with no tracking update for N days, stalest first. Needs `order:read`.' })
  overdueShipments(
    @Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('days', () => Int, { nullable: true, description: 'Days without an update, 1–90 (default 3).' }) days?: number,
    @Arg('courierId', () => ID, { nullable: true, description: 'Only this courier.' }) courierId?: string,
  ) {
    return listOverdueShipments(ctx, { ...page, days, courierId });
  }

  @Allow('order:ship')
  @Mutation(() => TrackingEventPayload, { description: 'Adds a tracking event by hand; SIGNED for an order’s last parcel delivers the order. Needs `order:ship`.' })
  addTrackingEvent(@Context() ctx: Ctx, @Arg('input', () => AddTrackingEventInput, { description: 'The event.' }) input: AddTrackingEventInput) {
    return toPayload(() => addTrackingEvent(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => ImportTrackingPayload, { description: 'Imports tracking events from a courier’s CSV; bad rows are reported, known rows skipped. Needs `order:ship`.' })
  importTrackingCsv(@Context() ctx: Ctx, @Arg('input', () => ImportTrackingInput, { description: 'The file.' }) input: ImportTrackingInput) {
    return toPayload(() => importTrackingCsv(ctx, input));
  }
}
