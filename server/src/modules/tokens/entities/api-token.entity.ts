import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { User } from '../../identity/entities/user.entity.js';

export enum ApiTokenKind {
  PARTNER = 'PARTNER',
  ANALYST = 'ANALYST',
}
registerEnumType(ApiTokenKind, {
  name: 'ApiTokenKind',
  description: 'Who holds an API token.',
  valuesConfig: {
    PARTNER: { description: 'A supplier or agent; reads only its own rows; query cost limit 1,000.' },
    ANALYST: { description: 'A data analyst; read-only; query cost limit 5,000.' },
  },
});

/** A bearer token for a partner or analyst. The secret is shown once; only its SHA-256 is kept. */
@ObjectType({ description: 'An API token for a partner or analyst. Needs `token:manage`. The secret itself is never readable.' })
@Entity({ tableName: 'api_tokens' })
export class ApiToken extends BaseEntity<'permissions'> {
  @Field(() => String, { description: 'A label saying who uses it and for what.' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => ApiTokenKind, { description: 'Partner or analyst.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  kind!: ApiTokenKind;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => String, { description: 'The first characters of the secret, to tell tokens apart.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Field(() => [String], { description: 'The permissions (scope) the token carries.' })
  @Property({ type: 'json' })
  permissions: string[] = [];

  /** Required for partner tokens: every read is limited to this partner's rows. */
  @ManyToOne(() => Partner, { nullable: true, ref: true, index: true })
  partner?: Ref<Partner>;

  @Field(() => Date, { nullable: true, description: 'After this time the token is refused.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; a revoked token is refused.' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  revokedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the token last authenticated a request (to the minute).' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  @ManyToOne(() => User, { nullable: true, ref: true })
  createdBy?: Ref<User>;
}
