import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Transfer } from '../entities/transfer.entity.js';
import { Stocktake } from '../entities/stocktake.entity.js';
import { StocktakeConnection, StocktakePayload, TransferConnection, TransferPayload } from '../types/inventory.types.js';
import { CreateTransferInput, DocumentActionInput, EnterStocktakeCountsInput, OpenStocktakeInput, ReceiveTransferInput, StocktakeFilter, TimeSort, TransferFilter } from '../inputs/inventory.inputs.js';
import * as transfers from '../services/transfers.service.js';
import * as stocktakes from '../services/stocktakes.service.js';

const ACTION = { description: 'The document and an optional note.' };

@Resolver()
export class TransfersResolver {
  @Allow('stock:read')
  @Query(() => TransferConnection, { description: 'Transfers between warehouses, newest first. Needs `stock:read`.' })
  transfers(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => TransferFilter, { nullable: true, description: 'Filters.' }) where?: TransferFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return transfers.listTransfers(ctx, { ...page, where, sort });
  }

  @Allow('stock:read')
  @Query(() => Transfer, { nullable: true, description: 'One transfer with its lines and history. Needs `stock:read`.' })
  transfer(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Transfer id.' }) id: string) {
    return ctx.em.findOne(Transfer, Number(id));
  }

  @Allow('transfer:write')
  @Mutation(() => TransferPayload, { description: 'Creates a draft transfer. Needs `transfer:write`.' })
  createTransfer(@Context() ctx: Ctx, @Arg('input', () => CreateTransferInput, { description: 'Warehouses and lines.' }) input: CreateTransferInput) {
    return toPayload(() => transfers.createTransfer(ctx, input));
  }

  @Allow('transfer:write')
  @Mutation(() => TransferPayload, { description: 'Draft → shipped: stock leaves the source and is in transit. Needs `transfer:write`.' })
  shipTransfer(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => transfers.shipTransfer(ctx, input));
  }

  @Allow('transfer:write')
  @Mutation(() => TransferPayload, { description: 'Shipped → received, with the quantity that arrived per line; shortfalls are kept as variances. Needs `transfer:write`.' })
  receiveTransfer(@Context() ctx: Ctx, @Arg('input', () => ReceiveTransferInput, { description: 'Received quantities.' }) input: ReceiveTransferInput) {
    return toPayload(() => transfers.receiveTransfer(ctx, input));
  }

  @Allow('transfer:write')
  @Mutation(() => TransferPayload, { description: 'Received → closed. Needs `transfer:write`.' })
  closeTransfer(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => transfers.closeTransfer(ctx, input));
  }

  @Allow('transfer:write')
  @Mutation(() => TransferPayload, { description: 'Cancels a draft transfer (not once shipped). Needs `transfer:write`.' })
  cancelTransfer(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => transfers.cancelTransfer(ctx, input));
  }
}

@Resolver()
export class StocktakesResolver {
  @Allow('stock:read')
  @Query(() => StocktakeConnection, { description: 'Stocktakes (盘点), newest first. Needs `stock:read`.' })
  stocktakes(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => StocktakeFilter, { nullable: true, description: 'Filters.' }) where?: StocktakeFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return stocktakes.listStocktakes(ctx, { ...page, where, sort });
  }

  @Allow('stock:read')
  @Query(() => Stocktake, { nullable: true, description: 'One stocktake with its lines and history. Needs `stock:read`.' })
  stocktake(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Stocktake id.' }) id: string) {
    return ctx.em.findOne(Stocktake, Number(id));
  }

  @Allow('stocktake:write')
  @Mutation(() => StocktakePayload, { description: 'Opens a count sheet for a warehouse, snapshotting book quantities. Needs `stocktake:write`.' })
  openStocktake(@Context() ctx: Ctx, @Arg('input', () => OpenStocktakeInput, { description: 'Warehouse and scope.' }) input: OpenStocktakeInput) {
    return toPayload(() => stocktakes.openStocktake(ctx, input));
  }

  @Allow('stocktake:write')
  @Mutation(() => StocktakePayload, { description: 'Records counted quantities. Needs `stocktake:write`.' })
  enterStocktakeCounts(@Context() ctx: Ctx, @Arg('input', () => EnterStocktakeCountsInput, { description: 'The counts.' }) input: EnterStocktakeCountsInput) {
    return toPayload(() => stocktakes.enterStocktakeCounts(ctx, input));
  }

  @Allow('stocktake:write')
  @Mutation(() => StocktakePayload, { description: 'Counting → submitted for review; every line must be counted. Needs `stocktake:write`.' })
  submitStocktake(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => stocktakes.submitStocktake(ctx, input));
  }

  @Allow('stocktake:write')
  @Mutation(() => StocktakePayload, { description: 'Cancels an open stocktake; nothing is posted. Needs `stocktake:write`.' })
  cancelStocktake(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => stocktakes.cancelStocktake(ctx, input));
  }

  @Allow('stocktake:approve')
  @Mutation(() => StocktakePayload, { description: 'Submitted → approved: posts each variance to the ledger as a stocktake adjustment. Needs `stocktake:approve`.' })
  approveStocktake(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => stocktakes.approveStocktake(ctx, input));
  }

  @Allow('stocktake:approve')
  @Mutation(() => StocktakePayload, { description: 'Submitted → counting again, with a note on what to recount. Needs `stocktake:approve`.' })
  rejectStocktake(@Context() ctx: Ctx, @Arg('input', () => DocumentActionInput, ACTION) input: DocumentActionInput) {
    return toPayload(() => stocktakes.rejectStocktake(ctx, input));
  }
}
