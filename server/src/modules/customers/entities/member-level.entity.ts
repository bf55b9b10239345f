import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A member level (会员等级) reached by lifetime spend; levels that grant VIP make the customer a shop VIP. */
@ObjectType({ description: 'A member level with its lifetime-spend threshold. Needs `customer:read`.' })
@Entity({ tableName: 'member_levels' })
export class MemberLevel extends BaseEntity<'grantsVip'> {
  @Field(() => String, { description: 'Stable code, e.g. `GOLD`.' })
  @Property({ type: 'string', length: 30 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 金卡会员.' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => Int, { description: 'Lifetime spend (completed orders) in fen at which a customer reaches this level.' })
  @Property({ type: 'integer' })
  @Unique()
  thresholdFen!: number;

  @Field(() => Boolean, { description: 'Reaching this level makes the customer a VIP (VIP prices apply).' })
  @Property({ type: 'boolean', default: false })
  grantsVip: boolean = false;

  @Field(() => String, { nullable: true, description: 'Benefits and notes.' })
  @Property({ type: 'text', nullable: true })
  description?: string;
}
