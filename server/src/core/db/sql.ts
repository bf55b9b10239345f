import type { EntityManager } from '@mikro-orm/core';

/**
 * Runs plain SQL in the entity manager's transaction (if any). For the few statements the
 * ORM cannot express portably: conditional counters with RETURNING and aggregates.
 * `?` placeholders work on SQLite and PostgreSQL alike.
 */
export function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params as never[], 'all', em.getTransactionContext());
}

/** Numbers come back as strings from PostgreSQL aggregates; this normalises them. */
export function num(value: unknown): number {
  return value == null ? 0 : Number(value);
}
