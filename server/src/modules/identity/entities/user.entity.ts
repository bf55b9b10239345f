import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Department } from './department.entity.js';
import { Role } from './role.entity.js';

/** A staff account. Passwords are stored only as Argon2id hashes. */
@ObjectType({ description: 'A staff account. Listing and reading other accounts needs `user:read`.' })
@Entity({ tableName: 'users' })
export class User extends BaseEntity<'locale' | 'active' | 'failedLogins'> {
  @Field(() => String, { description: 'Sign-in e-mail, unique, lower case.' })
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 80 })
  @Index()
  name!: string;

  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => String, { description: 'Preferred UI language: `zh-CN` or `en`.' })
  @Property({ type: 'string', length: 10, default: 'zh-CN' })
  locale: string = 'zh-CN';

  @Field(() => Boolean, { description: 'An inactive account cannot sign in.' })
  @Property({ type: 'boolean', default: true })
  @Index()
  active: boolean = true;

  @ManyToOne(() => Department, { nullable: true, ref: true, index: true })
  department?: Ref<Department>;

  @ManyToMany({ entity: () => Role, pivotTable: 'user_roles', joinColumn: 'user_id', inverseJoinColumn: 'role_id' })
  roles = new Collection<Role>(this);

  /** Consecutive failed sign-ins; reset on success. Kept in the database so every instance shares it. */
  @Property({ type: 'integer', default: 0 })
  failedLogins: number = 0;

  @Field(() => Date, { nullable: true, description: 'Set while the account is locked after repeated failed sign-ins.' })
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date;

  @Field(() => Date, { nullable: true, description: 'Time of the last successful sign-in.' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  lastLoginAt?: Date;
}
