import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { CustomerChannel, CustomerStatus } from './enums.js';
import { MemberLevel } from './member-level.entity.js';

/**
 * A customer record (客户资料). Contact fields (platform account, phone, e-mail, address) carry
 * no @Field here: they reach GraphQL only through CustomerFieldsResolver, which masks them.
 */
@ObjectType({ description: 'A customer in the archive. Needs `customer:read`; contact fields are masked unless the caller is staff with `customer:pii:read`.' })
@Entity({ tableName: 'customers' })
@Index({ properties: ['assignee', 'firstContactDueAt'] })
export class Customer extends BaseEntity<'status' | 'vip' | 'lifetimeValueFen' | 'orderCount'> {
  @Field(() => String, { description: 'Name (or the buyer’s nickname when unknown).' })
  @Property({ type: 'string', length: 80 })
  @Index()
  name!: string;

  /** Buyer account on the sales platform (旺旺 ID etc.), trimmed; a de-duplication key. */
  @Property({ type: 'string', length: 80, nullable: true })
  @Index()
  platformAccount?: string;

  /** Digits only (a +86 prefix is dropped); a de-duplication key. */
  @Property({ type: 'string', length: 20, nullable: true })
  @Index()
  phone?: string;

  @Property({ type: 'string', length: 254, nullable: true })
  @Index()
  email?: string;

  @Property({ type: 'string', length: 300, nullable: true })
  address?: string;

  @Field(() => CustomerChannel, { description: 'Where the customer came from.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  channel!: CustomerChannel;

  @Field(() => String, { nullable: true, description: 'Free notes about the customer.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  @Field(() => CustomerStatus, { description: 'ACTIVE, or MERGED into another record.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: CustomerStatus = CustomerStatus.ACTIVE;

  @ManyToOne(() => Customer, { nullable: true, ref: true })
  mergedInto?: Ref<Customer>;

  @ManyToOne(() => MemberLevel, { nullable: true, ref: true, index: true })
  memberLevel?: Ref<MemberLevel>;

  @Field(() => Date, { nullable: true, description: 'When the customer became a member (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  memberSince?: Date;

  @Field(() => Boolean, { description: 'A shop VIP: set automatically when lifetime spend reaches a VIP level.' })
  @Property({ type: 'boolean', default: false })
  @Index()
  vip: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the customer became a VIP (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  vipSince?: Date;

  @Field(() => Int, { description: 'Lifetime value: the sum of completed orders, in fen (fed by the orders module).' })
  @Property({ type: 'integer', default: 0 })
  @Index()
  lifetimeValueFen: number = 0;

  @Field(() => Int, { description: 'Number of completed orders.' })
  @Property({ type: 'integer', default: 0 })
  orderCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'Completion time of the first order (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  firstOrderAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Completion time of the latest order (UTC); drives RFM recency.' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  lastOrderAt?: Date;

  /** The specialist who owns the customer now; the history is in CustomerAssignment. */
  @ManyToOne(() => User, { nullable: true, ref: true })
  assignee?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When the current assignment started (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'First contact is due by this time: 7 days after the assignment (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  firstContactDueAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the first contact after the current assignment was made (UTC); null while awaited.' })
  @Property({ type: 'datetime', nullable: true })
  firstContactAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Time of the latest contact made (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  lastContactAt?: Date;

  /** The resale agent who brought the customer; a partner token sees only its own customers. */
  @ManyToOne(() => Partner, { nullable: true, ref: true, index: true })
  agent?: Ref<Partner>;

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User>;
}
