import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { QuickReplyKind } from './enums.js';

/** A quick reply or FAQ entry staff search and copy into a chat. */
@ObjectType({ description: 'A quick reply (快捷短语) or FAQ entry, with how often it was used. Needs `customer:read`.' })
@Entity({ tableName: 'quick_replies' })
export class QuickReply extends BaseEntity<'usageCount' | 'active'> {
  @Field(() => QuickReplyKind, { description: 'Quick reply or FAQ.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  kind!: QuickReplyKind;

  @Field(() => String, { description: 'Category, e.g. 物流, 售后, 产品.' })
  @Property({ type: 'string', length: 40 })
  @Index()
  category!: string;

  @Field(() => String, { description: 'Short title, or the question for an FAQ.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The text to copy, or the answer.' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { nullable: true, description: 'Extra search words.' })
  @Property({ type: 'string', length: 200, nullable: true })
  keywords?: string;

  @Field(() => Int, { description: 'Times staff copied it.' })
  @Property({ type: 'integer', default: 0 })
  @Index()
  usageCount: number = 0;

  @Field(() => Boolean, { description: 'Inactive entries are hidden from search by default.' })
  @Property({ type: 'boolean', default: true })
  @Index()
  active: boolean = true;

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User>;
}
