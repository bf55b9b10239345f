import { Arg, Args, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { OrderFilter } from '../inputs/order.inputs.js';
import { AllocateOrderInput, OrderActionInput, PackOrderInput, ShipOrderInput, ShipOrdersInput } from '../inputs/order-actions.inputs.js';
import { OrderConnection, OrderPayload, ShipOrderPayload, ShipOrdersPayload } from '../types/order.types.js';
import { fulfilmentQueue } from '../services/orders-list.service.js';
import * as fulfilment from '../services/fulfilment.service.js';
import * as shipping from '../services/order-shipping.service.js';

@Resolver()
export class FulfilmentResolver {
  @Allow('order:read')
  @Query(() => OrderConnection, { description: 'The fulfilment queue: paid orders not yet shipped, ship-first regions first, then the longest-waiting. Needs `order:read`.' })
  fulfilmentQueue(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => OrderFilter, { nullable: true, description: 'Filters (states outside the queue are ignored).' }) where?: OrderFilter) {
    return fulfilmentQueue(ctx, { ...page, where });
  }

  @Allow('order:ship')
  @Mutation(() => OrderPayload, { description: 'Paid → allocated: reserves every line’s stock in one warehouse, or nothing. Needs `order:ship`.' })
  allocateOrder(@Context() ctx: Ctx, @Arg('input', () => AllocateOrderInput, { description: 'The order and optionally the warehouse.' }) input: AllocateOrderInput) {
    return toPayload(() => fulfilment.allocateOrder(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => OrderPayload, { description: 'Allocated → picking. Needs `order:ship`.' })
  startPicking(@Context() ctx: Ctx, @Arg('input', () => OrderActionInput, { description: 'The order.' }) input: OrderActionInput) {
    return toPayload(() => fulfilment.startPicking(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => OrderPayload, { description: 'Picking → packed, recording the pack checklist as ticked. Needs `order:ship`.' })
  packOrder(@Context() ctx: Ctx, @Arg('input', () => PackOrderInput, { description: 'The order and its checklist.' }) input: PackOrderInput) {
    return toPayload(() => fulfilment.packOrder(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => OrderPayload, { description: 'Updates the pack checklist of a packed order. Needs `order:ship`.' })
  recordPackChecklist(@Context() ctx: Ctx, @Arg('input', () => PackOrderInput, { description: 'The order and its checklist.' }) input: PackOrderInput) {
    return toPayload(() => fulfilment.recordPackChecklist(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => ShipOrderPayload, { description: 'Packed → shipped with one or more waybills; refused unless the address is confirmed (or overridden) and the pack checklist complete. Stock leaves the ledger. Needs `order:ship`.' })
  shipOrder(@Context() ctx: Ctx, @Arg('input', () => ShipOrderInput, { description: 'The order and its waybills.' }) input: ShipOrderInput) {
    return toPayload(() => shipping.shipOrder(ctx, input));
  }

  @Allow('order:ship')
  @Mutation(() => ShipOrdersPayload, { description: 'Ships several packed orders at once; each succeeds or fails on its own. Needs `order:ship`.' })
  shipOrders(@Context() ctx: Ctx, @Arg('input', () => ShipOrdersInput, { description: 'The orders with their waybills.' }) input: ShipOrdersInput) {
    return toPayload(() => shipping.shipOrders(ctx, input));
  }
}
