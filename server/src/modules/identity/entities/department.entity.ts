import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A department of the shop's team (客服部, 售后部, …). */
@ObjectType({ description: 'A department of the shop’s team, e.g. customer service (客服部). Readable by any signed-in staff member.' })
@Entity({ tableName: 'departments' })
export class Department extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. `customer-service`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What the department does.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
