import type { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { seedDemoShop } from './demo-shop.js';
import { seedDemoCatalog } from './demo-catalog.js';
import { seedDemoInventory } from './demo-inventory.js';
import { seedDemoCustomers } from './demo-customers.js';
import { seedDemoOrders } from './demo-orders.js';
import { seedDemoPurchasing } from './demo-purchasing.js';
import { rescoreDemoSuppliers, seedDemoSuppliers } from './demo-suppliers.js';
import { seedDemoContracts } from './demo-contracts.js';
import { seedDemoReturns } from './demo-returns.js';
import { seedDemoReviews } from './demo-reviews.js';
import { seedDemoComplaints } from './demo-complaints.js';

/** Orders a fresh demo shop starts with; `pnpm --filter @shopops/server seed --orders N` makes more. */
export const DEMO_ORDERS_AT_START = 2000;

/**
 * The demo shop, in dependency order. Each part checks whether its data is already there,
 * so a restart adds nothing and a database from an older release gains only the new parts.
 * Never runs in production.
 */
export async function seedDemo(orm: MikroORM, config: Config): Promise<void> {
  if (config.env === 'production' || !config.seedDemo) return;
  await seedDemoShop(orm.em.fork(), config);
  await seedDemoCatalog(orm.em.fork());
  await seedDemoInventory(orm.em.fork(), config);
  await seedDemoCustomers(orm.em.fork(), config);
  await seedDemoOrders(orm.em.fork(), config, { orders: DEMO_ORDERS_AT_START });
  await seedDemoSuppliers(orm.em.fork(), config);
  await seedDemoContracts(orm.em.fork(), config);
  await seedDemoPurchasing(orm.em.fork(), config);
  await seedDemoComplaints(orm.em.fork(), config);
  await seedDemoReturns(orm.em.fork(), config);
  await seedDemoReviews(orm.em.fork(), config);
  // Supplier score history counts the receipts and complaints seeded above.
  await rescoreDemoSuppliers(orm.em.fork(), config);
}
