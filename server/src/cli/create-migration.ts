/**
 * Writes the next migration for both databases: each is diffed against a scratch
 * database brought up to the latest existing migration.
 *   pnpm --filter @shopops/server migration:create
 * PostgreSQL scratch databases are made on MIGRATION_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../core/db/orm.js';

async function create(databaseUrl: string | undefined, dataDir: string) {
  const orm = await MikroORM.init(ormOptions({ databaseUrl, dataDir, logLevel: 'silent' }));
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration();
    console.log(result.fileName ? `${databaseUrl ? 'postgresql' : 'sqlite'}: wrote ${result.fileName}` : 'no changes');
  } finally {
    await orm.close();
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopops-migrate-'));
await create(undefined, dataDir);

const admin = process.env.MIGRATION_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = `shopops_migrate_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`create database ${scratch}`);
try {
  const url = new URL(admin);
  url.pathname = `/${scratch}`;
  await create(url.toString(), dataDir);
} finally {
  await client.query(`drop database if exists ${scratch} with (force)`);
  await client.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
