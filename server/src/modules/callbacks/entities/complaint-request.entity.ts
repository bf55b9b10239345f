import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CallbackTask } from './callback-task.entity.js';
import { ComplaintRequestStatus } from './enums.js';

/**
 * A complaint raised by customer service (e.g. from an unsatisfied callback). After-sales
 * registers it as a complaint and links it here by the complaint's id.
 */
@ObjectType({ description: 'A complaint request raised from customer service, waiting for after-sales. Needs `complaint:read`.' })
@Entity({ tableName: 'complaint_requests' })
export class ComplaintRequest extends BaseEntity<'status'> {
  @ManyToOne(() => Customer, { ref: true, index: true })
  customer!: Ref<Customer>;

  @ManyToOne(() => CallbackTask, { nullable: true, ref: true, index: true })
  callbackTask?: Ref<CallbackTask>;

  @Field(() => String, { description: 'What the customer is unhappy about.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => ComplaintRequestStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: ComplaintRequestStatus = ComplaintRequestStatus.OPEN;

  @ManyToOne(() => User, { nullable: true, ref: true })
  raisedBy?: Ref<User>;

  @Field(() => String, { description: 'Who raised it, as text.' })
  @Property({ type: 'string', length: 200 })
  raisedByLabel!: string;

  @Field(() => String, { nullable: true, description: 'The after-sales complaint it became, once linked.' })
  @Property({ type: 'string', length: 40, nullable: true })
  complaintRef?: string;
}
