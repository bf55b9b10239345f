import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A node of the category tree (e.g. 茶叶 › 乌龙茶 › 铁观音). */
@ObjectType({ description: 'A product category; categories form a tree. Needs `product:read`.' })
@Entity({ tableName: 'categories' })
export class Category extends BaseEntity<'sortOrder'> {
  @Field(() => String, { description: 'Name.' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @ManyToOne(() => Category, { nullable: true, ref: true, index: true })
  parent?: Ref<Category>;

  @Field(() => Int, { description: 'Order among siblings.' })
  @Property({ type: 'integer', default: 0 })
  @Index()
  sortOrder: number = 0;
}
