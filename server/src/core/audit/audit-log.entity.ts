import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../modules/identity/entities/user.entity.js';

/** One row per mutation: who did what to which entity, and when. Never updated. */
@ObjectType({ description: 'An audit record of one mutation. Needs `audit:read`.' })
@Entity({ tableName: 'audit_logs' })
export class AuditLog {
  [OptionalProps]?: 'at';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When it happened (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  at: Date = new Date();

  @ManyToOne(() => User, { nullable: true, ref: true, index: true })
  actor?: Ref<User>;

  @Field(() => String, { description: 'The actor as text: a user’s e-mail, `token:<name>` or `anonymous`.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field(() => String, { description: 'The operation, e.g. `createUser` or `login.failed`.' })
  @Property({ type: 'string', length: 80 })
  @Index()
  operation!: string;

  @Field(() => String, { description: 'The kind of entity changed, e.g. `User`.' })
  @Property({ type: 'string', length: 60 })
  @Index()
  entityType!: string;

  @Field(() => String, { nullable: true, description: 'The id of the entity changed.' })
  @Property({ type: 'string', length: 60, nullable: true })
  @Index()
  entityId?: string;

  @Field(() => String, { description: 'What changed, in short.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'The request id, to find the matching server log lines.' })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;
}
