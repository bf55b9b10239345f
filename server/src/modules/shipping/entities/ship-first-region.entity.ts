import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A high-traffic province whose orders go to the front of the fulfilment queue (优先发货地区). */
@ObjectType({ description: 'A ship-first region: its orders come first in the fulfilment queue. Needs `order:read`.' })
@Entity({ tableName: 'ship_first_regions' })
export class ShipFirstRegion extends BaseEntity {
  @Field(() => String, { description: 'Province (canonical name).' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  province!: string;

  @Field(() => String, { nullable: true, description: 'Why it ships first, e.g. “top-3 sales region”.' })
  @Property({ type: 'string', length: 200, nullable: true })
  note?: string;
}
