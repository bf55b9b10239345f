import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok, userId } from './customers-helpers.js';
import { setClock } from '../src/modules/customers/services/clock.js';
import { ContactLog } from '../src/modules/customers/entities/contact-log.entity.js';

let s: TestServer;
let lead: string;
let cs1: string;
let cs2: string;
let analyst: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  s = await startTestServer();
  [lead, cs1, cs2, analyst] = await Promise.all(['cs.lead', 'cs1', 'cs2', 'analyst'].map((p) => s.login(`${p}@demo.shop`)));
  for (const p of ['cs1', 'cs2']) ids[p] = String(await userId(s, `${p}@demo.shop`));
});
afterEach(() => setClock(null));
afterAll(async () => { await s?.close(); });

const SUMMARY = `summary { leads called utilisation converted conversionRate targetAchieved outcomes { outcome count } refusalReasons { reason count } perStaff { staff { email } leads called converted refused interested } }`;
const local = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00+08:00`).toISOString();

describe('telemarketing lead lists', () => {
  it('spreads leads over specialists, tracks outcomes with refusal reasons, and reports list utilisation', async () => {
    setClock(new Date('2026-11-24T12:00:00Z')); // 20:00 in Shanghai
    const [known] = await makeCustomers(s, 1, { phone: '13566667777' } as never);
    const phones = ['13500000001', '13500000002', '13500000003', '13500000004', '+86 135 6666 7777', '13500000001'];
    const created = await mutate(s, lead, 'createLeadList', 'CreateLeadListInput', {
      name: '老客唤醒名单 A', campaign: '双十二老客唤醒', targetConversions: 1, specialistIds: [ids.cs1, ids.cs2],
      leads: phones.map((phone, i) => ({ name: `潜客${i + 1}`, phone })),
    }, `leadList { id status ${SUMMARY} }`);
    const list = created.leadList;
    expect(list.summary).toMatchObject({ leads: 5, called: 0, utilisation: 0, converted: 0, targetAchieved: false });
    expect(list.summary.perStaff.map((p: any) => [p.staff.email, p.leads])).toEqual([['cs1@demo.shop', 3], ['cs2@demo.shop', 2]]);

    const LEADS = `query($w: LeadFilter) { leads(first: 100, where: $w) { totalCount nodes { id name phone outcome customer { id } assignee { email } } } }`;
    const mine = (await ok(s, cs1, LEADS, { w: { listId: list.id } })).leads;
    expect(mine.totalCount).toBe(3);
    expect(mine.nodes.every((n: any) => n.assignee.email === 'cs1@demo.shop')).toBe(true);
    const all = (await ok(s, lead, LEADS, { w: { listId: list.id } })).leads.nodes;
    const linked = all.find((n: any) => n.phone === '13566667777');
    expect(linked.customer).toEqual({ id: String(known.id) });
    // Phones are masked for callers without customer:pii:read.
    expect((await ok(s, analyst, LEADS, { w: { listId: list.id } })).leads.nodes.map((n: any) => n.phone)).toContain('135****7777');

    const call = (token: string, leadId: string, input: Record<string, unknown>) => mutate(s, token, 'recordLeadCall', 'RecordLeadCallInput', { leadId, ...input }, 'lead { outcome refusalReason attempts }', true);
    // Leads go round-robin at equal ability: 潜客1, 3 and 5 to cs1; 潜客2 and 4 to cs2.
    const byName = Object.fromEntries(all.map((n: any) => [n.name, n]));
    expect([1, 2, 3, 4, 5].map((i) => byName[`潜客${i}`].assignee.email)).toEqual(['cs1@demo.shop', 'cs2@demo.shop', 'cs1@demo.shop', 'cs2@demo.shop', 'cs1@demo.shop']);
    expect(byName['潜客5'].id).toBe(linked.id);
    const id = (i: number) => byName[`潜客${i}`].id;
    expect((await call(cs1, id(1), { outcome: 'NO_ANSWER' })).errors).toEqual([]); // 20:00, allowed
    expect((await call(cs1, id(1), { outcome: 'CONVERTED', calledAt: local('20:30') })).errors[0]).toMatchObject({ field: 'calledAt', code: 'INVALID' }); // in the future (it is 20:00)
    setClock(new Date('2026-11-24T13:30:00Z')); // 21:30: quiet hours
    expect((await call(cs1, id(1), { outcome: 'CONVERTED' })).errors[0].code).toBe('QUIET_HOURS');
    expect((await call(cs1, id(1), { outcome: 'CONVERTED', calledAt: local('20:30') })).lead).toMatchObject({ outcome: 'CONVERTED', attempts: 2 });
    expect((await call(cs1, id(1), { outcome: 'REFUSED', refusalReason: 'OTHER', calledAt: local('20:40') })).errors[0].code).toBe('WRONG_STATE');
    expect((await call(cs1, id(3), { outcome: 'REFUSED', calledAt: local('20:31') })).errors[0]).toMatchObject({ field: 'refusalReason', code: 'REQUIRED' });
    expect((await call(cs1, id(3), { outcome: 'INTERESTED', refusalReason: 'TOO_EXPENSIVE', calledAt: local('20:31') })).errors[0].field).toBe('refusalReason');
    await call(cs1, id(3), { outcome: 'REFUSED', refusalReason: 'TOO_EXPENSIVE', calledAt: local('20:32') });
    expect((await call(cs1, id(4), { outcome: 'NO_ANSWER', calledAt: local('20:33') })).errors[0].code).toBe('FORBIDDEN');
    await call(cs2, id(2), { outcome: 'REFUSED', refusalReason: 'TOO_EXPENSIVE', calledAt: local('20:34') });
    await call(lead, id(5), { outcome: 'REFUSED', refusalReason: 'DO_NOT_CALL', calledAt: local('20:35') }); // a supervisor may call any lead
    // A call to a known customer lands in their contact log.
    expect(await s.orm.em.fork().count(ContactLog, { customer: known.id, referenceType: 'Lead' })).toBe(1);

    const summary = (await ok(s, lead, `query($id: ID) { leadLists(where: { search: "唤醒" }) { nodes { id ${SUMMARY} } } leads(where: { listId: $id }) { totalCount } }`, { id: list.id })).leadLists.nodes[0].summary;
    expect(summary).toMatchObject({ leads: 5, called: 4, utilisation: 0.8, converted: 1, conversionRate: 0.25, targetAchieved: true });
    expect(summary.refusalReasons).toEqual([{ reason: 'TOO_EXPENSIVE', count: 2 }, { reason: 'DO_NOT_CALL', count: 1 }]);
    expect(summary.perStaff).toEqual([
      { staff: { email: 'cs1@demo.shop' }, leads: 3, called: 3, converted: 1, refused: 2, interested: 0 },
      { staff: { email: 'cs2@demo.shop' }, leads: 2, called: 1, converted: 0, refused: 1, interested: 0 },
    ]);

    expect(codes(await s.gql(`mutation { closeLeadList(input: { id: "${list.id}" }) { errors { code } } }`, {}, { token: cs1 }))).toEqual(['FORBIDDEN']);
    await mutate(s, lead, 'closeLeadList', 'CloseLeadListInput', { id: list.id }, 'leadList { status }');
    expect((await call(cs2, byName['潜客4'].id, { outcome: 'NO_ANSWER', calledAt: local('20:36') })).errors[0].code).toBe('WRONG_STATE');
  });
});
