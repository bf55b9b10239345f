// Runs the server's unit and API tests on SQLite, then again on PostgreSQL when
// TEST_DATABASE_URL is set (CI sets it; see .ci/run).
import { spawnSync } from 'node:child_process';

function run(label, env) {
  console.log(`\n=== server tests on ${label} ===`);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run'], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const pgUrl = process.env.TEST_DATABASE_URL;
run('SQLite', { TEST_DATABASE_URL: '' });
if (pgUrl) run('PostgreSQL', { TEST_DATABASE_URL: pgUrl });
else console.log('\nTEST_DATABASE_URL is not set: skipped the PostgreSQL run (CI always runs it).');
