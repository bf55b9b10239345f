import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Conversation, ConversationMessage } from '../entities/conversation.entity.js';
import { QuickReply } from '../entities/quick-reply.entity.js';
import { UnclosedPurchase } from '../entities/unclosed-purchase.entity.js';

@ObjectType({ description: 'A page of conversations.' })
export class ConversationConnection extends ConnectionType(Conversation, 'Conversation', 'conversation') {}

@ObjectType({ description: 'A page of chat messages.' })
export class ConversationMessageConnection extends ConnectionType(ConversationMessage, 'ConversationMessage', 'chat message') {}

@ObjectType({ description: 'A page of quick replies and FAQ entries.' })
export class QuickReplyConnection extends ConnectionType(QuickReply, 'QuickReply', 'quick reply') {}

@ObjectType({ description: 'A page of unclosed purchases.' })
export class UnclosedPurchaseConnection extends ConnectionType(UnclosedPurchase, 'UnclosedPurchase', 'unclosed purchase') {}

@ObjectType({ description: 'Response times of one specialist (or, with specialist null, the whole team) in a period.' })
export class ResponseTimeRow {
  @Field(() => User, { nullable: true, description: 'The specialist; null for the team total.' }) specialist!: User | null;
  @Field(() => Int, { description: 'Conversations handled that started in the period.' }) conversations!: number;
  @Field(() => Int, { description: 'Of those, answered at all.' }) answeredConversations!: number;
  @Field(() => Float, { nullable: true, description: 'Average first-response time in seconds.' }) avgFirstResponseSeconds!: number | null;
  @Field(() => Int, { description: 'First responses within the 20 s target.' }) firstResponseWithinTarget!: number;
  @Field(() => Int, { description: 'Replies to a waiting buyer sent in the period.' }) responses!: number;
  @Field(() => Float, { nullable: true, description: 'Average response time in seconds.' }) avgResponseSeconds!: number | null;
  @Field(() => Int, { description: 'Replies within the 20 s target.' }) withinTarget!: number;
  @Field(() => Int, { description: 'Replies within the 10 s stretch goal.' }) withinStretch!: number;
  @Field(() => Int, { nullable: true, description: 'The slowest reply in seconds.' }) slowestSeconds!: number | null;
}

@ObjectType({ description: 'Response times per specialist against the targets.' })
export class ResponseTimeStats {
  @Field(() => Date, { description: 'Period start (UTC).' }) from!: Date;
  @Field(() => Date, { description: 'Period end (UTC, exclusive).' }) to!: Date;
  @Field(() => Int, { description: 'The target: answer within 20 seconds.' }) targetSeconds!: number;
  @Field(() => Int, { description: 'The stretch goal: 10 seconds.' }) stretchSeconds!: number;
  @Field(() => [ResponseTimeRow], { description: 'Per specialist by name (pinyin order), then the team total.' }) rows!: ResponseTimeRow[];
}

@ObjectType({ description: 'A quick-reply category with its number of active entries.' })
export class QuickReplyCategory {
  @Field(() => String, { description: 'Category.' }) category!: string;
  @Field(() => Int, { description: 'Active entries.' }) count!: number;
}

@ObjectType({ description: 'Result of `logConversation`.' })
export class ConversationPayload {
  @Field(() => Conversation, { nullable: true, description: 'The conversation with its computed response times.' }) conversation?: Conversation | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `importConversations`.' })
export class ImportConversationsPayload {
  @Field(() => Int, { nullable: true, description: 'Conversations imported (or to import, on a dry run).' }) conversations?: number | null;
  @Field(() => Int, { nullable: true, description: 'Messages imported.' }) messages?: number | null;
  @Field(() => Int, { nullable: true, description: 'Conversations skipped because they were imported before.' }) skipped?: number | null;
  @Field(() => Int, { nullable: true, description: 'Buyers added to the customer archive.' }) newCustomers?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True when nothing was written.' }) dryRun?: boolean | null;
  @Field(() => [FieldError], { description: 'Expected failures per row: REQUIRED, INVALID, NOT_FOUND, CONFLICT. Any error means nothing was written.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a quick reply.' })
export class QuickReplyPayload {
  @Field(() => QuickReply, { nullable: true, description: 'The entry after the change.' }) quickReply?: QuickReply | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on an unclosed purchase.' })
export class UnclosedPurchasePayload {
  @Field(() => UnclosedPurchase, { nullable: true, description: 'The entry after the change.' }) unclosedPurchase?: UnclosedPurchase | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}
