import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Refund } from '../entities/refund.entity.js';
import { RefundActionInput, RefundFilter, RefundSort, RequestRefundInput } from '../inputs/returns.inputs.js';
import { RefundConnection, RefundPayload } from '../types/returns.types.js';
import * as refunds from '../services/refunds.service.js';

@Resolver()
export class RefundsResolver {
  @Allow('return:read')
  @Query(() => RefundConnection, { description: 'Refunds (退款), newest first unless sorted. Needs `return:read`.' })
  refunds(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => RefundFilter, { nullable: true, description: 'Filters.' }) where?: RefundFilter,
    @Arg('sort', () => RefundSort, { nullable: true, description: 'Sort order.' }) sort?: RefundSort) {
    return refunds.listRefunds(ctx, { ...page, where, sort });
  }

  @Allow('return:read')
  @Query(() => Refund, { nullable: true, description: 'One refund with its approvals and history. Needs `return:read`.' })
  refund(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Refund id.' }) id: string) {
    const own = partnerScope(ctx.viewer);
    if (!Number.isInteger(Number(id))) return null;
    return ctx.em.findOne(Refund, own == null ? { id: Number(id) } : { id: Number(id), order: { agent: own } });
  }

  @Allow('return:write')
  @Mutation(() => RefundPayload, { description: 'Asks for a refund on an approved request; at most what was paid less earlier and pending refunds (OVERREFUND). Needs `return:write`.' })
  requestRefund(@Context() ctx: Ctx, @Arg('input', () => RequestRefundInput, { description: 'Request, amount, method and reason.' }) input: RequestRefundInput) {
    return toPayload(() => refunds.requestRefund(ctx, input));
  }

  @Allow('return:approve')
  @Mutation(() => RefundPayload, { description: 'Approves a refund: pays it (a REFUND payment and money-ledger entry), or above REFUND_SECOND_APPROVAL_FEN waits for a second, different approver (SELF_APPROVAL otherwise). Needs `return:approve`.' })
  approveRefund(@Context() ctx: Ctx, @Arg('input', () => RefundActionInput, { description: 'The refund and a note.' }) input: RefundActionInput) {
    return toPayload(() => refunds.approveRefund(ctx, input));
  }

  @Allow('return:approve')
  @Mutation(() => RefundPayload, { description: 'Rejects a refund waiting for approval; the note (reason) is required. Needs `return:approve`.' })
  rejectRefund(@Context() ctx: Ctx, @Arg('input', () => RefundActionInput, { description: 'The refund and the reason.' }) input: RefundActionInput) {
    return toPayload(() => refunds.rejectRefund(ctx, input));
  }
}
