import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { ReturnRequest } from '../entities/return-request.entity.js';
import {
  CreateExchangeOrderInput, InspectReturnInput, OpenReturnRequestInput, ReceiveReturnInput, ReturnActionInput, ReturnRequestFilter, ReturnRequestSort,
} from '../inputs/returns.inputs.js';
import { ExchangeOrderPayload, ReturnAnalysis, ReturnRequestConnection, ReturnRequestPayload } from '../types/returns.types.js';
import * as workflow from '../services/return-workflow.service.js';
import { inspectReturn } from '../services/return-inspection.service.js';
import { createExchangeOrder } from '../services/return-exchange.service.js';
import { findReturnRequest, listReturnRequests } from '../services/returns-list.service.js';
import { returnAnalysis } from '../services/return-analysis.service.js';

const ACTION = { description: 'The request and a note.' };

@Resolver()
export class ReturnRequestsResolver {
  @Allow('return:read')
  @Query(() => ReturnRequestConnection, { description: 'Return, exchange and refund requests (退换货), newest first unless sorted. Needs `return:read`.' })
  returnRequests(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ReturnRequestFilter, { nullable: true, description: 'Filters.' }) where?: ReturnRequestFilter,
    @Arg('sort', () => ReturnRequestSort, { nullable: true, description: 'Sort order.' }) sort?: ReturnRequestSort) {
    return listReturnRequests(ctx, { ...page, where, sort });
  }

  @Allow('return:read')
  @Query(() => ReturnRequest, { nullable: true, description: 'One return request with its lines, inspections, refunds, replacement order and history. Needs `return:read`.' })
  returnRequest(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Return request id.' }) id: string) {
    return findReturnRequest(ctx, id);
  }

  @Allow('return:read')
  @Query(() => ReturnAnalysis, { description: 'The return analysis (退件表) of requests opened in [from, to): by reason, product, supplier and month, with the restocked vs defective share. Needs `return:read`.' })
  returnAnalysis(@Context() ctx: Ctx,
    @Arg('from', () => Date, { description: 'Period start (UTC, inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'Period end (UTC, exclusive).' }) to: Date) {
    return returnAnalysis(ctx, { from, to });
  }

  @Allow('return:write')
  @Mutation(() => ReturnRequestPayload, { description: 'Opens a return, exchange or refund-only request on a shipped order; quantities at most shipped minus already claimed. Needs `return:write`.' })
  openReturnRequest(@Context() ctx: Ctx, @Arg('input', () => OpenReturnRequestInput, { description: 'Order, type, reason and lines.' }) input: OpenReturnRequestInput) {
    return toPayload(() => workflow.openReturn(ctx, { ...input, refundAmount: input.refundAmountFen }));
  }

  @Allow('return:approve')
  @Mutation(() => ReturnRequestPayload, { description: 'Requested → approved. Needs `return:approve`.' })
  approveReturn(@Context() ctx: Ctx, @Arg('input', () => ReturnActionInput, ACTION) input: ReturnActionInput) {
    return toPayload(() => workflow.approveReturn(ctx, input));
  }

  @Allow('return:approve')
  @Mutation(() => ReturnRequestPayload, { description: 'Requested → rejected; the note (the reason) is required. Needs `return:approve`.' })
  rejectReturn(@Context() ctx: Ctx, @Arg('input', () => ReturnActionInput, ACTION) input: ReturnActionInput) {
    return toPayload(() => workflow.rejectReturn(ctx, input));
  }

  @Allow('return:write')
  @Mutation(() => ReturnRequestPayload, { description: 'Requested or approved → cancelled (buyer withdrew); not with refunds or a replacement order. The note is required. Needs `return:write`.' })
  cancelReturn(@Context() ctx: Ctx, @Arg('input', () => ReturnActionInput, ACTION) input: ReturnActionInput) {
    return toPayload(() => workflow.cancelReturn(ctx, input));
  }

  @Allow('return:write')
  @Mutation(() => ReturnRequestPayload, { description: 'Approved → received at a warehouse (returns and exchanges; refund-only requests skip this). Needs `return:write`.' })
  receiveReturn(@Context() ctx: Ctx, @Arg('input', () => ReceiveReturnInput, { description: 'Request and warehouse.' }) input: ReceiveReturnInput) {
    return toPayload(() => workflow.receiveReturn(ctx, input));
  }

  @Allow('return:write')
  @Mutation(() => ReturnRequestPayload, { description: 'Inspects received units per line: saleable ones go back into stock (RETURN_IN), defective ones are kept apart for the supplier; received → inspected once every unit is done. Needs `return:write`.' })
  inspectReturn(@Context() ctx: Ctx, @Arg('input', () => InspectReturnInput, { description: 'Inspection results.' }) input: InspectReturnInput) {
    return toPayload(() => inspectReturn(ctx, input));
  }

  @Allow('return:write')
  @Mutation(() => ExchangeOrderPayload, { description: 'Creates the zero-priced replacement order of an exchange (PAID, free shipping); it then goes through allocation, picking, packing and shipping. Needs `return:write`.' })
  createExchangeOrder(@Context() ctx: Ctx, @Arg('input', () => CreateExchangeOrderInput, { description: 'Request and replacements.' }) input: CreateExchangeOrderInput) {
    return toPayload(() => createExchangeOrder(ctx, input));
  }

  @Allow('return:write')
  @Mutation(() => ReturnRequestPayload, { description: 'Inspected (refund-only: approved) → completed; an exchange needs its replacement order, and no refund may still wait for approval (NEEDS_SECOND_APPROVAL). Needs `return:write`.' })
  completeReturn(@Context() ctx: Ctx, @Arg('input', () => ReturnActionInput, ACTION) input: ReturnActionInput) {
    return toPayload(() => workflow.completeReturn(ctx, input));
  }
}
