/**
 * Seeds a database with the demo shop and a year of demo orders.
 *   pnpm --filter @shopops/server seed --orders 100000 [--days 365] [--database-url postgres://…] [--data-dir ./data]
 * Without flags the database is the one the server would use (DATABASE_URL, or SQLite under DATA_DIR).
 * Orders are added only to a database that has none yet.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/orm.js';
import { ensureOrganisation } from '../seed/organisation.js';
import { seedDemoShop } from '../seed/demo-shop.js';
import { seedDemoCatalog } from '../seed/demo-catalog.js';
import { seedDemoInventory } from '../seed/demo-inventory.js';
import { seedDemoCustomers } from '../seed/demo-customers.js';
import { seedDemoOrders } from '../seed/demo-orders.js';
import { ledgerMismatches } from '../modules/inventory/services/ledger.service.js';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '2000' },
    days: { type: 'string', default: '365' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
  },
});
const orders = Number(values.orders);
const days = Number(values.days);
if (!Number.isInteger(orders) || orders < 0 || !Number.isInteger(days) || days < 1) {
  console.error('usage: seed --orders N [--days D] [--database-url URL] [--data-dir DIR]');
  process.exit(2);
}
const config = loadConfig({
  seedDemo: true,
  ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
  ...(values['data-dir'] ? { dataDir: path.resolve(values['data-dir']) } : {}),
});
if (config.env === 'production') {
  console.error('refusing to seed demo data into a production database');
  process.exit(1);
}
const orm = await openDatabase(config);
try {
  await ensureOrganisation(orm.em.fork());
  // The demo parts orders build on (each skips itself when present), then N orders instead of the start-up default.
  await seedDemoShop(orm.em.fork(), config);
  await seedDemoCatalog(orm.em.fork());
  await seedDemoInventory(orm.em.fork(), config);
  await seedDemoCustomers(orm.em.fork(), config);
  const result = await seedDemoOrders(orm.em.fork(), config, { orders, days });
  if (result.skipped) console.log(`orders not seeded: ${result.skipped}`);
  else console.log(`seeded ${result.orders} orders (${result.rows} rows) in ${(result.ms / 1000).toFixed(1)} s`);
  const mismatches = await ledgerMismatches(orm.em.fork());
  if (mismatches.length) {
    console.error(`stock ledger mismatch on ${mismatches.length} SKU × warehouse rows`);
    process.exitCode = 1;
  }
} finally {
  await orm.close();
}
