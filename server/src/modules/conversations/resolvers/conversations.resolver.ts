import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { and, customerScope } from '../../customers/services/scope.js';
import { Conversation } from '../entities/conversation.entity.js';
import { ConversationConnection, ConversationMessageConnection, ConversationPayload, ImportConversationsPayload, ResponseTimeStats } from '../types/conversation.types.js';
import { ChatTimeSort, ConversationFilter, ConversationMessageFilter, ImportConversationsInput, LogConversationInput } from '../inputs/conversation.inputs.js';
import * as conversations from '../services/conversations.service.js';
import { importConversations } from '../services/conversation-import.service.js';
import { responseTimeStats } from '../services/response-stats.service.js';
import { RESPONSE_TARGET_SECONDS } from '../services/response-times.js';

@Resolver()
export class ConversationsResolver {
  @Allow('customer:read')
  @Query(() => ConversationConnection, { description: 'Chat records (聊天记录) searchable by customer, staff, date and text, newest first, with response times. Needs `customer:read`.' })
  conversations(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ConversationFilter, { nullable: true, description: 'Filters.' }) where?: ConversationFilter,
    @Arg('sort', () => ChatTimeSort, { nullable: true, description: 'Sort by start time.' }) sort?: ChatTimeSort,
  ) {
    return conversations.listConversations(ctx, { ...page, where, sort }, RESPONSE_TARGET_SECONDS);
  }

  @Allow('customer:read')
  @Query(() => Conversation, { nullable: true, description: 'One conversation with its messages. Needs `customer:read`.' })
  conversation(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Conversation id.' }) id: string) {
    const scope = customerScope(ctx);
    return ctx.em.findOne(Conversation, and<Conversation>(scope && { customer: scope }, { id: Number(id) }));
  }

  @Allow('customer:read')
  @Query(() => ConversationMessageConnection, { description: 'Chat messages matching text, customer or staff member, newest first. Needs `customer:read`.' })
  conversationMessages(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => ConversationMessageFilter, { description: 'Text, customer or staff member (at least one), and dates.' }) where: ConversationMessageFilter) {
    return conversations.searchMessages(ctx, { ...page, where });
  }

  @Allow('customer:read')
  @Query(() => ResponseTimeStats, { description: 'First-response and average response times per specialist and for the team, against the 20 s target (default: the last 30 days). Needs `customer:read`.' })
  responseTimeStats(
    @Context() ctx: Ctx,
    @Arg('from', () => Date, { nullable: true, description: 'Period start.' }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Period end (exclusive; default now).' }) to?: Date,
    @Arg('staffId', () => ID, { nullable: true, description: 'Only this specialist.' }) staffId?: string,
  ) {
    return responseTimeStats(ctx, { from, to, staffId });
  }

  @Allow('conversation:write')
  @Mutation(() => ConversationPayload, { description: 'Enters a chat by hand; response times are computed from the messages. Needs `conversation:write`.' })
  logConversation(@Context() ctx: Ctx, @Arg('input', () => LogConversationInput, { description: 'Customer and messages.' }) input: LogConversationInput) {
    return toPayload(() => conversations.logConversation(ctx, input));
  }

  @Allow('conversation:write')
  @Mutation(() => ImportConversationsPayload, { description: 'Imports chat records from the chat platform’s CSV export; new buyers join the archive, chats imported before are skipped; all or nothing. Needs `conversation:write`.' })
  importConversations(@Context() ctx: Ctx, @Arg('input', () => ImportConversationsInput, { description: 'The file.' }) input: ImportConversationsInput) {
    return toPayload(() => importConversations(ctx, input));
  }
}
