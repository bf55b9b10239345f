import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config } from '../src/config.js';
import { openDatabase } from '../src/core/db/orm.js';
import { createHttpApp } from '../src/core/http/app.js';
import { ensureOrganisation } from '../src/seed/organisation.js';
import { seedDemoShop, DEMO_PASSWORD } from '../src/seed/demo-shop.js';

export { DEMO_PASSWORD };

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  config: Config;
  /** Runs a GraphQL operation over HTTP, with an optional bearer token or cookie. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, auth?: { token?: string; cookie?: string }): Promise<GqlResult<T>>;
  /** Signs a demo account in and returns its session token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** Which database the suite runs on: SQLite in a temp file, or PostgreSQL when TEST_DATABASE_URL is set. */
export const onPostgres = !!process.env.TEST_DATABASE_URL;

async function scratchPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new URL(process.env.TEST_DATABASE_URL!);
  const name = `shopops_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A real server on a fresh database with the demo shop seeded, listening on a free port. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shopops-test-'));
  const pgDb = onPostgres ? await scratchPostgres() : undefined;
  const config = loadConfig({ env: 'test', dataDir, databaseUrl: pgDb?.url, logLevel: 'silent', seedDemo: true, ...overrides });
  const orm = await openDatabase(config);
  await ensureOrganisation(orm.em.fork());
  await seedDemoShop(orm.em.fork(), config);
  const server = await createHttpApp(config, orm);
  const http = server.app.listen(0);
  // Outlive the client's idle keep-alive (undici closes after ~4 s), so a busy machine never races a server-side
  // close against a reused socket (ECONNRESET on a slow test).
  http.keepAliveTimeout = 60_000;
  http.headersTimeout = 61_000;
  await new Promise<void>((resolve) => http.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const gql: TestServer['gql'] = async (query, variables, auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const r = await gql(`mutation($i: LoginInput!) { login(input: $i) { token errors { code message } } }`, { i: { email, password } });
    const token = r.data?.login?.token;
    if (!token) throw new Error(`login ${email} failed: ${JSON.stringify(r.data?.login?.errors ?? r.errors)}`);
    return token as string;
  };

  return {
    url, orm, config, gql, login,
    async close() {
      await new Promise((resolve) => http.close(resolve));
      await server.stop();
      await orm.close();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The codes of top-level errors, for concise assertions. */
export function codes(result: GqlResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
