import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Sku } from './sku.entity.js';

export enum PriceKind { PRICE = 'PRICE', VIP = 'VIP' }
registerEnumType(PriceKind, {
  name: 'PriceKind', description: 'Which price of a SKU.',
  valuesConfig: { PRICE: { description: 'The selling price (`priceFen`).' }, VIP: { description: 'The VIP member price (`vipPriceFen`).' } },
});

export enum PriceChangeStatus { PENDING = 'PENDING', APPROVED = 'APPROVED', REJECTED = 'REJECTED', CANCELLED = 'CANCELLED' }
registerEnumType(PriceChangeStatus, {
  name: 'PriceChangeStatus', description: 'State of a price change request.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a manager with `price:approve`.' },
    APPROVED: { description: 'Approved; the price has changed.' },
    REJECTED: { description: 'Rejected; the price is unchanged.' },
    CANCELLED: { description: 'Withdrawn by the proposer before a decision.' },
  },
});

/**
 * A proposed price change (调价申请). Four-eyes: the price changes only when someone other
 * than the proposer approves it.
 */
@ObjectType({ description: 'A proposed change of a SKU’s price, approved or rejected by a manager. Needs `product:read`.' })
@Entity({ tableName: 'price_changes' })
@Index({ properties: ['status', 'createdAt'] })
export class PriceChange extends BaseEntity<'status' | 'pendingSlot'> {
  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @Field(() => PriceKind, { description: 'Selling price or VIP price.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  kind!: PriceKind;

  @Field(() => Int, { nullable: true, description: 'The price in fen when proposed (null: the SKU had no VIP price).' })
  @Property({ type: 'integer', nullable: true })
  currentFen?: number;

  @Field(() => Int, { description: 'The proposed price in fen.' })
  @Property({ type: 'integer' })
  proposedFen!: number;

  @Field(() => String, { description: 'Why the price should change.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => PriceChangeStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: PriceChangeStatus = PriceChangeStatus.PENDING;

  /**
   * `<skuId>:<kind>` while pending, null afterwards: the unique constraint lets only one
   * pending change per SKU and kind exist, even under concurrent proposals (NULLs never clash).
   */
  @Property({ type: 'string', length: 40, nullable: true })
  @Unique()
  pendingSlot?: string | null;

  @ManyToOne(() => User, { ref: true, index: true })
  proposedBy!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected or cancelled (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Field(() => String, { nullable: true, description: 'The decider’s note (required when rejecting).' })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string;
}
