import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { ContactChannel } from '../../customers/entities/enums.js';
import { CallbackCampaign } from './callback-campaign.entity.js';
import { CallbackRating, CallbackTaskStatus } from './enums.js';

/** One customer to call back in a campaign, with its callback form (回访记录表). */
@ObjectType({ description: 'A callback task and its form. Needs `customer:read`; working it needs `callback:work`.' })
@Entity({ tableName: 'callback_tasks' })
// One task per customer per campaign; a standing campaign (complaint follow-up) has one per source document instead.
@Unique({ properties: ['campaign', 'customer', 'sourceRef'] })
@Index({ properties: ['assignee', 'status', 'dueAt'] })
export class CallbackTask extends BaseEntity<'status' | 'attempts' | 'followUpNeeded' | 'late' | 'memberAtStart' | 'sourceRef'> {
  @ManyToOne(() => CallbackCampaign, { ref: true })
  campaign!: Ref<CallbackCampaign>;

  @ManyToOne(() => Customer, { ref: true, index: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => User, { ref: true })
  assignee!: Ref<User>;

  @Field(() => String, { description: 'What the task follows up, e.g. the complaint number `CP-20261201-001`; empty for campaign tasks.' })
  @Property({ type: 'string', length: 40, default: '' })
  @Index()
  sourceRef: string = '';

  @Field(() => CallbackTaskStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: CallbackTaskStatus = CallbackTaskStatus.OPEN;

  @Field(() => Boolean, { description: 'The customer was a member when the campaign started (counts towards member coverage).' })
  @Property({ type: 'boolean', default: false })
  memberAtStart: boolean = false;

  @Field(() => Date, { description: 'Due by (UTC).' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Planned call time (UTC); never inside quiet hours.' })
  @Property({ type: 'datetime', nullable: true })
  scheduledAt?: Date;

  @Field(() => Int, { description: 'Calls made so far, answered or not.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => ContactChannel, { nullable: true, description: 'Channel of the last attempt.' })
  @Property({ type: 'string', length: 30, nullable: true })
  channel?: ContactChannel;

  @Field(() => Date, { nullable: true, description: 'Time of the last attempt (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  calledAt?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether the customer was reached; null before any attempt.' })
  @Property({ type: 'boolean', nullable: true })
  reached?: boolean;

  @Field(() => CallbackRating, { nullable: true, description: 'Satisfaction, when reached.' })
  @Property({ type: 'string', length: 30, nullable: true })
  @Index()
  rating?: CallbackRating;

  @Field(() => String, { nullable: true, description: 'The customer’s opinions.' })
  @Property({ type: 'text', nullable: true })
  opinions?: string;

  @Field(() => String, { nullable: true, description: 'The customer’s suggestions.' })
  @Property({ type: 'text', nullable: true })
  suggestions?: string;

  @Field(() => Boolean, { description: 'Something must still be done for the customer.' })
  @Property({ type: 'boolean', default: false })
  followUpNeeded: boolean = false;

  @Field(() => String, { nullable: true, description: 'What must be followed up.' })
  @Property({ type: 'text', nullable: true })
  followUpNote?: string;

  @Field(() => Date, { nullable: true, description: 'When the follow-up was resolved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  followUpResolvedAt?: Date;

  @Field(() => String, { nullable: true, description: 'How the follow-up was resolved.' })
  @Property({ type: 'text', nullable: true })
  followUpResolution?: string;

  @Field(() => Boolean, { description: 'The form was completed after the due time.' })
  @Property({ type: 'boolean', default: false })
  late: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the form was completed (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date;
}
