import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Courier } from '../entities/courier.entity.js';
import { CourierRate } from '../entities/courier-rate.entity.js';
import { Shipment } from '../entities/shipment.entity.js';
import { TrackingEvent } from '../entities/tracking-event.entity.js';

function byKey<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

@Resolver(() => Courier)
export class CourierFieldsResolver {
  @FieldResolver(() => [CourierRate], { description: 'The negotiated rate card.' })
  rates(@Root() courier: Courier, @Context() ctx: Ctx) {
    return loader<number, CourierRate[]>(ctx, 'courier.rates', async (ids) =>
      byKey(await ctx.em.find(CourierRate, { courier: { $in: [...ids] } }, { orderBy: [{ method: 'asc' }, { province: 'asc' }] }), (r) => r.courier.id), []).load(courier.id);
  }
}

@Resolver(() => CourierRate)
export class CourierRateFieldsResolver {
  @FieldResolver(() => Courier, { description: 'The courier.' })
  courier(@Root() rate: CourierRate) { return rate.courier.load(); }
}

@Resolver(() => Shipment)
export class ShipmentFieldsResolver {
  @FieldResolver(() => Order, { description: 'The order shipped.' })
  order(@Root() s: Shipment) { return s.order.load(); }

  @FieldResolver(() => Courier, { description: 'The courier.' })
  courier(@Root() s: Shipment) { return s.courier.load(); }

  @FieldResolver(() => [TrackingEvent], { description: 'Tracking events, oldest first.' })
  events(@Root() s: Shipment, @Context() ctx: Ctx) {
    return loader<number, TrackingEvent[]>(ctx, 'shipment.events', async (ids) =>
      byKey(await ctx.em.find(TrackingEvent, { shipment: { $in: [...ids] } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (e) => e.shipment.id), []).load(s.id);
  }
}

@Resolver(() => TrackingEvent)
export class TrackingEventFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The staff member who entered it.' })
  actor(@Root() e: TrackingEvent) { return e.actor?.load() ?? null; }
}
