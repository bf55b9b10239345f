import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from './customer.entity.js';
import { CareType, ContactChannel, ContactDirection, ContactKind, ContactOutcome } from './enums.js';

/** One interaction with a customer (contact log, care action or callback). Never updated. */
@ObjectType({ description: 'A logged interaction with a customer. Needs `customer:read`.' })
@Entity({ tableName: 'customer_contacts' })
@Index({ properties: ['customer', 'at'] })
@Index({ properties: ['staff', 'at'] })
export class ContactLog {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => User, { nullable: true, ref: true })
  staff?: Ref<User>;

  @Field(() => String, { description: 'Who logged it, as text.' })
  @Property({ type: 'string', length: 200 })
  staffLabel!: string;

  @Field(() => ContactKind, { description: 'Contact, care action or callback.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  kind!: ContactKind;

  @Field(() => CareType, { nullable: true, description: 'For care actions: which kind.' })
  @Property({ type: 'string', length: 30, nullable: true })
  careType?: CareType;

  @Field(() => ContactChannel, { description: 'Phone, e-mail, SMS or chat.' })
  @Property({ type: 'string', length: 30 })
  channel!: ContactChannel;

  @Field(() => ContactDirection, { description: 'Inbound or outbound.' })
  @Property({ type: 'string', length: 30 })
  direction!: ContactDirection;

  @Field(() => ContactOutcome, { description: 'How it ended.' })
  @Property({ type: 'string', length: 30 })
  outcome!: ContactOutcome;

  @Field(() => String, { description: 'What was said or done.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Date, { description: 'When the contact took place (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Source record type, e.g. `CallbackTask`.' })
  @Property({ type: 'string', length: 40, nullable: true })
  referenceType?: string;

  @Field(() => String, { nullable: true, description: 'Source record id.' })
  @Property({ type: 'string', length: 40, nullable: true })
  referenceId?: string;

  @Field(() => Date, { description: 'When it was logged (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
