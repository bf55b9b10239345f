import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { CustomerChannel } from '../../customers/entities/enums.js';
import { IntentLevel, MessageSender, QuickReplyKind, UnclosedReason, UnclosedStatus } from '../entities/enums.js';

@InputType({ description: 'One chat message entered by hand.' })
export class ChatMessageInput {
  @Field(() => Date, { description: 'Sent at.' }) at!: Date;
  @Field(() => MessageSender, { description: 'Buyer or staff.' }) sender!: MessageSender;
  @Field(() => String, { description: 'The text.' }) text!: string;
}

@InputType({ description: 'Input of `logConversation`.' })
export class LogConversationInput {
  @Field(() => ID, { description: 'The customer (buyer).' }) customerId!: string;
  @Field(() => CustomerChannel, { description: 'Where the chat took place.' }) channel!: CustomerChannel;
  @Field(() => ID, { nullable: true, description: 'The staff member who wrote the staff messages (default: the caller).' }) staffId?: string | null;
  @Field(() => [ChatMessageInput], { description: 'The messages (at least one).' }) messages!: ChatMessageInput[];
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `importConversations`.' })
export class ImportConversationsInput {
  @Field(() => String, { description: 'CSV, one row per message: conversation_id, buyer_account, buyer_name, staff_email, sent_at (YYYY-MM-DD HH:MM:SS shop time, or ISO), sender (buyer/staff), text, optional channel. Chinese headers (会话ID, 买家账号, 买家昵称, 客服, 时间, 发送方, 内容, 渠道) work too.' }) csv!: string;
  @Field(() => CustomerChannel, { nullable: true, description: 'Channel for rows without one (default TAOBAO).' }) defaultChannel?: CustomerChannel | null;
  @Field(() => Boolean, { nullable: true, description: 'Only count what would be imported.' }) dryRun?: boolean | null;
}

@InputType({ description: 'Filters for `conversations`.' })
export class ConversationFilter {
  @Field(() => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only chats handled by this staff member.' }) staffId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only my chats; defaults to true for specialists unless a customer, staff member or text is given.' }) mine?: boolean | null;
  @Field(() => CustomerChannel, { nullable: true, description: 'Only this channel.' }) channel?: CustomerChannel | null;
  @Field(() => Date, { nullable: true, description: 'Chats still going at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Chats started before.' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Chats with a message containing this text.' }) text?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only chats whose first response missed the 20 s target (or never came).' }) slowFirstResponse?: boolean | null;
}

@InputType({ description: 'Filters for `conversationMessages`; give text, a customer or a staff member.' })
export class ConversationMessageFilter {
  @Field(() => String, { nullable: true, description: 'Messages containing this text.' }) text?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only chats with this customer.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only messages written by this staff member.' }) staffId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Sent at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Sent before.' }) to?: Date | null;
}

@InputType({ description: 'Sort by time.' })
export class ChatTimeSort {
  @Field(() => SortDirection, { description: 'Direction (default newest first).' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `createQuickReply`.' })
export class CreateQuickReplyInput {
  @Field(() => QuickReplyKind, { description: 'Quick reply or FAQ.' }) kind!: QuickReplyKind;
  @Field(() => String, { description: 'Category.' }) category!: string;
  @Field(() => String, { description: 'Title, or the question.' }) title!: string;
  @Field(() => String, { description: 'The text, or the answer.' }) content!: string;
  @Field(() => String, { nullable: true, description: 'Extra search words.' }) keywords?: string | null;
}

@InputType({ description: 'Input of `updateQuickReply`; omitted fields stay as they are.' })
export class UpdateQuickReplyInput {
  @Field(() => ID, { description: 'The entry.' }) id!: string;
  @Field(() => QuickReplyKind, { nullable: true, description: 'Kind.' }) kind?: QuickReplyKind | null;
  @Field(() => String, { nullable: true, description: 'Category.' }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Text.' }) content?: string | null;
  @Field(() => String, { nullable: true, description: 'Keywords.' }) keywords?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Active or hidden.' }) active?: boolean | null;
}

@InputType({ description: 'Filters for `quickReplies`.' })
export class QuickReplyFilter {
  @Field(() => String, { nullable: true, description: 'Matches title, text or keywords.' }) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this category.' }) category?: string | null;
  @Field(() => QuickReplyKind, { nullable: true, description: 'Only this kind.' }) kind?: QuickReplyKind | null;
  @Field(() => Boolean, { nullable: true, description: 'Include hidden entries.' }) includeInactive?: boolean | null;
}

export enum QuickReplySortField { USAGE = 'USAGE', TITLE = 'TITLE' }
registerEnumType(QuickReplySortField, { name: 'QuickReplySortField', description: 'Columns `quickReplies` can be sorted by.' });

@InputType({ description: 'Sort order of `quickReplies` (default: most used first).' })
export class QuickReplySort {
  @Field(() => QuickReplySortField, { description: 'Column.' }) field!: QuickReplySortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `registerUnclosedPurchase`.' })
export class RegisterUnclosedPurchaseInput {
  @Field(() => ID, { description: 'The buyer.' }) customerId!: string;
  @Field(() => String, { description: 'What they asked about.' }) productInterest!: string;
  @Field(() => UnclosedReason, { description: 'Why they did not buy.' }) reason!: UnclosedReason;
  @Field(() => String, { nullable: true, description: 'Details.' }) reasonNote?: string | null;
  @Field(() => IntentLevel, { description: 'Intent; HIGH marks an intent buyer.' }) intent!: IntentLevel;
  @Field(() => Date, { nullable: true, description: 'When they asked (default now).' }) askedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When to follow up.' }) nextFollowUpAt?: Date | null;
}

@InputType({ description: 'Input of `followUpUnclosedPurchase`.' })
export class FollowUpUnclosedPurchaseInput {
  @Field(() => ID, { description: 'The entry.' }) id!: string;
  @Field(() => String, { description: 'What happened.' }) note!: string;
  @Field(() => UnclosedStatus, { nullable: true, description: 'CONVERTED or LOST to finish; omit to keep it open.' }) status?: UnclosedStatus | null;
  @Field(() => IntentLevel, { nullable: true, description: 'New intent.' }) intent?: IntentLevel | null;
  @Field(() => Date, { nullable: true, description: 'Next follow-up; null clears it.' }) nextFollowUpAt?: Date | null;
}

@InputType({ description: 'Filters for `unclosedPurchases`.' })
export class UnclosedPurchaseFilter {
  @Field(() => UnclosedStatus, { nullable: true, description: 'Only this state.' }) status?: UnclosedStatus | null;
  @Field(() => IntentLevel, { nullable: true, description: 'Only this intent.' }) intent?: IntentLevel | null;
  @Field(() => Boolean, { nullable: true, description: 'Intent buyers: open entries with HIGH intent.' }) intentBuyersOnly?: boolean | null;
  @Field(() => UnclosedReason, { nullable: true, description: 'Only this reason.' }) reason?: UnclosedReason | null;
  @Field(() => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only registered by this staff member.' }) staffId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only mine; defaults to true for specialists unless a customer or staff member is named.' }) mine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Open entries whose follow-up date has come.' }) followUpDue?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Asked at or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Asked before.' }) to?: Date | null;
}
