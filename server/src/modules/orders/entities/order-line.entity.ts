import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Order } from './order.entity.js';

/** One SKU on an order. Code, title and price are copied at order time, so later catalog changes do not rewrite history. */
@ObjectType({ description: 'A line of an order.' })
@Entity({ tableName: 'order_lines' })
export class OrderLine extends BaseEntity<'vipPrice' | 'lineTotalFen'> {
  @ManyToOne(() => Order, { ref: true, index: true, deleteRule: 'cascade' })
  order!: Ref<Order>;

  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @Field(() => String, { description: 'SKU code at order time.' })
  @Property({ type: 'string', length: 60 })
  skuCode!: string;

  @Field(() => String, { description: 'Product title and spec at order time.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => Int, { description: 'Units.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Unit price in fen: the catalog price, or the VIP price for a VIP customer; 0 for gifts.' })
  @Property({ type: 'integer' })
  unitPriceFen!: number;

  @Field(() => Int, { description: 'Discount on this line, in fen.' })
  @Property({ type: 'integer' })
  discountFen!: number;

  @Field(() => Boolean, { description: 'A gift (赠品) earned by a promotion: free, checked when packing.' })
  @Property({ type: 'boolean' })
  isGift!: boolean;

  @Field(() => Boolean, { description: 'The VIP price was applied.' })
  @Property({ type: 'boolean', default: false })
  vipPrice: boolean = false;

  @Field(() => Int, { description: 'Unit weight in grams at order time.' })
  @Property({ type: 'integer' })
  unitWeightGrams!: number;

  @Field(() => Int, { description: 'Unit price × quantity − discount, in fen.' })
  get lineTotalFen(): number {
    return this.unitPriceFen * this.quantity - this.discountFen;
  }
}
