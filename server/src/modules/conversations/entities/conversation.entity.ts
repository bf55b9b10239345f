import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerChannel } from '../../customers/entities/enums.js';
import { ConversationSource, MessageSender } from './enums.js';

/** A chat with a buyer (聊天记录). Response times are computed once, when the messages are written. */
@ObjectType({ description: 'A chat conversation with a buyer, with its response times. Needs `customer:read`.' })
@Entity({ tableName: 'conversations' })
@Index({ properties: ['staff', 'startedAt'] })
@Index({ properties: ['customer', 'startedAt'] })
export class Conversation extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  /** The specialist who handled the chat (the first staff member to answer). */
  @ManyToOne(() => User, { nullable: true, ref: true })
  staff?: Ref<User>;

  @Field(() => CustomerChannel, { description: 'Where the chat took place.' })
  @Property({ type: 'string', length: 30 })
  channel!: CustomerChannel;

  @Field(() => ConversationSource, { description: 'Entered by hand or imported.' })
  @Property({ type: 'string', length: 30 })
  source!: ConversationSource;

  @Field(() => String, { nullable: true, description: 'The chat platform’s conversation id (imports are de-duplicated by it).' })
  @Property({ type: 'string', length: 80, nullable: true })
  @Unique()
  externalRef?: string;

  @Field(() => Date, { description: 'First message (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  startedAt!: Date;

  @Field(() => Date, { description: 'Last message (UTC).' })
  @Property({ type: 'datetime' })
  endedAt!: Date;

  @Field(() => Int, { description: 'Messages in the conversation.' })
  @Property({ type: 'integer' })
  messageCount!: number;

  @Field(() => Int, { description: 'Staff replies that answered a waiting buyer.' })
  @Property({ type: 'integer' })
  responseCount!: number;

  @Field(() => Int, { nullable: true, description: 'Seconds from the buyer’s first message to the first staff reply; null if never answered.' })
  @Property({ type: 'integer', nullable: true })
  @Index()
  firstResponseSeconds?: number;

  /** Sum of every response time, so averages across conversations stay exact. */
  @Property({ type: 'integer' })
  totalResponseSeconds!: number;

  @Field(() => Int, { description: 'Buyer messages still unanswered at the end.' })
  @Property({ type: 'integer' })
  unansweredCount!: number;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => ConversationMessage, (m) => m.conversation, { orderBy: { at: 'asc', id: 'asc' } })
  messages = new Collection<ConversationMessage>(this);
}

/** One chat message. A staff reply to a waiting buyer carries its response time. Never updated. */
@ObjectType({ description: 'A chat message. Needs `customer:read`.' })
@Entity({ tableName: 'conversation_messages' })
@Index({ properties: ['conversation', 'at'] })
@Index({ properties: ['staff', 'at'] })
export class ConversationMessage {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  @Field(() => Date, { description: 'Sent at (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  at!: Date;

  @Field(() => MessageSender, { description: 'Buyer or staff.' })
  @Property({ type: 'string', length: 30 })
  sender!: MessageSender;

  @ManyToOne(() => User, { nullable: true, ref: true })
  staff?: Ref<User>;

  @Field(() => String, { description: 'The text.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'For a staff reply to a waiting buyer: seconds since the buyer’s first unanswered message.' })
  @Property({ type: 'integer', nullable: true })
  responseSeconds?: number;
}
