import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { BadReviewCause, ReviewHandlingStatus, ReviewPlatform } from './review-enums.js';

/**
 * A buyer review (买家评价), entered by hand or imported, with the shop's reply and, for a bad
 * review (original rating ≤ 2), the handling by cause. Each handling step is on the history
 * (type `Review`); the step's data is kept in the columns below.
 */
@ObjectType({ description: 'A buyer review with the shop’s reply and, for a bad review (rating ≤ 2), its handling by cause. Needs `review:read`.' })
@Entity({ tableName: 'reviews' })
@Index({ properties: ['isBad', 'reviewedAt'] })
export class Review extends BaseEntity<'handlingStatus'> {
  @Field(() => ReviewPlatform, { description: 'Where it was posted.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  platform!: ReviewPlatform;

  @Field(() => String, { nullable: true, description: 'The platform’s own review id, when known.' })
  @Property({ type: 'string', length: 80, nullable: true })
  externalId?: string;

  /** platform:externalId, or platform:order:sku:buyer:time: a re-import of the same review is skipped. */
  @Property({ type: 'string', length: 300 })
  @Unique()
  importKey!: string;

  @Field(() => Int, { description: 'Current rating, 1–5 (after a revision, the revised one).' })
  @Property({ type: 'integer' })
  @Index()
  rating!: number;

  @Field(() => Int, { description: 'Rating as first posted, 1–5.' })
  @Property({ type: 'integer' })
  originalRating!: number;

  @Field(() => Boolean, { description: 'A bad review (差评): original rating ≤ 2. Stays true after a revision, so handled reviews are still counted.' })
  @Property({ type: 'boolean' })
  isBad!: boolean;

  @Field(() => String, { description: 'What the buyer wrote (may be empty).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { description: 'The buyer’s name or nickname as shown on the platform.' })
  @Property({ type: 'string', length: 80 })
  @Index()
  buyerName!: string;

  @Field(() => Date, { description: 'When the buyer posted it (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  reviewedAt!: Date;

  @ManyToOne(() => Order, { ref: true, nullable: true, index: true })
  order?: Ref<Order>;

  @Field(() => String, { nullable: true, description: 'The order number as given (ours or the platform’s).' })
  @Property({ type: 'string', length: 64, nullable: true })
  @Index()
  orderCode?: string;

  @ManyToOne(() => Sku, { ref: true, nullable: true, index: true })
  sku?: Ref<Sku>;

  @ManyToOne(() => Product, { ref: true, nullable: true, index: true })
  product?: Ref<Product>;

  @Field(() => String, { nullable: true, description: 'The reply shown under the review (商家回复).' })
  @Property({ type: 'text', nullable: true })
  replyText?: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  repliedBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Who replied, as text.' })
  @Property({ type: 'string', length: 200, nullable: true })
  repliedByLabel?: string;

  @Field(() => Date, { nullable: true, description: 'When the reply was written (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  repliedAt?: Date;

  @Field(() => ReviewHandlingStatus, { description: 'Handling state (bad reviews only; others NOT_NEEDED).' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  handlingStatus: ReviewHandlingStatus = ReviewHandlingStatus.NOT_NEEDED;

  @Field(() => BadReviewCause, { nullable: true, description: 'The cause, once named.' })
  @Property({ type: 'string', length: 30, nullable: true }) // an enum; no DB check
  @Index()
  cause?: BadReviewCause;

  @Field(() => String, { nullable: true, description: 'What the cause analysis found.' })
  @Property({ type: 'text', nullable: true })
  causeNote?: string;

  // BUYER: explanation and revision request, and the buyer's revision.
  @Field(() => String, { nullable: true, description: 'BUYER: the explanation given to the buyer with the revision request.' })
  @Property({ type: 'text', nullable: true })
  explanation?: string;

  @Field(() => Date, { nullable: true, description: 'BUYER: when the buyer was asked to revise (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  revisionRequestedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the buyer revised the review (UTC); null if not (yet) revised.' })
  @Property({ type: 'datetime', nullable: true })
  revisedAt?: Date;

  // LOGISTICS: verification (the claim itself is a CourierClaim).
  @Field(() => String, { nullable: true, description: 'LOGISTICS: what verification with the courier found.' })
  @Property({ type: 'text', nullable: true })
  logisticsFinding?: string;

  @Field(() => Date, { nullable: true, description: 'LOGISTICS: when it was verified (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date;

  // LOGISTICS and SERVICE: apology and compensation.
  @Field(() => String, { nullable: true, description: 'The apology made to the buyer.' })
  @Property({ type: 'text', nullable: true })
  apology?: string;

  @Field(() => Date, { nullable: true, description: 'When the apology was made (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  apologisedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Compensation paid to the buyer, in fen (a money-ledger expense).' })
  @Property({ type: 'integer', nullable: true })
  compensationFen?: number;

  // PRODUCT: the return or exchange offered.
  @ManyToOne(() => ReturnRequest, { ref: true, nullable: true })
  returnRequest?: Ref<ReturnRequest>;

  // SERVICE: retraining.
  @ManyToOne(() => User, { ref: true, nullable: true })
  retrainedUser?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'SERVICE: what the retraining covered.' })
  @Property({ type: 'text', nullable: true })
  retrainingNote?: string;

  @Field(() => Date, { nullable: true, description: 'SERVICE: when the retraining was recorded (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  retrainedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When handling was resolved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;
}
