import { Collection, Entity, Index, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { LeadListStatus, LeadOutcome, RefusalReason } from './enums.js';

/** A telemarketing list of potential customers (数据清单) for one campaign. */
@ObjectType({ description: 'A telemarketing lead list for a campaign. Needs `customer:read`.' })
@Entity({ tableName: 'lead_lists' })
export class LeadList extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Name of the list.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'The campaign it serves, e.g. 双十一老客唤醒.' })
  @Property({ type: 'string', length: 120 })
  @Index()
  campaign!: string;

  @Field(() => Int, { nullable: true, description: 'Target number of conversions.' })
  @Property({ type: 'integer', nullable: true })
  targetConversions?: number;

  @Field(() => LeadListStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: LeadListStatus = LeadListStatus.OPEN;

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When the list was closed (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;

  @OneToMany(() => Lead, (lead) => lead.list)
  leads = new Collection<Lead>(this);
}

/** One potential customer on a lead list, with the outcome of calling them. */
@ObjectType({ description: 'A lead on a telemarketing list. The phone is masked without `customer:pii:read`.' })
@Entity({ tableName: 'leads' })
@Index({ properties: ['list', 'outcome'] })
export class Lead extends BaseEntity<'outcome' | 'attempts'> {
  @ManyToOne(() => LeadList, { ref: true, deleteRule: 'cascade' })
  list!: Ref<LeadList>;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  /** Digits only; reaches GraphQL masked through the lead field resolver. */
  @Property({ type: 'string', length: 20 })
  phone!: string;

  @ManyToOne(() => Customer, { nullable: true, ref: true, index: true })
  customer?: Ref<Customer>;

  @ManyToOne(() => User, { nullable: true, ref: true, index: true })
  assignee?: Ref<User>;

  @Field(() => LeadOutcome, { description: 'Result so far.' })
  @Property({ type: 'string', length: 30 })
  outcome: LeadOutcome = LeadOutcome.PENDING;

  @Field(() => RefusalReason, { nullable: true, description: 'Why the lead refused.' })
  @Property({ type: 'string', length: 30, nullable: true })
  @Index()
  refusalReason?: RefusalReason;

  @Field(() => String, { nullable: true, description: 'Notes from the calls.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Int, { description: 'Calls made.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => Date, { nullable: true, description: 'Last call (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  lastCalledAt?: Date;
}
