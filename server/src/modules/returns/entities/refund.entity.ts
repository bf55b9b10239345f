import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Payment, PaymentMethod } from '../../orders/entities/payment.entity.js';
import { ReturnRequest } from './return-request.entity.js';

export enum RefundStatus { REQUESTED = 'REQUESTED', AWAITING_SECOND_APPROVAL = 'AWAITING_SECOND_APPROVAL', PAID = 'PAID', REJECTED = 'REJECTED' }
registerEnumType(RefundStatus, {
  name: 'RefundStatus', description: 'State of a refund.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; waiting for an approver with `return:approve`.' },
    AWAITING_SECOND_APPROVAL: { description: 'Above the second-approval amount and approved once; waiting for a different approver.' },
    PAID: { description: 'Money returned: a REFUND payment on the order and a REFUND entry in the money ledger.' },
    REJECTED: { description: 'Refused; no money moved.' },
  },
});

/**
 * A refund (退款) for a return request. Money moves only when it is approved (twice, by two
 * different people, above REFUND_SECOND_APPROVAL_FEN), through the orders module's giveRefund.
 */
@ObjectType({ description: 'A refund of a return request, with its approvals and the payment it produced. Needs `return:read`.' })
@Entity({ tableName: 'refunds' })
export class Refund extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Number, e.g. `RF-20261201-001`; also the payment’s reference.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => ReturnRequest, { ref: true, index: true })
  returnRequest!: Ref<ReturnRequest>;

  @ManyToOne(() => Order, { ref: true, index: true })
  order!: Ref<Order>;

  @Field(() => String, { description: 'The order number, copied for search.' })
  @Property({ type: 'string', length: 40 })
  @Index()
  orderCode!: string;

  @Field(() => RefundStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: RefundStatus = RefundStatus.REQUESTED;

  @Field(() => Int, { description: 'Amount in fen.' })
  @Property({ type: 'integer' })
  @Index()
  amountFen!: number;

  @Field(() => PaymentMethod, { description: 'How the money goes back.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  method!: PaymentMethod;

  @Field(() => String, { description: 'Why.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Boolean, { description: 'Above the second-approval amount when requested: two different approvers are needed.' })
  @Property({ type: 'boolean' })
  needsSecondApproval!: boolean;

  @ManyToOne(() => User, { ref: true, nullable: true })
  requestedBy?: Ref<User>;

  @Field(() => String, { description: 'Who asked for it, as text.' })
  @Property({ type: 'string', length: 200 })
  requestedByLabel!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  firstApprover?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'First approver, as text.' })
  @Property({ type: 'string', length: 200, nullable: true })
  firstApproverLabel?: string;

  @Field(() => Date, { nullable: true, description: 'When it was first approved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  firstApprovedAt?: Date;

  @ManyToOne(() => User, { ref: true, nullable: true })
  secondApprover?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Second approver, as text (large refunds only).' })
  @Property({ type: 'string', length: 200, nullable: true })
  secondApproverLabel?: string;

  @Field(() => Date, { nullable: true, description: 'When it was approved the second time (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  secondApprovedAt?: Date;

  @ManyToOne(() => Payment, { ref: true, nullable: true })
  payment?: Ref<Payment>;

  @Field(() => Date, { nullable: true, description: 'When the money went back (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  paidAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string;
}
