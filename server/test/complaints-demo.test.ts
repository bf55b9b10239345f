import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok } from './customers-helpers.js';
import { seedDemoCatalog } from '../src/seed/demo-catalog.js';
import { seedDemoInventory } from '../src/seed/demo-inventory.js';
import { seedDemoCustomers } from '../src/seed/demo-customers.js';
import { seedDemoOrders } from '../src/seed/demo-orders.js';
import { seedDemoComplaints } from '../src/seed/demo-complaints.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';

let s: TestServer;
let lead: string;
beforeAll(async () => {
  s = await startTestServer();
  await seedDemoCatalog(s.orm.em.fork());
  await seedDemoInventory(s.orm.em.fork(), s.config);
  await seedDemoCustomers(s.orm.em.fork(), s.config);
  await seedDemoOrders(s.orm.em.fork(), s.config, { orders: 300 });
  lead = await s.login('aftersales.lead@demo.shop');
});
afterAll(async () => { await s?.close(); });

describe('the demo complaints', () => {
  it('seed once, fast, with every state, overdue ones, closed ones with acceptance over months, and their follow-ups', async () => {
    const started = Date.now();
    expect(await seedDemoComplaints(s.orm.em.fork(), s.config)).toBe(true);
    const ms = Date.now() - started;
    expect(await seedDemoComplaints(s.orm.em.fork(), s.config)).toBe(false);
    const from = new Date(Date.now() - 200 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const d = await ok(s, lead, `query($f: DateTime!, $t: DateTime!) {
      complaintBoard { state count overdueCount }
      overdue: overdueComplaints(first: 100) { totalCount nodes { dueAt overdue } }
      closed: complaints(first: 100, where: { state: CLOSED }, sort: { field: RECEIVED_AT, direction: DESC }) { totalCount nodes { acceptedAt acceptanceConfirmedBy resolvedWithin24h followUpTask { id status sourceRef assignee { email } campaign { id purpose } } timeline { toState } } }
      stats: complaintStatistics(from: $f, to: $t) { total { count resolvedWithin24hShare } byMonth { key count } bySupplier { key count } byCause { key count } }
      detail: complaints(first: 20, where: { open: true }) { nodes { state step remainingSeconds proposals { status } timeline { toState at } } }
    }`, { f: from, t: to });
    const board = Object.fromEntries(d.complaintBoard.map((c: any) => [c.state, c.count]));
    for (const state of ['REGISTERED', 'JUDGED', 'INVESTIGATED', 'PROPOSED', 'APPROVED', 'IMPLEMENTED', 'ACCEPTED', 'CLOSED', 'CLOSED_INVALID']) expect(board[state], state).toBeGreaterThan(0);
    expect(d.overdue.totalCount).toBeGreaterThan(2);
    expect(d.overdue.nodes.every((n: any) => n.overdue)).toBe(true);
    expect(d.closed.nodes.every((n: any) => n.acceptedAt && n.acceptanceConfirmedBy && n.followUpTask?.sourceRef && n.timeline.at(-1).toState === 'CLOSED')).toBe(true);
    expect(d.closed.nodes.some((n: any) => !n.resolvedWithin24h)).toBe(true);
    expect(d.closed.nodes.some((n: any) => n.followUpTask.status === 'DONE')).toBe(true);
    expect(d.stats.total.count).toBe(120);
    expect(d.stats.total.resolvedWithin24hShare).toBeGreaterThan(0.5);
    expect(d.stats.byMonth.filter((m: any) => m.count > 0).length).toBeGreaterThanOrEqual(6);
    expect(d.stats.bySupplier.some((r: any) => r.key != null)).toBe(true);
    const now = Date.now();
    for (const c of d.detail.nodes) for (const e of c.timeline) expect(new Date(e.at).getTime()).toBeLessThanOrEqual(now);
    // Open follow-up callbacks are in cs1's queue.
    // The last days' follow-up callbacks are open, each in its specialist's own queue.
    const open = d.closed.nodes.map((n: any) => n.followUpTask).filter((t: any) => t.status === 'OPEN');
    expect(open.length).toBeGreaterThan(0);
    const queue = await ok(s, await s.login(open[0].assignee.email), `query($c: ID!) { callbackTasks(first: 100, where: { campaignId: $c, open: true }) { nodes { id } } }`, { c: open[0].campaign.id });
    expect(queue.callbackTasks.nodes.map((t: any) => t.id)).toContain(open[0].id);
    expect(ms).toBeLessThan(15_000);
  });

  // 30 rows, not 10: supplier and responsible person are on about a third of the demo's closed complaints, and a page
  // without any of them skips that batch, which is not an N+1 (an N+1 would add some 70 statements at 100 rows).
  it('costs the same SQL statements for a page of 30 and of 100 closed complaints with everything the list and detail show', async () => {
    const q = (n: number) => `{ complaints(first: ${n}, where: { open: false }) { totalCount nodes { id code step remainingSeconds overdue resolvedWithin24h customer { name } order { code } product { title } sku { code }
      handler { name } responsibleDepartment { name } responsibleUser { name } supplier { name } returnRequest { code } complaintRequest { id }
      proposals { solution proposedBy { name } decidedBy { name } } approvedProposal { id } timeline { toState actorLabel } followUpTask { status assignee { name } campaign { name } } } } }`;
    const cost = async (n: number) => {
      const before = sqlCounter.count;
      expect((await ok(s, lead, q(n))).complaints.nodes).toHaveLength(n);
      return sqlCounter.count - before;
    };
    await cost(30);
    expect(await cost(100)).toBe(await cost(30));
  });
});
