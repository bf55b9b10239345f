import type { EntityManager } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { num, sql } from '../../core/db/sql.js';

export type Value = string | number | boolean | Date | null | undefined;

/** The SQLite driver's synchronous handle, as knex holds it for a transaction. */
interface SqliteStatement { run(params: unknown[]): unknown }
interface SqliteHandle { prepare(sql: string): SqliteStatement }
/** The PostgreSQL client knex holds for a transaction. */
interface PgClient { query(text: string, values: unknown[]): Promise<unknown> }

/** PostgreSQL: rows per statement when each column travels as one array. */
const PG_ROWS = 20_000;

/** SQLite allows 32,766 bound values per statement; stay well below. */
const MAX_PARAMS = 30_000;

/**
 * Multi-row INSERTs for the demo generator: one statement per few hundred rows instead of one
 * per row. Dates and booleans are stored the way the ORM stores them (SQLite: epoch ms and 0/1).
 */
export class BulkWriter {
  private readonly sqlite: boolean;
  private cacheRaised = false;
  constructor(private readonly em: EntityManager) {
    this.sqlite = !em.getPlatform().constructor.name.toLowerCase().includes('postgre');
  }

  private value(v: Value): unknown {
    if (v === undefined) return null;
    if (this.sqlite && v instanceof Date) return v.getTime();
    if (this.sqlite && typeof v === 'boolean') return v ? 1 : 0;
    return v;
  }

  /**
   * PostgreSQL: one array parameter per column, unnested into rows — a few parameters per
   * 20,000 rows instead of one per value, which is what makes the load fast there.
   */
  private async insertPostgres(trx: Knex, table: string, columns: string[], types: string[], rows: Value[][]): Promise<void> {
    const client = (await trx.client.acquireConnection()) as PgClient;
    const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
    for (let start = 0; start < rows.length; start += PG_ROWS) {
      const chunk = rows.slice(start, start + PG_ROWS);
      await client.query(text, columns.map((_, c) => chunk.map((row) => this.value(row[c]))));
    }
  }

  async insert(table: string, columns: string[], rows: Value[][], types?: string[]): Promise<void> {
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    // Straight to the driver in the caller's transaction: the ORM would format every statement for
    // its query logger, and on SQLite one prepared statement serves every full-size chunk.
    const trx = (this.em.getTransactionContext() ?? (this.em.getConnection() as unknown as { getKnex(): Knex }).getKnex()) as Knex;
    if (!this.sqlite && types) return this.insertPostgres(trx, table, columns, types, rows);
    const sqlite = this.sqlite ? (await trx.client.acquireConnection()) as SqliteHandle : null;
    // A bigger page cache keeps the indexes of a growing table in memory while it is filled.
    if (sqlite && !this.cacheRaised) { sqlite.prepare('pragma cache_size = -262144').run([]); this.cacheRaised = true; }
    const prepared = new Map<number, SqliteStatement>();
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params: unknown[] = [];
      for (const row of chunk) for (const v of row) params.push(this.value(v));
      const text = head + chunk.map(() => tuple).join(', ');
      if (sqlite) {
        let statement = prepared.get(chunk.length);
        if (!statement) prepared.set(chunk.length, (statement = sqlite.prepare(text)));
        statement.run(params);
      } else {
        await trx.raw(text, params as Knex.RawBinding[]);
      }
    }
  }

  /**
   * Inserts plain objects keyed by entity property names (relations as ids); the columns come
   * from the ORM's metadata, so renamed columns cannot drift from the entities.
   */
  async insertEntities(entity: { name: string }, rows: Record<string, Value>[]): Promise<void> {
    if (!rows.length) return;
    const meta = this.em.getMetadata().get(entity.name);
    const props = Object.keys(rows[0]);
    const stored = props.map((p) => {
      const prop = meta.properties[p];
      if (!prop?.fieldNames?.length) throw new Error(`${entity.name}.${p} is not a stored property`);
      // An autoincrement key is declared `serial`, but its values are plain integers.
      return { column: prop.fieldNames[0], type: prop.columnTypes[0] === 'serial' ? 'int' : prop.columnTypes[0] };
    });
    await this.insert(meta.tableName, stored.map((x) => x.column), rows.map((r) => props.map((p) => r[p])), stored.map((x) => x.type));
  }

  /**
   * Runs a bulk load with SQLite's per-row foreign-key lookups off (the generator numbers every
   * row itself, so the references hold by construction); they are back on afterwards. The pragma
   * only takes effect outside a transaction, hence around it.
   */
  async withoutForeignKeyChecks<T>(work: () => Promise<T>): Promise<T> {
    if (!this.sqlite) return work();
    await sql(this.em, 'pragma foreign_keys = off');
    try {
      return await work();
    } finally {
      await sql(this.em, 'pragma foreign_keys = on');
    }
  }

  /**
   * PostgreSQL's counterpart, inside the transaction: a superuser may skip the foreign-key
   * triggers for this transaction only (`set local`); anyone else keeps them, just slower.
   */
  async skipForeignKeyTriggersInTransaction(): Promise<void> {
    if (this.sqlite) return;
    const [me] = await sql<{ rolsuper: unknown }>(this.em, 'select rolsuper from pg_roles where rolname = current_user');
    if (me?.rolsuper === true) await sql(this.em, 'set local session_replication_role = replica');
  }

  /** The next free id of a table; the generator numbers its rows itself. */
  async nextId(table: string): Promise<number> {
    const [row] = await sql<{ id: unknown }>(this.em, `select max(id) as id from "${table}"`);
    return num(row?.id) + 1;
  }

  /** After explicit ids, PostgreSQL's sequence must move past them (SQLite follows by itself). */
  async syncSequence(table: string): Promise<void> {
    if (this.sqlite) return;
    await sql(this.em, `select setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((select max(id) from "${table}"), 0) + 1, false)`);
  }
}
