import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Courier } from '../../shipping/entities/courier.entity.js';
import { CourierClaimStatus } from './review-enums.js';
import { Review } from './review.entity.js';

/** A claim against a courier (快递索赔) for a lost, late or damaged parcel; filed → accepted/rejected → settled. */
@ObjectType({ description: 'A claim against a courier for a lost, late or damaged parcel. Needs `review:read`.' })
@Entity({ tableName: 'courier_claims' })
export class CourierClaim extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Number, e.g. `CC-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => Courier, { ref: true, index: true })
  courier!: Ref<Courier>;

  @ManyToOne(() => Review, { ref: true, nullable: true, index: true })
  review?: Ref<Review>;

  @ManyToOne(() => Order, { ref: true, nullable: true, index: true })
  order?: Ref<Order>;

  @Field(() => String, { nullable: true, description: 'The waybill concerned.' })
  @Property({ type: 'string', length: 60, nullable: true })
  @Index()
  waybillNo?: string;

  @Field(() => CourierClaimStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: CourierClaimStatus = CourierClaimStatus.FILED;

  @Field(() => Int, { description: 'Amount claimed, in fen.' })
  @Property({ type: 'integer' })
  amountFen!: number;

  @Field(() => String, { description: 'What happened.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The courier’s answer.' })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string;

  @Field(() => Date, { nullable: true, description: 'When the courier answered (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'What the courier paid, in fen (may be less than claimed).' })
  @Property({ type: 'integer', nullable: true })
  settledAmountFen?: number;

  @Field(() => Date, { nullable: true, description: 'When the courier paid (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  settledAt?: Date;
}
