import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A client-chosen key for a create request, so a retry returns the first result. Keys are
 * scoped to the caller and operation, stored with a hash of the request and kept 24 hours.
 */
@Entity({ tableName: 'idempotency_keys' })
@Unique({ properties: ['operation', 'scope', 'clientKey'] })
export class IdempotencyKey {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 60 })
  operation!: string;

  /** The caller: `user:<id>` or `token:<id>`. */
  @Property({ type: 'string', length: 60 })
  scope!: string;

  @Property({ type: 'string', length: 200 })
  clientKey!: string;

  /** SHA-256 of the canonical request, to tell a retry from a different request under the same key. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The id of what the first request created. */
  @Property({ type: 'integer', nullable: true })
  resultId?: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  @Index()
  expiresAt!: Date;
}
