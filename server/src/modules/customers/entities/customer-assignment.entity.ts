import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from './customer.entity.js';
import { AssignmentMethod } from './enums.js';

/** One period of a customer's ownership by a specialist. Reassignment ends the row and opens a new one. */
@ObjectType({ description: 'An assignment of a customer to a specialist, with its first-contact deadline. Needs `customer:read`.' })
@Entity({ tableName: 'customer_assignments' })
@Index({ properties: ['specialist', 'endedAt'] })
export class CustomerAssignment extends BaseEntity {
  @ManyToOne(() => Customer, { ref: true, index: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => User, { ref: true })
  specialist!: Ref<User>;

  @ManyToOne(() => User, { nullable: true, ref: true })
  assignedBy?: Ref<User>;

  @Field(() => String, { description: 'Who assigned, as text.' })
  @Property({ type: 'string', length: 200 })
  assignedByLabel!: string;

  @Field(() => AssignmentMethod, { description: 'By hand or automatic.' })
  @Property({ type: 'string', length: 30 })
  method!: AssignmentMethod;

  @Field(() => Date, { description: 'Start (UTC).' })
  @Property({ type: 'datetime' })
  assignedAt!: Date;

  @Field(() => Date, { description: 'First contact due by (UTC): 7 days after the start.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the first contact was made during this assignment (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  firstContactAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the assignment ended (UTC); null while current.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why it ended: `REASSIGNED`, `UNASSIGNED` or `MERGED`.' })
  @Property({ type: 'string', length: 30, nullable: true })
  endReason?: string;

  @Field(() => String, { nullable: true, description: 'The supervisor’s note.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
