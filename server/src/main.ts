import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './core/db/orm.js';
import { createHttpApp } from './core/http/app.js';
import { seedDemo } from './seed/demo.js';
import { ensureOrganisation } from './seed/organisation.js';

const config = loadConfig();
const orm = await openDatabase(config);
await ensureOrganisation(orm.em.fork());
await seedDemo(orm, config);

const server = await createHttpApp(config, orm);
const http = server.app.listen(config.port, () => {
  server.log.info({ port: config.port, database: config.databaseUrl ? 'postgresql' : 'sqlite', env: config.env }, `ShopOps listening on http://localhost:${config.port}`);
});

async function shutdown(signal: string) {
  server.log.info({ signal }, 'shutting down');
  http.close();
  await server.stop();
  await orm.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
