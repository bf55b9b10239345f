import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A courier company the shop ships with (快递公司), at rates negotiated with it. */
@ObjectType({ description: 'A courier company with its negotiated rate card. Needs `order:read`.' })
@Entity({ tableName: 'couriers' })
export class Courier extends BaseEntity<'active'> {
  @Field(() => String, { description: 'Short unique code, e.g. `SF`, `ZTO`, `EMS`.' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 顺丰速运.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact phone of the local branch or account manager.' })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string;

  @Field(() => String, { nullable: true, description: 'Notes: reliability, pick-up times, the contract reference.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  @Field(() => Boolean, { description: 'Inactive couriers keep their shipments but take no new ones.' })
  @Property({ type: 'boolean', default: true })
  @Index()
  active: boolean = true;
}
