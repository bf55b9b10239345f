import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Product } from './product.entity.js';

/** One sellable spec of a product (colour, size …). Prices are integer fen. */
@ObjectType({ description: 'A stock-keeping unit: one spec (colour, size) of a product. Needs `product:read`.' })
@Entity({ tableName: 'skus' })
export class Sku extends BaseEntity<'spec' | 'currency' | 'isGift' | 'active'> {
  @ManyToOne(() => Product, { ref: true, index: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => String, { description: 'SKU code, unique.' })
  @Property({ type: 'string', length: 60 })
  @Unique()
  code!: string;

  @Field(() => String, { nullable: true, description: 'Barcode (EAN-13 or the shop’s own), unique when set.' })
  @Property({ type: 'string', length: 40, nullable: true })
  @Unique()
  barcode?: string;

  /** Spec values, e.g. { 颜色: 红, 尺码: 250g }. */
  @Property({ type: 'json' })
  spec: Record<string, string> = {};

  @Field(() => Int, { description: 'Shipping weight in grams, for fee calculation.' })
  @Property({ type: 'integer' })
  weightGrams!: number;

  @Field(() => Int, { description: 'Current price in fen; changes only through an approved price change.' })
  @Property({ type: 'integer' })
  priceFen!: number;

  @Field(() => Int, { nullable: true, description: 'VIP member price in fen, if any.' })
  @Property({ type: 'integer', nullable: true })
  vipPriceFen?: number;

  @Field(() => String, { description: 'Currency of the prices (ISO 4217), `CNY`.' })
  @Property({ type: 'string', length: 3, default: 'CNY' })
  currency: string = 'CNY';

  /** Gift SKUs (赠品) form the gift stock: sales cannot reserve them; they leave by gift-out movements. */
  @Field(() => Boolean, { description: 'A gift item (赠品): kept apart from sellable stock; sales cannot reserve it.' })
  @Property({ type: 'boolean', default: false })
  @Index()
  isGift: boolean = false;

  @Field(() => Boolean, { description: 'Inactive SKUs keep their history but are not sold.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
