import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { Rfq } from '../entities/rfq.entity.js';
import { AwardRfqInput, CreateRfqInput, RecordRfqQuotesInput, RfqActionInput, RfqFilter } from '../inputs/rfq.inputs.js';
import { RfqConnection, RfqLineComparison, RfqPayload } from '../types/rfq.types.js';
import * as rfqs from '../services/rfqs.service.js';
import { rfqComparison } from '../services/rfq-comparison.service.js';

const ACTION = { description: 'The RFQ and an optional note.' };

@Resolver()
export class RfqsResolver {
  @Allow('purchase:read')
  @Query(() => RfqConnection, { description: 'Requests for quotation, newest first. Needs `purchase:read`; a supplier token sees only those it was invited to.' })
  rfqs(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => RfqFilter, { nullable: true, description: 'Filters.' }) where?: RfqFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return rfqs.listRfqs(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => Rfq, { nullable: true, description: 'One RFQ with its lines, invited suppliers, quotes and history. Needs `purchase:read`; a supplier token sees only RFQs it was invited to, and only its own quotes.' })
  rfq(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'RFQ id.' }) id: string) {
    return rfqs.getRfq(ctx, id);
  }

  @Allow('purchase:read')
  @Query(() => [RfqLineComparison], { nullable: true, description: 'Quote comparison (比价) per line with best price, lead time and supplier score flags; expired quotes flagged. Needs `purchase:read`; null for supplier tokens.' })
  rfqComparison(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'RFQ id.' }) id: string) {
    return rfqComparison(ctx, id);
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Creates a draft RFQ for SKUs and quantities, to several suppliers. Needs `purchase:write`.' })
  createRfq(@Context() ctx: Ctx, @Arg('input', () => CreateRfqInput, { description: 'The request.' }) input: CreateRfqInput) {
    return toPayload(() => rfqs.createRfq(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Draft → sent to the invited suppliers. Needs `purchase:write`.' })
  sendRfq(@Context() ctx: Ctx, @Arg('input', () => RfqActionInput, ACTION) input: RfqActionInput) {
    return toPayload(() => rfqs.sendRfq(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Records an invited supplier’s quotes on a sent RFQ. Needs `purchase:write`.' })
  recordRfqQuotes(@Context() ctx: Ctx, @Arg('input', () => RecordRfqQuotesInput, { description: 'The quotes.' }) input: RecordRfqQuotesInput) {
    return toPayload(() => rfqs.recordRfqQuotes(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Awards lines (or the whole RFQ) to suppliers, with negotiation notes; expired quotes are refused. Needs `purchase:write`.' })
  awardRfq(@Context() ctx: Ctx, @Arg('input', () => AwardRfqInput, { description: 'The choice.' }) input: AwardRfqInput) {
    return toPayload(() => rfqs.awardRfq(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Sent → closed without (further) award. Needs `purchase:write`.' })
  closeRfq(@Context() ctx: Ctx, @Arg('input', () => RfqActionInput, ACTION) input: RfqActionInput) {
    return toPayload(() => rfqs.closeRfq(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => RfqPayload, { description: 'Cancels a draft or sent RFQ. Needs `purchase:write`.' })
  cancelRfq(@Context() ctx: Ctx, @Arg('input', () => RfqActionInput, ACTION) input: RfqActionInput) {
    return toPayload(() => rfqs.cancelRfq(ctx, input));
  }
}
