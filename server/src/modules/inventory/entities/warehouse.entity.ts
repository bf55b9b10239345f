import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A warehouse (库房). Stock is kept per SKU × warehouse. */
@ObjectType({ description: 'A warehouse. Needs `stock:read`.' })
@Entity({ tableName: 'warehouses' })
export class Warehouse extends BaseEntity<'active'> {
  @Field(() => String, { description: 'Short unique code, e.g. `HZ`.' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Address, for shipping and transfers.' })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Field(() => Boolean, { description: 'Inactive warehouses take no new movements.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
