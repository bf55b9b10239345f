/**
 * `pnpm bench`: speed targets as ratios, not timed tests.
 *  - list scaling: a 100-row page of users should cost well under 10× a 10-row page (target ratio < 4).
 *  - limit checks: refusing an over-costly query should be far cheaper than running a page (target ratio < 0.25).
 *  - after-sales and procurement lists: a 100-row page of complaints or purchase orders with their relations should
 *    cost well under 10× a 10-row page (target ratio < 4), on the full demo shop.
 *  - sign-in: Argon2id verification dominates a login (reported in ms, for capacity planning).
 */
import 'reflect-metadata';
import { startTestServer } from '../test/harness.js';
import { seedDemo } from '../src/seed/demo.js';

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

const s = await startTestServer({ logLevel: 'silent' });
try {
  const admin = await s.login('admin@demo.shop');
  const ids = await s.gql(`{ departments { id code } roles { id code } }`, {}, { token: admin });
  const dept = ids.data.departments.find((d: any) => d.code === 'design').id;
  const role = ids.data.roles.find((r: any) => r.code === 'designer').id;
  for (let i = 0; i < 100; i++) {
    await s.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { errors { code } } }`, { i: { email: `bench${i}@demo.shop`, name: `bench ${i}`, password: 'bench-password', departmentId: dept, roleIds: [role] } }, { token: admin });
  }
  const page = (n: number) => `{ users(first: ${n}) { totalCount nodes { email department { name } roles { code } permissions } } }`;
  const t10 = await time(30, () => s.gql(page(10), {}, { token: admin }));
  const t100 = await time(30, () => s.gql(page(100), {}, { token: admin }));
  const overCost = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: users(first: 100) { nodes { email name locale active createdAt lastLoginAt } }`).join(' ')} }`;
  const refused = await s.gql(overCost, {}, { token: admin });
  if (refused.errors?.[0]?.extensions?.code !== 'QUERY_LIMIT') throw new Error('the over-cost query was not refused');
  const tRefused = await time(30, () => s.gql(overCost, {}, { token: admin }));
  const tLogin = await time(5, () => s.login('cs1@demo.shop'));

  await seedDemo(s.orm, s.config);
  const lead = await s.login('aftersales.lead@demo.shop');
  // The rows the web lists ask for (features/after-sales/complaints, features/procurement/orders).
  const complaints = (n: number) => `{ complaints(first: ${n}) { totalCount nodes { id code state step channel category content receivedAt dueAt overdue resolvedAt resolutionMinutes resolvedWithin24h
    customer { id name } order { id code } handler { id name } responsibleDepartment { id name nameEn } } } }`;
  const c10 = await time(20, () => s.gql(complaints(10), {}, { token: lead }));
  const c100 = await time(20, () => s.gql(complaints(100), {}, { token: lead }));
  const buyer = await s.login('purchasing@demo.shop');
  const orders = (n: number) => `{ purchaseOrders(first: ${n}) { totalCount nodes { id code status totalAmount expectedDeliveryDate promisedDeliveryDate overdue sentAt createdAt
    supplier { id code name } warehouse { id code name } lines { id quantity receivedQuantity openQuantity } } } }`;
  const p10 = await time(20, () => s.gql(orders(10), {}, { token: buyer }));
  const p100 = await time(20, () => s.gql(orders(100), {}, { token: buyer }));

  const rows = [
    ['users page 100 rows / 10 rows', t100 / t10, 4],
    ['refused over-cost query / 100-row page', tRefused / t100, 0.25],
    ['complaints page 100 rows / 10 rows', c100 / c10, 4],
    ['purchase orders page 100 rows / 10 rows', p100 / p10, 4],
  ] as const;
  console.log(`database: ${process.env.TEST_DATABASE_URL ? 'postgresql' : 'sqlite'}`);
  for (const [name, ratio, target] of rows) console.log(`${name.padEnd(45)} ratio ${ratio.toFixed(2)}  (target < ${target}) ${ratio < target ? 'OK' : 'SLOW'}`);
  console.log(`${'sign-in (Argon2id 19 MiB, t=2)'.padEnd(45)} ${tLogin.toFixed(0)} ms per login`);
  console.log(`${'users page of 10 / 100'.padEnd(45)} ${t10.toFixed(1)} ms / ${t100.toFixed(1)} ms`);
  console.log(`${'complaints page of 10 / 100'.padEnd(45)} ${c10.toFixed(1)} ms / ${c100.toFixed(1)} ms`);
  console.log(`${'purchase orders page of 10 / 100'.padEnd(45)} ${p10.toFixed(1)} ms / ${p100.toFixed(1)} ms`);
} finally {
  await s.close();
}
