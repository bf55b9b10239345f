/**
 * Creates the first administrator (for production, where no demo data is seeded).
 *   ADMIN_EMAIL=boss@shop.cn ADMIN_PASSWORD='…' ADMIN_NAME='老板' pnpm --filter @shopops/server create-admin
 */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/orm.js';
import { ensureOrganisation } from '../seed/organisation.js';
import { createFirstAdmin } from '../seed/first-admin.js';

const email = process.env.ADMIN_EMAIL ?? process.argv[2];
const password = process.env.ADMIN_PASSWORD ?? process.argv[3];
const name = process.env.ADMIN_NAME ?? 'Administrator';
if (!email || !password) {
  console.error('usage: ADMIN_EMAIL=… ADMIN_PASSWORD=… [ADMIN_NAME=…] pnpm --filter @shopops/server create-admin');
  process.exit(2);
}
const config = loadConfig();
const orm = await openDatabase(config);
try {
  await ensureOrganisation(orm.em.fork());
  const result = await createFirstAdmin(orm.em.fork(), { email, password, name });
  console.log(result);
  process.exitCode = result.startsWith('created') ? 0 : 1;
} finally {
  await orm.close();
}
