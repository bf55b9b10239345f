import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok, userId } from './customers-helpers.js';
import { setClock } from '../src/modules/customers/services/clock.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';

let s: TestServer;
let lead: string;
let cs1: string;
let cs2: string;
let cs3: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  [lead, cs1, cs2] = await Promise.all(['cs.lead', 'cs1', 'cs2'].map((p) => s.login(`${p}@demo.shop`)));
  for (const p of ['cs.lead', 'cs1', 'cs2', 'warehouse1']) ids[p] = String(await userId(s, `${p}@demo.shop`));
  // A specialist of their own for the deadline test, so its figures are not mixed with other tests' customers.
  const admin = await s.login('admin@demo.shop');
  const org = await ok(s, admin, `{ departments { id code } roles { id code } }`);
  const dept = org.departments.find((d: any) => d.code === 'customer-service').id;
  const role = org.roles.find((r: any) => r.code === 'cs-specialist').id;
  ids.cs3 = (await mutate(s, admin, 'createUser', 'CreateUserInput', { email: 'cs3@demo.shop', name: '新专员', password: 'cs3-password', departmentId: dept, roleIds: [role] }, 'user { id }')).user.id;
  cs3 = await s.login('cs3@demo.shop', 'cs3-password');
});
afterEach(() => setClock(null));
afterAll(async () => { await s?.close(); });

const DAY = 86_400_000;
const load = (email: string) => s.orm.em.fork().count(Customer, { assignee: { email }, status: 'ACTIVE' } as never);
const assign = (customerIds: (string | number)[], specialist: string, token = lead) =>
  mutate(s, token, 'assignCustomers', 'AssignCustomersInput', { customerIds: customerIds.map(String), specialistId: ids[specialist] }, 'assigned unchanged', true);
const contact = (customerId: string | number, input: Record<string, unknown>, token = cs1) =>
  mutate(s, token, 'logContact', 'LogContactInput', { customerId: String(customerId), channel: 'PHONE', direction: 'OUTBOUND', outcome: 'REACHED', summary: '首次联系', ...input }, 'contact { id at }', true);

describe('automatic assignment', () => {
  it('balances the number of customers against each specialist’s ability', async () => {
    await mutate(s, lead, 'setSpecialistProfile', 'SetSpecialistProfileInput', { userId: ids.cs1, abilityPercent: 200 }, 'specialist { abilityPercent inPool }');
    await mutate(s, lead, 'setSpecialistProfile', 'SetSpecialistProfileInput', { userId: ids.cs2, abilityPercent: 100 }, 'specialist { abilityPercent }');
    await mutate(s, lead, 'setSpecialistProfile', 'SetSpecialistProfileInput', { userId: ids['cs.lead'], inPool: false }, 'specialist { inPool }');
    await makeCustomers(s, 30);
    const r = await mutate(s, lead, 'autoAssignCustomers', 'AutoAssignCustomersInput', {}, 'assigned specialists { specialist { email } abilityPercent before added after }');
    expect(r.assigned).toBe(30);
    expect(r.specialists).toEqual([
      { specialist: { email: 'cs1@demo.shop' }, abilityPercent: 200, before: 0, added: 20, after: 20 },
      { specialist: { email: 'cs2@demo.shop' }, abilityPercent: 100, before: 0, added: 10, after: 10 },
    ]);
    expect([await load('cs1@demo.shop'), await load('cs2@demo.shop'), await load('cs.lead@demo.shop')]).toEqual([20, 10, 0]);

    // A second round counts the loads already held: the newcomer (cs.lead, 100 %) catches up first.
    const more = await makeCustomers(s, 15);
    const r2 = await mutate(s, lead, 'autoAssignCustomers', 'AutoAssignCustomersInput', { customerIds: more.map((c) => String(c.id)), specialistIds: [ids.cs1, ids.cs2, ids['cs.lead']] }, 'specialists { specialist { email } before after }');
    const after = Object.fromEntries(r2.specialists.map((x: any) => [x.specialist.email, x.after]));
    expect(after['cs1@demo.shop'] + after['cs2@demo.shop'] + after['cs.lead@demo.shop']).toBe(45);
    for (const [email, share] of [['cs1@demo.shop', 0.5], ['cs2@demo.shop', 0.25], ['cs.lead@demo.shop', 0.25]] as const) {
      expect(Math.abs(after[email] - 45 * share)).toBeLessThanOrEqual(1);
      expect(await load(email)).toBe(after[email]);
    }
  });

  it('refuses callers without customer:assign, staff who cannot work customers and bad abilities', async () => {
    expect(codes(await s.gql(`mutation { autoAssignCustomers(input: {}) { assigned } }`, {}, { token: cs1 }))).toEqual(['FORBIDDEN']);
    const wrong = await mutate(s, lead, 'autoAssignCustomers', 'AutoAssignCustomersInput', { specialistIds: [ids.warehouse1] }, 'assigned', true);
    expect(wrong.errors.map((e: any) => e.field)).toContain('specialistIds');
    const manual = await assign([1], 'warehouse1');
    expect(manual.errors).toEqual([expect.objectContaining({ field: 'specialistId', code: 'INVALID' })]);
    const ability = await mutate(s, lead, 'setSpecialistProfile', 'SetSpecialistProfileInput', { userId: ids.cs1, abilityPercent: 5 }, 'specialist { id }', true);
    expect(ability.errors).toEqual([expect.objectContaining({ field: 'abilityPercent', code: 'INVALID' })]);
  });
});

describe('the 7-day first-contact deadline', () => {
  it('starts with each assignment, is met by the first contact made, and feeds the overdue lists', async () => {
    const t0 = new Date('2026-11-20T02:00:00Z'); // 10:00 in Shanghai
    setClock(t0);
    const [a, b] = await makeCustomers(s, 2);
    expect((await assign([a.id, b.id], 'cs3')).assigned).toBe(2);
    const A = `query($id: ID!) { customer(id: $id) { firstContactDueAt firstContactAt firstContactOverdue assignments { specialist { email } dueAt firstContactAt endedAt endReason firstContactLate } } }`;
    expect((await ok(s, cs3, A, { id: String(a.id) })).customer).toMatchObject({ firstContactDueAt: new Date(t0.getTime() + 7 * DAY).toISOString(), firstContactAt: null, firstContactOverdue: false });

    const OVERDUE = `{ customers(where: { firstContactOverdue: true }) { totalCount nodes { id } } firstContactOverview { specialists { specialist { email } assigned awaiting overdue dueWithinDay } teams { team { code } assigned overdue } } }`;
    setClock(new Date(t0.getTime() + 6 * DAY + 3 * 3600_000)); // day 6, 13:00 local: due within a day
    let o = await ok(s, cs3, OVERDUE);
    expect(o.customers.totalCount).toBe(0);
    expect(o.firstContactOverview.specialists.find((r: any) => r.specialist.email === 'cs3@demo.shop')).toMatchObject({ awaiting: 2, overdue: 0, dueWithinDay: 2 });
    // An unanswered call is an attempt, not a contact; a contact dated before the assignment does not count either.
    setClock(new Date(t0.getTime() + 6 * DAY + 6 * 3600_000)); // 16:00 local
    expect((await contact(a.id, { outcome: 'NOT_REACHED' }, cs3)).errors).toEqual([]);
    expect((await contact(a.id, { channel: 'EMAIL', at: new Date(t0.getTime() - 3600_000).toISOString() }, cs3)).errors).toEqual([]);

    setClock(new Date(t0.getTime() + 7 * DAY + 3600_000)); // a day later: both overdue
    o = await ok(s, cs3, OVERDUE);
    expect(o.customers.nodes.map((n: any) => Number(n.id)).sort()).toEqual([a.id, b.id].sort());
    expect(o.firstContactOverview.specialists.find((r: any) => r.specialist.email === 'cs3@demo.shop')).toMatchObject({ assigned: 2, awaiting: 2, overdue: 2 });
    const team = o.firstContactOverview.teams.find((t: any) => t.team?.code === 'customer-service');
    const members = o.firstContactOverview.specialists.filter((r: any) => ['cs1@demo.shop', 'cs2@demo.shop', 'cs3@demo.shop', 'cs.lead@demo.shop'].includes(r.specialist.email));
    expect(team.overdue).toBe(members.reduce((sum: number, r: any) => sum + r.overdue, 0));
    expect(team.overdue).toBeGreaterThanOrEqual(2);

    expect((await contact(a.id, {}, cs3)).errors).toEqual([]);
    const met = (await ok(s, cs3, A, { id: String(a.id) })).customer;
    expect(met).toMatchObject({ firstContactAt: new Date(t0.getTime() + 7 * DAY + 3600_000).toISOString(), firstContactOverdue: false });
    expect(met.assignments[0]).toMatchObject({ firstContactAt: met.firstContactAt, firstContactLate: true });

    // Reassignment ends the period (kept as history) and starts a fresh deadline.
    expect((await assign([b.id], 'cs1')).assigned).toBe(1);
    const moved = (await ok(s, lead, A, { id: String(b.id) })).customer;
    expect(moved.firstContactDueAt).toBe(new Date(t0.getTime() + 14 * DAY + 3600_000).toISOString());
    expect(moved.assignments).toMatchObject([
      { specialist: { email: 'cs3@demo.shop' }, endReason: 'REASSIGNED', firstContactAt: null, firstContactLate: true },
      { specialist: { email: 'cs1@demo.shop' }, endedAt: null, firstContactLate: false },
    ]);
    expect((await ok(s, cs3, OVERDUE)).customers.totalCount).toBe(0);
    expect((await assign([b.id], 'cs1')).unchanged).toBe(1);
  });
});

describe('contacts and quiet hours', () => {
  it('refuses an outbound call or text inside quiet hours (shop time) with a clear message, and allows the rest', async () => {
    setClock(new Date('2026-11-24T14:00:00Z')); // 22:00 in Shanghai
    const [c] = await makeCustomers(s, 1);
    const at = (local: string) => new Date(`2026-11-24T${local}:00+08:00`).toISOString();
    const lunch = await contact(c.id, { at: at('12:30') });
    expect(lunch.errors).toEqual([expect.objectContaining({ field: 'at', code: 'QUIET_HOURS' })]);
    expect(lunch.errors[0].message).toContain('12:30');
    expect(lunch.errors[0].message).toContain('12:00–14:00');
    expect(lunch.errors[0].message).toContain('09:00–12:00, 14:00–21:00');
    expect((await contact(c.id, { channel: 'SMS', at: at('21:00') })).errors[0].code).toBe('QUIET_HOURS');
    expect((await contact(c.id, { at: at('08:59') })).errors[0].code).toBe('QUIET_HOURS');
    expect((await contact(c.id, {})).errors[0].code).toBe('QUIET_HOURS'); // now, 22:00
    expect((await contact(c.id, { at: at('09:00') })).errors).toEqual([]);
    expect((await contact(c.id, { at: at('14:00') })).errors).toEqual([]);
    expect((await contact(c.id, { direction: 'INBOUND', at: at('12:30') })).errors).toEqual([]); // the customer called us
    expect((await contact(c.id, { channel: 'EMAIL', at: at('21:30') })).errors).toEqual([]); // e-mail does not disturb
    expect((await contact(c.id, { at: '2026-11-25T03:00:00Z' })).errors[0]).toMatchObject({ field: 'at', code: 'INVALID' }); // future
    const care = await mutate(s, cs1, 'logCareAction', 'LogCareActionInput', { customerId: String(c.id), careType: 'FESTIVAL_GREETING', channel: 'PHONE', summary: '中秋问候', at: at('20:00') }, 'contact { kind careType direction outcome }');
    expect(care.contact).toEqual({ kind: 'CARE', careType: 'FESTIVAL_GREETING', direction: 'OUTBOUND', outcome: 'REACHED' });
    const log = await ok(s, cs1, `query($id: ID!) { contactLogs(where: { customerId: $id }) { totalCount nodes { kind staff { email } } } }`, { id: String(c.id) });
    expect(log.contactLogs.totalCount).toBe(5);
  });
});

describe('my customers', () => {
  it('a specialist lists their own customers by default, and may look through the archive', async () => {
    const [mine, theirs] = await makeCustomers(s, 2, { name: '队列测试' } as never);
    await assign([mine.id], 'cs1');
    await assign([theirs.id], 'cs2');
    const q = `query($w: CustomerFilter) { customers(first: 100, where: $w) { nodes { id assignee { email } } } }`;
    const own = (await ok(s, cs1, q)).customers.nodes;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((n: any) => n.assignee?.email === 'cs1@demo.shop')).toBe(true);
    expect((await ok(s, cs1, q, { w: { search: '队列测试' } })).customers.nodes).toHaveLength(2);
    expect((await ok(s, cs1, q, { w: { search: '队列测试', mine: true } })).customers.nodes).toHaveLength(1);
    expect((await ok(s, cs1, q, { w: { assigneeId: ids.cs2 } })).customers.nodes.some((n: any) => Number(n.id) === theirs.id)).toBe(true);
    // A supervisor sees the whole archive by default.
    expect((await ok(s, lead, q)).customers.nodes.some((n: any) => n.assignee?.email !== 'cs.lead@demo.shop')).toBe(true);
  });
});
