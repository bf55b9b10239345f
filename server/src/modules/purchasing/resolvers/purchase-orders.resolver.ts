import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { PurchaseOrder } from '../entities/purchase-order.entity.js';
import { ConfirmPurchaseOrderInput, CreatePurchaseOrderInput, PurchaseDocumentActionInput, PurchaseOrderFilter, PurchaseOrderSort, UpdatePurchaseOrderInput } from '../inputs/purchasing.inputs.js';
import * as orders from '../services/purchase-orders.service.js';
import { PurchaseOrderConnection, PurchaseOrderPayload } from '../types/purchasing.types.js';

const ACTION = { description: 'The order and an optional note.' };

@Resolver()
export class PurchaseOrdersResolver {
  @Allow('purchase:read')
  @Query(() => PurchaseOrderConnection, { description: 'Purchase orders, newest first by default; a supplier token sees only orders sent to it. Needs `purchase:read`.' })
  purchaseOrders(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => PurchaseOrderFilter, { nullable: true, description: 'Filters.' }) where?: PurchaseOrderFilter, @Arg('sort', () => PurchaseOrderSort, { nullable: true, description: 'Sort order.' }) sort?: PurchaseOrderSort) {
    return orders.listPurchaseOrders(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => PurchaseOrder, { nullable: true, description: 'One purchase order with lines, receipts and history. Needs `purchase:read`.' })
  purchaseOrder(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Order id.' }) id: string) {
    return orders.findPurchaseOrder(ctx, id);
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseOrderPayload, { description: 'Creates a draft purchase order. Needs `purchase:write`.' })
  createPurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => CreatePurchaseOrderInput, { description: 'Supplier, warehouse, lines.' }) input: CreatePurchaseOrderInput) {
    return toPayload(() => orders.createPurchaseOrder(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseOrderPayload, { description: 'Edits a draft purchase order. Needs `purchase:write`.' })
  updatePurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => UpdatePurchaseOrderInput, { description: 'Changes.' }) input: UpdatePurchaseOrderInput) {
    return toPayload(() => orders.updatePurchaseOrder(ctx, input));
  }

  @Allow('purchase:approve')
  @Mutation(() => PurchaseOrderPayload, { description: 'Draft → approved. Needs `purchase:approve`.' })
  approvePurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => orders.approvePurchaseOrder(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseOrderPayload, { description: 'Approved → sent to the supplier. Needs `purchase:write`.' })
  sendPurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => orders.sendPurchaseOrder(ctx, input));
  }

  @Allow('purchase:confirm')
  @Mutation(() => PurchaseOrderPayload, { description: 'The supplier confirms a sent order and promises a delivery date (a supplier token: only its own orders). Needs `purchase:confirm`.' })
  confirmPurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => ConfirmPurchaseOrderInput, { description: 'Order and promised date.' }) input: ConfirmPurchaseOrderInput) {
    return toPayload(() => orders.confirmPurchaseOrder(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseOrderPayload, { description: 'Received (or partially received: short-close) → closed. Needs `purchase:write`.' })
  closePurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => orders.closePurchaseOrder(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseOrderPayload, { description: 'Cancels an order before any goods were received (refused after a receipt). Needs `purchase:write`.' })
  cancelPurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => orders.cancelPurchaseOrder(ctx, input));
  }
}
