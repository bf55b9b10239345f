import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { PurchaseReceipt } from '../entities/purchase-receipt.entity.js';
import { PurchaseReturn } from '../entities/purchase-return.entity.js';
import { CreatePurchaseReturnInput, CreditPurchaseReturnInput, PurchaseDocumentActionInput, PurchaseReceiptFilter, PurchaseReturnFilter, ReceivePurchaseOrderInput } from '../inputs/purchasing.inputs.js';
import * as receipts from '../services/receipts.service.js';
import * as returns from '../services/purchase-returns.service.js';
import { PurchaseReceiptConnection, PurchaseReceiptPayload, PurchaseReturnConnection, PurchaseReturnPayload } from '../types/purchasing.types.js';

const ACTION = { description: 'The return and an optional note.' };

@Resolver()
export class PurchaseReceiptsResolver {
  @Allow('purchase:read')
  @Query(() => PurchaseReceiptConnection, { description: 'Purchase receipts with quality-check results, newest first; a supplier token sees only its own. Needs `purchase:read`.' })
  purchaseReceipts(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => PurchaseReceiptFilter, { nullable: true, description: 'Filters.' }) where?: PurchaseReceiptFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return receipts.listPurchaseReceipts(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => PurchaseReceipt, { nullable: true, description: 'One purchase receipt. Needs `purchase:read`.' })
  purchaseReceipt(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Receipt id.' }) id: string) {
    return receipts.findPurchaseReceipt(ctx, id);
  }

  @Allow('receipt:write')
  @Mutation(() => PurchaseReceiptPayload, { description: 'Receives goods (入库) against a sent order with the quality check: accepted into stock, rejected held apart, payable for accepted units. Needs `receipt:write`.' })
  receivePurchaseOrder(@Context() ctx: Ctx, @Arg('input', () => ReceivePurchaseOrderInput, { description: 'The order and what arrived.' }) input: ReceivePurchaseOrderInput) {
    return toPayload(() => receipts.receivePurchaseOrder(ctx, input));
  }
}

@Resolver()
export class PurchaseReturnsResolver {
  @Allow('purchase:read')
  @Query(() => PurchaseReturnConnection, { description: 'Purchase returns, newest first; a supplier token sees only its own (not drafts). Needs `purchase:read`.' })
  purchaseReturns(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => PurchaseReturnFilter, { nullable: true, description: 'Filters.' }) where?: PurchaseReturnFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return returns.listPurchaseReturns(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => PurchaseReturn, { nullable: true, description: 'One purchase return. Needs `purchase:read`.' })
  purchaseReturn(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Return id.' }) id: string) {
    return returns.findPurchaseReturn(ctx, id);
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseReturnPayload, { description: 'Creates a draft purchase return of held defective goods or saleable stock. Needs `purchase:write`.' })
  createPurchaseReturn(@Context() ctx: Ctx, @Arg('input', () => CreatePurchaseReturnInput, { description: 'Supplier, warehouse and lines.' }) input: CreatePurchaseReturnInput) {
    return toPayload(() => returns.createPurchaseReturn(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseReturnPayload, { description: 'Draft → shipped: holdings released, saleable stock issued (PURCHASE_RETURN_OUT). Needs `purchase:write`.' })
  shipPurchaseReturn(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => returns.shipPurchaseReturn(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseReturnPayload, { description: "Shipped → credited: the amount is credited to the supplier's account. Needs `purchase:write`." })
  creditPurchaseReturn(@Context() ctx: Ctx, @Arg('input', () => CreditPurchaseReturnInput, { description: 'The return and the credit note.' }) input: CreditPurchaseReturnInput) {
    return toPayload(() => returns.creditPurchaseReturn(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchaseReturnPayload, { description: 'Cancels a draft purchase return. Needs `purchase:write`.' })
  cancelPurchaseReturn(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, ACTION) input: PurchaseDocumentActionInput) {
    return toPayload(() => returns.cancelPurchaseReturn(ctx, input));
  }
}
