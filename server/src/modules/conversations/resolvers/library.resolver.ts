import { Arg, Args, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { IdInput } from '../../identity/inputs/identity.inputs.js';
import { QuickReplyCategory, QuickReplyConnection, QuickReplyPayload, UnclosedPurchaseConnection, UnclosedPurchasePayload } from '../types/conversation.types.js';
import { ChatTimeSort, CreateQuickReplyInput, FollowUpUnclosedPurchaseInput, QuickReplyFilter, QuickReplySort, RegisterUnclosedPurchaseInput, UnclosedPurchaseFilter, UpdateQuickReplyInput } from '../inputs/conversation.inputs.js';
import * as replies from '../services/quick-replies.service.js';
import * as unclosed from '../services/unclosed.service.js';

@Resolver()
export class QuickRepliesResolver {
  @Allow('customer:read')
  @Query(() => QuickReplyConnection, { description: 'The quick-reply and FAQ library, most used first; searchable by title, text and keywords. Needs `customer:read`.' })
  quickReplies(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => QuickReplyFilter, { nullable: true, description: 'Filters.' }) where?: QuickReplyFilter,
    @Arg('sort', () => QuickReplySort, { nullable: true, description: 'Sort order.' }) sort?: QuickReplySort,
  ) {
    return replies.listQuickReplies(ctx, { ...page, where, sort });
  }

  @Allow('customer:read')
  @Query(() => [QuickReplyCategory], { description: 'Categories of the library with their active entries (a short list). Needs `customer:read`.' })
  quickReplyCategories(@Context() ctx: Ctx) {
    return replies.quickReplyCategories(ctx);
  }

  @Allow('conversation:write')
  @Mutation(() => QuickReplyPayload, { description: 'Adds a quick reply or FAQ entry. Needs `conversation:write`.' })
  createQuickReply(@Context() ctx: Ctx, @Arg('input', () => CreateQuickReplyInput, { description: 'The entry.' }) input: CreateQuickReplyInput) {
    return toPayload(() => replies.createQuickReply(ctx, input));
  }

  @Allow('conversation:write')
  @Mutation(() => QuickReplyPayload, { description: 'Edits, hides or shows a quick reply or FAQ entry. Needs `conversation:write`.' })
  updateQuickReply(@Context() ctx: Ctx, @Arg('input', () => UpdateQuickReplyInput, { description: 'The changes.' }) input: UpdateQuickReplyInput) {
    return toPayload(() => replies.updateQuickReply(ctx, input));
  }

  @Allow('conversation:write')
  @Mutation(() => QuickReplyPayload, { description: 'Counts one use of an entry (call it when staff copy it). Needs `conversation:write`.' })
  useQuickReply(@Context() ctx: Ctx, @Arg('input', () => IdInput, { description: 'The entry.' }) input: IdInput) {
    return toPayload(() => replies.useQuickReply(ctx, input));
  }
}

@Resolver()
export class UnclosedPurchasesResolver {
  @Allow('customer:read')
  @Query(() => UnclosedPurchaseConnection, { description: 'The unclosed-purchase register (未成交登记) and intent buyers, newest first. Needs `customer:read`.' })
  unclosedPurchases(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => UnclosedPurchaseFilter, { nullable: true, description: 'Filters.' }) where?: UnclosedPurchaseFilter,
    @Arg('sort', () => ChatTimeSort, { nullable: true, description: 'Sort by when the buyer asked.' }) sort?: ChatTimeSort,
  ) {
    return unclosed.listUnclosed(ctx, { ...page, where, sort });
  }

  @Allow('conversation:write')
  @Mutation(() => UnclosedPurchasePayload, { description: 'Registers a buyer who asked but did not buy, with the reason, intent and next follow-up. Needs `conversation:write`.' })
  registerUnclosedPurchase(@Context() ctx: Ctx, @Arg('input', () => RegisterUnclosedPurchaseInput, { description: 'The entry.' }) input: RegisterUnclosedPurchaseInput) {
    return toPayload(() => unclosed.registerUnclosed(ctx, input));
  }

  @Allow('conversation:write')
  @Mutation(() => UnclosedPurchasePayload, { description: 'Records a follow-up of an unclosed purchase, and optionally its outcome. Needs `conversation:write`.' })
  followUpUnclosedPurchase(@Context() ctx: Ctx, @Arg('input', () => FollowUpUnclosedPurchaseInput, { description: 'The follow-up.' }) input: FollowUpUnclosedPurchaseInput) {
    return toPayload(() => unclosed.followUpUnclosed(ctx, input));
  }
}
