import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';

/**
 * A customer-service specialist's workload settings. Kept here rather than on User so the
 * identity module stays free of desk concerns.
 */
@ObjectType({ description: 'A specialist in the assignment pool with an ability factor. Needs `customer:read`.' })
@Entity({ tableName: 'cs_specialists' })
export class SpecialistProfile extends BaseEntity<'abilityPercent' | 'inPool'> {
  @ManyToOne(() => User, { ref: true })
  @Unique()
  user!: Ref<User>;

  @Field(() => Int, { description: 'Ability factor in percent (100 = standard). Automatic assignment gives a specialist customers in proportion to it.' })
  @Property({ type: 'integer', default: 100 })
  abilityPercent: number = 100;

  @Field(() => Boolean, { description: 'Receives customers and callback tasks from automatic distribution.' })
  @Property({ type: 'boolean', default: true })
  inPool: boolean = true;

  @Field(() => String, { nullable: true, description: 'The supervisor’s note, e.g. strengths.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
