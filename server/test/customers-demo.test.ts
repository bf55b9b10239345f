import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok } from './customers-helpers.js';
import { seedDemoCustomers, DEMO_CUSTOMER_COUNT } from '../src/seed/demo-customers.js';
import { computeReport } from '../src/modules/callbacks/services/report.service.js';
import { CallbackCampaign } from '../src/modules/callbacks/entities/callback-campaign.entity.js';

let s: TestServer;
let lead: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('cs.lead@demo.shop');
});
afterAll(async () => { await s?.close(); });

describe('the demo customer desk', () => {
  it('seeds once, with data every desk screen can show', async () => {
    expect(await seedDemoCustomers(s.orm.em.fork(), s.config)).toBe(true);
    expect(await seedDemoCustomers(s.orm.em.fork(), s.config)).toBe(false);

    const desk = await ok(s, lead, `{
      all: customers { totalCount } vips: customers(where: { vip: true }) { totalCount } overdue: customers(where: { firstContactOverdue: true }) { totalCount }
      unassigned: customers(where: { unassigned: true }) { totalCount }
      firstContactOverview { specialists { specialist { email } assigned overdue } }
      specialists { user { email } abilityPercent customerCount }
      callbackCampaigns { nodes { code status coverage { members membersReached rate } report { archived tasks reached satisfied average unsatisfied complaints perSpecialist { specialistName tasks } } } }
      responseTimeStats { rows { specialist { email } responses avgResponseSeconds withinTarget } }
      quickReplies { totalCount } unclosedPurchases(where: { intentBuyersOnly: true }) { totalCount }
      leadLists { nodes { summary { leads called utilisation } } }
      memberLevels { code customerCount }
    }`);
    expect(desk.all.totalCount).toBe(DEMO_CUSTOMER_COUNT);
    expect(desk.vips.totalCount).toBeGreaterThan(50);
    expect(desk.overdue.totalCount).toBeGreaterThan(10);
    expect(desk.unassigned.totalCount).toBeGreaterThan(0);
    expect(desk.firstContactOverview.specialists.map((r: any) => r.specialist.email).sort()).toEqual(['cs.lead@demo.shop', 'cs1@demo.shop', 'cs2@demo.shop']);
    const load = Object.fromEntries(desk.specialists.map((p: any) => [p.user.email, p]));
    expect(load['cs1@demo.shop'].customerCount).toBeGreaterThan(load['cs2@demo.shop'].customerCount); // ability 120 vs 100
    expect(load['cs2@demo.shop'].customerCount).toBeGreaterThan(load['cs.lead@demo.shop'].customerCount); // 100 vs 60
    const [running, closed] = desk.callbackCampaigns.nodes;
    expect([running.status, closed.status]).toEqual(['RUNNING', 'CLOSED']);
    expect(closed.report.archived).toBe(true);
    expect(closed.report.reached).toBeGreaterThan(0);
    expect(closed.report.unsatisfied).toBe(closed.report.complaints);
    expect(running.report.archived).toBe(false);
    expect(running.coverage.rate).toBeGreaterThan(0);
    expect(running.coverage.rate).toBeLessThan(1);
    expect(desk.responseTimeStats.rows.at(-1)).toMatchObject({ specialist: null });
    expect(desk.responseTimeStats.rows.at(-1).responses).toBeGreaterThan(500);
    expect(desk.quickReplies.totalCount).toBe(10);
    expect(desk.unclosedPurchases.totalCount).toBeGreaterThan(0);
    expect(desk.leadLists.nodes[0].summary).toMatchObject({ leads: 60, called: 42, utilisation: 0.7 });
    expect(desk.memberLevels.reduce((n: number, l: any) => n + l.customerCount, 0)).toBeGreaterThan(1000);

    // The archived report agrees with its records (the generator fills the tasks; the report is computed from them).
    const em = s.orm.em.fork();
    const campaign = await em.findOneOrFail(CallbackCampaign, { code: 'CB-DEMO-001' });
    const fresh = await computeReport(em, campaign.id);
    expect(closed.report).toMatchObject({ tasks: fresh.tasks, reached: fresh.reached, satisfied: fresh.satisfied, average: fresh.average, unsatisfied: fresh.unsatisfied });
  });
});
