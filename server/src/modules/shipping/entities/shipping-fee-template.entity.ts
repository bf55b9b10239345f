import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { ShippingMethod } from './shipping-method.js';

/**
 * What the buyer pays for shipping (运费模板) to a province by a method. Province `*`
 * covers every province without its own row. Orders whose goods after discounts reach the
 * free-shipping threshold ship free.
 */
@ObjectType({ description: 'A shipping-fee template row: the buyer’s fee for one method and destination. Needs `order:read`.' })
@Entity({ tableName: 'shipping_fee_templates' })
@Unique({ properties: ['method', 'province'] })
export class ShippingFeeTemplate extends BaseEntity {
  @Field(() => ShippingMethod, { description: 'Method.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  method!: ShippingMethod;

  @Field(() => String, { description: 'Destination province (canonical name), or `*` for every other province.' })
  @Property({ type: 'string', length: 20 })
  province!: string;

  @Field(() => Int, { description: 'First weight in grams (首重).' })
  @Property({ type: 'integer' })
  firstWeightGrams!: number;

  @Field(() => Int, { description: 'Fee for the first weight, in fen.' })
  @Property({ type: 'integer' })
  firstFeeFen!: number;

  @Field(() => Int, { description: 'Additional weight unit in grams (续重); a started unit counts in full.' })
  @Property({ type: 'integer' })
  additionalUnitGrams!: number;

  @Field(() => Int, { description: 'Fee per additional unit, in fen.' })
  @Property({ type: 'integer' })
  additionalFeeFen!: number;

  @Field(() => Int, { nullable: true, description: 'Goods after discounts at or above this (fen) ship free; null: never free.' })
  @Property({ type: 'integer', nullable: true })
  freeShippingThresholdFen?: number;
}
