import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

/** A named set of permissions. A user's effective permissions are the union of their roles'. */
@ObjectType({ description: 'A named set of permissions (e.g. customer-service supervisor). Needs `user:read`.' })
@Entity({ tableName: 'roles' })
export class Role extends BaseEntity<'isSupervisor' | 'system' | 'permissions' | 'grantedDefaults'> {
  @Field(() => String, { description: 'Stable code, e.g. `cs-supervisor`.' })
  @Property({ type: 'string', length: 60 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Name in Chinese.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 80 })
  nameEn!: string;

  @Field(() => Boolean, { description: 'A supervisor (主管) role sees and assigns its department’s work.' })
  @Property({ type: 'boolean', default: false })
  isSupervisor: boolean = false;

  @Field(() => Boolean, { description: 'Seeded roles keep their code.' })
  @Property({ type: 'boolean', default: false })
  system: boolean = false;

  @Field(() => [String], { description: 'Permission names granted by this role.' })
  @Property({ type: 'json' })
  permissions: string[] = [];

  /**
   * For built-in roles: the built-in permissions already offered to this role at some start. A permission the
   * built-in definition gains later is granted once; one an administrator removed stays removed. Null on rows
   * from before this was kept. Not in the API.
   */
  @Property({ type: 'json', nullable: true })
  grantedDefaults?: string[] | null;
}
