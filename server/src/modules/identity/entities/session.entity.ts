import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from './user.entity.js';

/** A signed-in staff session. Only the SHA-256 of the token is stored. */
@Entity({ tableName: 'sessions' })
export class Session extends BaseEntity<'lastSeenAt'> {
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, index: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  /** Absolute expiry: the session ends here however active it is. */
  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string;
}
