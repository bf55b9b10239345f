import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Courier } from './courier.entity.js';
import { ShippingMethod } from './shipping-method.js';

/**
 * One row of a courier's negotiated rate card: what the courier charges the shop for a
 * parcel to a province by a method. Province `*` covers every province without its own row.
 */
@ObjectType({ description: 'A negotiated rate (what the courier charges us) for one method and destination. Needs `order:read`.' })
@Entity({ tableName: 'courier_rates' })
@Unique({ properties: ['courier', 'method', 'province'] })
export class CourierRate extends BaseEntity {
  @ManyToOne(() => Courier, { ref: true, index: true, deleteRule: 'cascade' })
  courier!: Ref<Courier>;

  @Field(() => ShippingMethod, { description: 'Method.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  method!: ShippingMethod;

  @Field(() => String, { description: 'Destination province (canonical name), or `*` for every other province.' })
  @Property({ type: 'string', length: 20 })
  province!: string;

  @Field(() => Int, { description: 'First weight in grams (首重).' })
  @Property({ type: 'integer' })
  firstWeightGrams!: number;

  @Field(() => Int, { description: 'Cost of the first weight, in fen.' })
  @Property({ type: 'integer' })
  firstFeeFen!: number;

  @Field(() => Int, { description: 'Additional weight unit in grams (续重); a started unit counts in full.' })
  @Property({ type: 'integer' })
  additionalUnitGrams!: number;

  @Field(() => Int, { description: 'Cost per additional unit, in fen.' })
  @Property({ type: 'integer' })
  additionalFeeFen!: number;
}
