import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { CallbackPurpose, CampaignStatus } from './enums.js';

/** Which customers a campaign extracts from the archive; every given condition must hold. */
export interface CampaignCriteria {
  membersOnly?: boolean;
  memberLevelIds?: number[];
  boughtFrom?: string | null;
  boughtTo?: string | null;
  segments?: string[];
  tags?: string[];
  vipOnly?: boolean;
  customerIds?: number[];
}

/** A callback campaign (回访): who to call, the script, the due window and the quiet hours. */
@ObjectType({ description: 'A callback campaign (回访). Needs `customer:read`; defining and closing needs `callback:manage`.' })
@Entity({ tableName: 'callback_campaigns' })
export class CallbackCampaign extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Number, e.g. `CB-20261123-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 中秋节会员回访.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => CallbackPurpose, { description: 'Why the campaign runs.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  purpose!: CallbackPurpose;

  @Property({ type: 'json' })
  criteria: CampaignCriteria = {};

  @Field(() => String, { description: 'Script: the opening (话术开场).' })
  @Property({ type: 'text' })
  scriptOpening!: string;

  @Field(() => String, { description: 'Script branch when the customer is satisfied.' })
  @Property({ type: 'text' })
  scriptSatisfied!: string;

  @Field(() => String, { description: 'Script branch when the customer is not satisfied.' })
  @Property({ type: 'text' })
  scriptUnsatisfied!: string;

  @Field(() => Date, { description: 'The trigger: festival day, anniversary, promotion end… (UTC). The due window counts from it.' })
  @Property({ type: 'datetime' })
  triggerAt!: Date;

  @Field(() => Int, { description: 'Days after the trigger within which every callback is due (default 3).' })
  @Property({ type: 'integer' })
  dueDays!: number;

  @Field(() => Date, { description: 'Callbacks are due by this time: trigger + due days (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  dueAt!: Date;

  /** Shop-local [startMinute, endMinute) windows; a window whose end is before its start wraps past midnight. */
  @Property({ type: 'json' })
  quietHours: [number, number][] = [];

  /** The specialists tasks are distributed to; empty means the assignment pool. */
  @Property({ type: 'json' })
  specialistIds: number[] = [];

  @Field(() => CampaignStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: CampaignStatus = CampaignStatus.DRAFT;

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When tasks were generated (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the campaign was closed (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;
}
