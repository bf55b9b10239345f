import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../../identity/entities/user.entity.js';
import { PriceChange, PriceKind } from './price-change.entity.js';
import { Sku } from './sku.entity.js';

/** One change of a SKU's price: the initial price at creation, then each approved change. Never updated. */
@ObjectType({ description: 'A change of a SKU’s price: its first price, then every approved change. Needs `product:read`.' })
@Entity({ tableName: 'price_history' })
@Index({ properties: ['sku', 'at'] })
export class PriceHistory {
  [OptionalProps]?: 'at';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => PriceKind, { description: 'Selling price or VIP price.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  kind!: PriceKind;

  @Field(() => Int, { nullable: true, description: 'Price before, in fen; null for the first price.' })
  @Property({ type: 'integer', nullable: true })
  oldFen?: number;

  @Field(() => Int, { description: 'Price after, in fen.' })
  @Property({ type: 'integer' })
  newFen!: number;

  /** The approved change that caused it; null for the price set when the SKU was created. */
  @ManyToOne(() => PriceChange, { ref: true, nullable: true })
  priceChange?: Ref<PriceChange>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  changedBy?: Ref<User>;

  @Field(() => String, { description: 'Who set the price (the approver, or the creator of the SKU), as text.' })
  @Property({ type: 'string', length: 200 })
  changedByLabel!: string;

  @Field(() => Date, { description: 'When (UTC).' })
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
