import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Config } from '../../config.js';
import { ENTITIES } from '../../modules/entities.js';
import { CountingLogger } from './sql-counter.js';
import { SQLITE_MIGRATIONS } from '../../migrations/sqlite/index.js';
import { POSTGRESQL_MIGRATIONS } from '../../migrations/postgresql/index.js';

const migrationsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'migrations');

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(databaseUrl?: string): Dialect {
  if (!databaseUrl) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with postgres:// (got "${databaseUrl.split(':')[0]}:")`);
}

export function ormOptions(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'logLevel'>): Options {
  const dialect = dialectOf(config.databaseUrl);
  const common: Options = {
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      path: path.join(migrationsRoot, dialect),
      pathTs: path.join(migrationsRoot, dialect),
      // Listed statically (migrations/<dialect>/index.ts) so tsx, vitest and tsc load them alike.
      migrationsList: dialect === 'postgresql' ? POSTGRESQL_MIGRATIONS : SQLITE_MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    debug: config.logLevel === 'debug' ? ['query'] : false,
    loggerFactory: (options) => new CountingLogger(options, config.logLevel === 'debug'),
    // References and collections touched by field resolvers load in one batched query per request tick (no N+1).
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
  if (dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: config.databaseUrl, pool: { min: 0, max: 10 } };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  return { ...common, driver: LibSqlDriver, dbName: path.join(config.dataDir, 'shopops.sqlite') };
}

/** Opens the database and brings its schema up to the newest migration. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'logLevel'>): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config));
  if (dialectOf(config.databaseUrl) === 'sqlite') {
    // WAL lets readers proceed while a writer commits; busy_timeout waits instead of failing on a lock.
    const conn = orm.em.getConnection();
    await conn.execute('pragma journal_mode = WAL');
    await conn.execute('pragma busy_timeout = 5000');
  }
  await orm.getMigrator().up();
  return orm;
}
