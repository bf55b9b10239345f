import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { IntentLevel, UnclosedReason, UnclosedStatus } from './enums.js';

/** The unclosed-purchase register (未成交登记): a buyer who asked but did not buy, and its follow-up. */
@ObjectType({ description: 'An unclosed purchase: a buyer who asked but did not buy. Needs `customer:read`.' })
@Entity({ tableName: 'unclosed_purchases' })
export class UnclosedPurchase extends BaseEntity<'status' | 'followUpCount'> {
  @ManyToOne(() => Customer, { ref: true, index: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => User, { nullable: true, ref: true, index: true })
  staff?: Ref<User>;

  @Field(() => Date, { description: 'When the buyer asked (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  askedAt!: Date;

  @Field(() => String, { description: 'What the buyer asked about (product, SKU, question).' })
  @Property({ type: 'string', length: 200 })
  productInterest!: string;

  @Field(() => UnclosedReason, { description: 'Why the buyer did not buy.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  reason!: UnclosedReason;

  @Field(() => String, { nullable: true, description: 'Details of the reason.' })
  @Property({ type: 'text', nullable: true })
  reasonNote?: string;

  @Field(() => IntentLevel, { description: 'Intent; HIGH marks an intent buyer.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  intent!: IntentLevel;

  @Field(() => UnclosedStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: UnclosedStatus = UnclosedStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'Next follow-up planned (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  nextFollowUpAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Last follow-up (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  lastFollowUpAt?: Date;

  @Field(() => Int, { description: 'Follow-ups so far.' })
  @Property({ type: 'integer', default: 0 })
  followUpCount: number = 0;

  @Field(() => String, { nullable: true, description: 'Latest follow-up note.' })
  @Property({ type: 'text', nullable: true })
  followUpNote?: string;
}
