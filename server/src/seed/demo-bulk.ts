import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

/**
 * Plain multi-row inserts for the demo generator, straight through the query builder: thousands
 * of rows in a second or two instead of the unit of work's per-entity bookkeeping. Columns are
 * the tables' own (snake_case); dates stay Date objects so each driver stores them its usual way.
 */
export type Row = Record<string, unknown>;

export function knexOf(em: EntityManager): Knex {
  return (em as unknown as { getKnex(): Knex }).getKnex();
}

/** Inserts rows in chunks and returns their new ids in order. */
export async function insertRows(db: Knex | Knex.Transaction, table: string, rows: Row[], chunk = 50): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const result = await db(table).insert(rows.slice(i, i + chunk)).returning('id');
    ids.push(...result.map((r: unknown) => Number(typeof r === 'object' && r !== null ? (r as { id: unknown }).id : r)));
  }
  return ids;
}
