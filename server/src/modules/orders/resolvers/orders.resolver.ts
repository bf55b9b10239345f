import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Order } from '../entities/order.entity.js';
import { CreateOrderInput, ImportOrdersInput, OrderFilter, OrderSort, PaymentInput } from '../inputs/order.inputs.js';
import { ConfirmAddressInput, EndOrderInput, OrderActionInput, OverrideAddressCheckInput, UpdateOrderAddressInput } from '../inputs/order-actions.inputs.js';
import { ImportOrdersPayload, OrderConnection, OrderPayload, OrderQuotePayload, PaymentPayload } from '../types/order.types.js';
import * as list from '../services/orders-list.service.js';
import * as create from '../services/order-create.service.js';
import * as checks from '../services/order-checks.service.js';
import * as endings from '../services/order-endings.service.js';
import * as payments from '../services/payments.service.js';
import { importOrdersCsv } from '../services/order-import.service.js';

@Resolver()
export class OrdersResolver {
  @Allow('order:read')
  @Query(() => OrderConnection, { description: 'Orders, newest first by default; an agent token sees only its own. Needs `order:read`.' })
  orders(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => OrderFilter, { nullable: true, description: 'Filters.' }) where?: OrderFilter, @Arg('sort', () => OrderSort, { nullable: true, description: 'Sort order (default: placed, newest first).' }) sort?: OrderSort) {
    return list.listOrders(ctx, { ...page, where, sort });
  }

  @Allow('order:read')
  @Query(() => Order, { nullable: true, description: 'One order with its lines, payments, shipments and timeline; null if not found or not the caller’s. Needs `order:read`.' })
  order(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Order id.' }) id: string) {
    return list.findOrder(ctx, id);
  }

  @Allow('order:write')
  @Query(() => OrderQuotePayload, { description: 'Prices an order without creating it: goods, discounts, shipping fee and total. Needs `order:write`.' })
  quoteOrder(@Context() ctx: Ctx, @Arg('input', () => CreateOrderInput, { description: 'The order as it would be created.' }) input: CreateOrderInput) {
    return toPayload(async () => ({ quote: await create.quoteOrder(ctx, input) }));
  }

  @Allow('order:write')
  @Mutation(() => OrderPayload, { description: 'Creates an order waiting for payment; totals are computed from catalog prices and the fee template. With an idempotency key a retry returns the first order. Needs `order:write`.' })
  createOrder(@Context() ctx: Ctx, @Arg('input', () => CreateOrderInput, { description: 'The order.' }) input: CreateOrderInput) {
    return toPayload(() => create.createOrder(ctx, input));
  }

  @Allow('order:write')
  @Mutation(() => ImportOrdersPayload, { description: 'Imports orders from a platform export CSV; bad rows are reported and their orders skipped, orders already in the system are skipped. Needs `order:write`.' })
  importOrdersCsv(@Context() ctx: Ctx, @Arg('input', () => ImportOrdersInput, { description: 'The file.' }) input: ImportOrdersInput) {
    return toPayload(() => importOrdersCsv(ctx, input));
  }

  @Allow('order:write')
  @Mutation(() => OrderPayload, { description: 'Changes the shipping address before shipping; the confirmation must then be given again. Needs `order:write`.' })
  updateOrderAddress(@Context() ctx: Ctx, @Arg('input', () => UpdateOrderAddressInput, { description: 'The new address.' }) input: UpdateOrderAddressInput) {
    return toPayload(() => checks.updateOrderAddress(ctx, input));
  }

  @Allow('order:confirm')
  @Mutation(() => OrderPayload, { description: 'Records that customer service confirmed the address, name and phone with the buyer, and how. Needs `order:confirm`.' })
  confirmOrderAddress(@Context() ctx: Ctx, @Arg('input', () => ConfirmAddressInput, { description: 'The order and how it was confirmed.' }) input: ConfirmAddressInput) {
    return toPayload(() => checks.confirmOrderAddress(ctx, input));
  }

  @Allow('order:override')
  @Mutation(() => OrderPayload, { description: 'Lets an order ship without address confirmation; the reason is kept on the timeline. Needs `order:override`.' })
  overrideAddressCheck(@Context() ctx: Ctx, @Arg('input', () => OverrideAddressCheckInput, { description: 'The order and why.' }) input: OverrideAddressCheckInput) {
    return toPayload(() => checks.overrideAddressCheck(ctx, input));
  }

  @Allow('order:write')
  @Mutation(() => OrderPayload, { description: 'Cancels a paid order before it ships: reserved stock is released and the payment refunded. Needs `order:write`.' })
  cancelOrder(@Context() ctx: Ctx, @Arg('input', () => EndOrderInput, { description: 'The order and why.' }) input: EndOrderInput) {
    return toPayload(() => endings.cancelOrder(ctx, input));
  }

  @Allow('order:write')
  @Mutation(() => OrderPayload, { description: 'Closes an order that was not paid (交易关闭); a part payment is refunded. Needs `order:write`.' })
  closeOrder(@Context() ctx: Ctx, @Arg('input', () => EndOrderInput, { description: 'The order and why.' }) input: EndOrderInput) {
    return toPayload(() => endings.closeOrder(ctx, input));
  }

  @Allow('order:write')
  @Mutation(() => OrderPayload, { description: 'Delivered → completed. Needs `order:write`.' })
  completeOrder(@Context() ctx: Ctx, @Arg('input', () => OrderActionInput, { description: 'The order.' }) input: OrderActionInput) {
    return toPayload(() => endings.completeOrder(ctx, input));
  }

  @Allow('ledger:write')
  @Mutation(() => PaymentPayload, { description: 'Records a payment against an order waiting for payment, with a sales entry in the ledger; paid in full, the order becomes PAID. Needs `ledger:write`.' })
  recordPayment(@Context() ctx: Ctx, @Arg('input', () => PaymentInput, { description: 'The payment.' }) input: PaymentInput) {
    return toPayload(() => payments.recordPayment(ctx, input));
  }

  @Allow('ledger:write')
  @Mutation(() => PaymentPayload, { description: 'Records a refund to the buyer, with a refund entry in the ledger; the order’s state does not change. Needs `ledger:write`.' })
  recordRefund(@Context() ctx: Ctx, @Arg('input', () => PaymentInput, { description: 'The refund; the note gives the reason.' }) input: PaymentInput) {
    return toPayload(() => payments.recordRefund(ctx, input));
  }
}
