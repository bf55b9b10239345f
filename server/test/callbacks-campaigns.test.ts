import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok, userId } from './customers-helpers.js';
import { setClock } from '../src/modules/customers/services/clock.js';
import { MemberLevel } from '../src/modules/customers/entities/member-level.entity.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { CallbackTask } from '../src/modules/callbacks/entities/callback-task.entity.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';

let s: TestServer;
let lead: string;
let cs1: string;
let cs2: string;
const ids: Record<string, number> = {};
const T0 = new Date('2026-11-24T02:00:00Z'); // 10:00 in Shanghai
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const local = (day: number, hhmm: string) => new Date(new Date(`2026-11-${24 + day}T${hhmm}:00+08:00`).getTime()).toISOString();

beforeAll(async () => {
  s = await startTestServer();
  [lead, cs1, cs2] = await Promise.all(['cs.lead', 'cs1', 'cs2'].map((p) => s.login(`${p}@demo.shop`)));
  for (const p of ['cs.lead', 'cs1', 'cs2']) ids[p] = await userId(s, `${p}@demo.shop`);
  for (const [who, inPool] of [['cs1', true], ['cs2', true], ['cs.lead', false]] as const) {
    await mutate(s, lead, 'setSpecialistProfile', 'SetSpecialistProfileInput', { userId: String(ids[who]), inPool }, 'specialist { id }');
  }
  await mutate(s, lead, 'createMemberLevel', 'CreateMemberLevelInput', { code: 'NORMAL', name: '普通会员', thresholdFen: 0 }, 'memberLevel { id }');
});
afterEach(() => setClock(null));
afterAll(async () => { await s?.close(); });

const CAMPAIGN = 'campaign { id code status dueAt dueDays triggerAt quietHours { start end } callableHours progress { tasks open scheduled done expired reached overdue } coverage { members membersReached rate target meetsRule } }';
const SCRIPT = { scriptOpening: '您好，我是小店客服，打扰您一分钟做个回访。', scriptSatisfied: '感谢支持，会员日有专属优惠。', scriptUnsatisfied: '非常抱歉，我们马上为您处理。' };
const TASK = 'task { id status attempts reached rating late followUpNeeded scheduledAt assignee { email } } complaintRequest { id status summary }';

async function members(count: number, owner?: string) {
  const level = await s.orm.em.fork().findOneOrFail(MemberLevel, { code: 'NORMAL' });
  const rows = await makeCustomers(s, count, { memberLevel: level.id } as never);
  if (owner) await mutate(s, lead, 'assignCustomers', 'AssignCustomersInput', { customerIds: rows.map((c) => String(c.id)), specialistId: String(ids[owner]) }, 'assigned');
  return rows;
}
const record = (token: string, input: Record<string, unknown>) => mutate(s, token, 'recordCallback', 'RecordCallbackInput', { channel: 'PHONE', ...input }, TASK, true);
const tasksOf = async (campaignId: string) => s.orm.em.fork().find(CallbackTask, { campaign: Number(campaignId) }, { populate: ['assignee'], orderBy: { id: 'asc' } });

describe('a callback campaign for members', () => {
  it('runs from definition through callback forms to an archived summary report computed from the records', async () => {
    setClock(T0);
    const mine1 = await members(3, 'cs1');
    const mine2 = await members(2, 'cs2');
    const loose = await members(1);
    const tag = `run-${Date.now()}`;
    for (const c of [...mine1, ...mine2, ...loose]) await mutate(s, lead, 'updateCustomer', 'UpdateCustomerInput', { id: String(c.id), tags: [tag] }, 'customer { id }');
    await makeCustomers(s, 2); // non-members: not in a members-only campaign
    const criteria = { membersOnly: true, tags: [tag] };
    expect((await ok(s, lead, `query($c: CallbackCriteriaInput) { callbackAudienceCount(criteria: $c) }`, { c: criteria })).callbackAudienceCount).toBe(6);

    expect(codes(await s.gql(`mutation($i: CreateCallbackCampaignInput!) { createCallbackCampaign(input: $i) { errors { code } } }`, { i: { name: 'x', purpose: 'ROUTINE', ...SCRIPT } }, { token: cs1 }))).toEqual(['FORBIDDEN']);
    const bad = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '', purpose: 'FESTIVAL', ...SCRIPT, dueDays: 0, quietHours: [{ start: '25:00', end: '09:00' }] }, 'campaign { id }', true);
    expect(bad.errors.map((e: any) => e.field).sort()).toEqual(['dueDays', 'name', 'quietHours.0']);

    const created = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '冬至会员回访', purpose: 'FESTIVAL', criteria, ...SCRIPT }, CAMPAIGN);
    const campaign = created.campaign;
    expect(campaign).toMatchObject({
      status: 'DRAFT', dueDays: 3, triggerAt: T0.toISOString(), dueAt: new Date(T0.getTime() + 3 * DAY).toISOString(),
      quietHours: [{ start: '12:00', end: '14:00' }, { start: '21:00', end: '09:00' }], callableHours: ['09:00–12:00', '14:00–21:00'],
    });

    const started = await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: campaign.id }, CAMPAIGN);
    expect(started.campaign).toMatchObject({ status: 'RUNNING', progress: { tasks: 6, open: 6 }, coverage: { members: 6, membersReached: 0, rate: 0, target: 1, meetsRule: false } });
    const tasks = await tasksOf(campaign.id);
    const byCustomer = new Map(tasks.map((t) => [t.customer.id, t]));
    // Own customers go to their specialist; the unassigned one to the lighter queue (cs2: 2 < 3).
    expect(mine1.map((c) => byCustomer.get(c.id)!.assignee.getEntity().email)).toEqual(['cs1@demo.shop', 'cs1@demo.shop', 'cs1@demo.shop']);
    expect([...mine2, ...loose].map((c) => byCustomer.get(c.id)!.assignee.getEntity().email)).toEqual(['cs2@demo.shop', 'cs2@demo.shop', 'cs2@demo.shop']);
    expect(tasks.every((t) => t.dueAt.getTime() === T0.getTime() + 3 * DAY && t.memberAtStart)).toBe(true);
    expect((await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: campaign.id }, 'campaign { id }', true)).errors[0].code).toBe('WRONG_STATE');
    expect((await mutate(s, lead, 'updateCallbackCampaign', 'UpdateCallbackCampaignInput', { id: campaign.id, name: '改名' }, 'campaign { id }', true)).errors[0].code).toBe('WRONG_STATE');

    // My callbacks: a specialist sees their own tasks by default.
    const my = await ok(s, cs1, `query($c: ID) { callbackTasks(where: { campaignId: $c }) { totalCount nodes { assignee { email } callableNow nextCallableAt campaign { scriptSatisfied } } } }`, { c: campaign.id });
    expect(my.callbackTasks.totalCount).toBe(3);
    expect(my.callbackTasks.nodes[0]).toMatchObject({ assignee: { email: 'cs1@demo.shop' }, callableNow: true, campaign: { scriptSatisfied: SCRIPT.scriptSatisfied } });
    const [a, b, c] = mine1.map((x) => String(byCustomer.get(x.id)!.id));
    const [d, e, f] = [...mine2, ...loose].map((x) => String(byCustomer.get(x.id)!.id));
    expect((await record(cs1, { taskId: d, reached: true, rating: 'SATISFIED' })).errors[0].code).toBe('FORBIDDEN');

    // Scheduling: never in quiet hours, never past the due time.
    const lunch = await mutate(s, cs1, 'scheduleCallback', 'ScheduleCallbackInput', { taskId: a, at: local(1, '12:30') }, TASK, true);
    expect(lunch.errors[0]).toMatchObject({ field: 'at', code: 'QUIET_HOURS' });
    expect(lunch.errors[0].message).toContain('12:00–14:00');
    const late = await mutate(s, cs1, 'scheduleCallback', 'ScheduleCallbackInput', { taskId: a, at: local(3, '15:00') }, TASK, true);
    expect(late.errors[0]).toMatchObject({ field: 'at', code: 'OUTSIDE_DUE_WINDOW' });
    const planned = await mutate(s, cs1, 'scheduleCallback', 'ScheduleCallbackInput', { taskId: a, at: local(1, '15:00') }, TASK);
    expect(planned.task).toMatchObject({ status: 'SCHEDULED', scheduledAt: local(1, '15:00') });

    // The forms.
    setClock(new Date(local(1, '22:10')));
    expect((await record(cs1, { taskId: a, reached: true, rating: 'SATISFIED' })).errors[0].code).toBe('QUIET_HOURS');
    expect((await record(cs1, { taskId: a, reached: true })).errors[0]).toMatchObject({ field: 'rating', code: 'REQUIRED' });
    const formA = await record(cs1, { taskId: a, reached: true, rating: 'SATISFIED', suggestions: '希望推出小包装', calledAt: local(1, '15:05') });
    expect(formA.task).toMatchObject({ status: 'DONE', reached: true, rating: 'SATISFIED', late: false, scheduledAt: null });
    expect((await record(cs1, { taskId: a, reached: true, rating: 'SATISFIED', calledAt: local(1, '15:10') })).errors[0].code).toBe('WRONG_STATE');
    const attempt = await record(cs1, { taskId: b, reached: false, calledAt: local(1, '16:00') });
    expect(attempt.task).toMatchObject({ status: 'OPEN', attempts: 1, reached: false });
    await record(cs1, { taskId: b, reached: true, rating: 'AVERAGE', followUpNeeded: true, followUpNote: '寄送新茶样品', calledAt: local(1, '17:00') });
    expect((await record(cs1, { taskId: c, reached: true, rating: 'UNSATISFIED', calledAt: local(1, '18:00') })).errors[0]).toMatchObject({ field: 'opinions', code: 'REQUIRED' });
    const unhappy = await record(cs1, { taskId: c, reached: true, rating: 'UNSATISFIED', opinions: '包装破损，茶叶受潮', raiseComplaint: true, calledAt: local(1, '18:00') });
    expect(unhappy.task.rating).toBe('UNSATISFIED');
    expect(unhappy.complaintRequest).toMatchObject({ status: 'OPEN', summary: '包装破损，茶叶受潮' });
    const requests = await ok(s, cs1, `{ complaintRequests { totalCount nodes { summary customer { name } callbackTask { id } raisedBy { email } } } }`);
    expect(requests.complaintRequests.nodes[0]).toMatchObject({ summary: '包装破损，茶叶受潮', callbackTask: { id: c }, raisedBy: { email: 'cs1@demo.shop' } });
    expect((await mutate(s, cs1, 'raiseCallbackComplaint', 'RaiseCallbackComplaintInput', { taskId: c, summary: '再来一次' }, 'complaintRequest { id }', true)).errors[0].code).toBe('CONFLICT');

    setClock(new Date(local(3, '15:00'))); // past the due time (day 3, 10:00)
    const lateForm = await record(cs2, { taskId: d, reached: true, rating: 'SATISFIED', suggestions: '快递能否更快' });
    expect(lateForm.task).toMatchObject({ status: 'DONE', late: true });
    expect((await record(cs2, { taskId: e, reached: false, giveUp: true })).task).toMatchObject({ status: 'DONE', reached: false, late: true });
    const live = await ok(s, lead, `query($id: ID!) { callbackCampaign(id: $id) { progress { done overdue } coverage { membersReached rate meetsRule } report { archived reached } } }`, { id: campaign.id });
    expect(live.callbackCampaign).toMatchObject({ progress: { done: 5, overdue: 1 }, coverage: { membersReached: 4, meetsRule: false }, report: { archived: false, reached: 4 } });
    expect(live.callbackCampaign.coverage.rate).toBeCloseTo(4 / 6, 6);

    expect(codes(await s.gql(`mutation($i: CampaignActionInput!) { closeCallbackCampaign(input: $i) { errors { code } } }`, { i: { id: campaign.id } }, { token: cs1 }))).toEqual(['FORBIDDEN']);
    await mutate(s, lead, 'closeCallbackCampaign', 'CampaignActionInput', { id: campaign.id, note: '冬至回访结束' }, 'campaign { status }');
    expect((await record(cs2, { taskId: f, reached: true, rating: 'SATISFIED' })).errors[0].code).toBe('WRONG_STATE');

    // The report agrees with the records it was computed from.
    const rows = await tasksOf(campaign.id);
    const count = (p: (t: CallbackTask) => boolean) => rows.filter(p).length;
    const REPORT = `query($id: ID!) { callbackCampaign(id: $id) { status history { toState } report { archived tasks completed reached reachRate late members membersReached memberCoverage satisfied average unsatisfied complaints
      suggestions { text specialistName rating } unresolvedFollowUps { text customerName } perSpecialist { specialistName tasks completed reached reachRate satisfied average unsatisfied late openFollowUps complaints } } } }`;
    const report = (await ok(s, lead, REPORT, { id: campaign.id })).callbackCampaign;
    expect(report.history.map((h: any) => h.toState)).toEqual(['DRAFT', 'RUNNING', 'CLOSED']);
    expect(report.report).toMatchObject({
      archived: true, tasks: rows.length, completed: count((t) => t.status === 'DONE'), reached: count((t) => !!t.reached), late: count((t) => t.late),
      members: count((t) => t.memberAtStart), membersReached: count((t) => t.memberAtStart && !!t.reached),
      satisfied: count((t) => t.rating === 'SATISFIED'), average: count((t) => t.rating === 'AVERAGE'), unsatisfied: count((t) => t.rating === 'UNSATISFIED'), complaints: 1,
    });
    expect(report.report).toMatchObject({ tasks: 6, completed: 5, reached: 4, late: 2, satisfied: 2, average: 1, unsatisfied: 1 });
    expect(report.report.reachRate).toBeCloseTo(4 / 6, 6);
    expect(report.report.suggestions.map((x: any) => x.text).sort()).toEqual(['希望推出小包装', '快递能否更快'].sort());
    expect(report.report.unresolvedFollowUps).toEqual([expect.objectContaining({ text: '寄送新茶样品' })]);
    expect(rows.find((t) => String(t.id) === f)!.status).toBe('EXPIRED');
    const bySpecialist = Object.fromEntries(report.report.perSpecialist.map((p: any) => [p.specialistName, p]));
    expect(bySpecialist['陈小雨']).toMatchObject({ tasks: 3, completed: 3, reached: 3, reachRate: 1, satisfied: 1, average: 1, unsatisfied: 1, late: 0, openFollowUps: 1, complaints: 1 });
    expect(bySpecialist['刘晓晴']).toMatchObject({ tasks: 3, completed: 2, reached: 1, satisfied: 1, late: 2, openFollowUps: 0, complaints: 0 });

    // The archive is a snapshot: resolving the follow-up afterwards does not rewrite it.
    await mutate(s, cs1, 'resolveCallbackFollowUp', 'ResolveFollowUpInput', { taskId: b, resolution: '样品已寄出' }, 'task { id }');
    expect((await ok(s, lead, REPORT, { id: campaign.id })).callbackCampaign.report.unresolvedFollowUps).toHaveLength(1);
    const csv: string = (await ok(s, cs1, `query($id: ID!) { callbackReportCsv(campaignId: $id) }`, { id: campaign.id })).callbackReportCsv;
    expect(csv).toContain('reach_rate,0.6667');
    expect(csv).toContain('member_coverage,0.6667');
    expect(csv).toContain('陈小雨,3,3,3,1.0000,1,1,1,0,1,1');
    expect(csv).toContain('希望推出小包装');
  });
});

describe('member coverage', () => {
  it('counts only customers who were members when the campaign started, and meets the rule at 100 %', async () => {
    setClock(T0);
    const [member] = await members(1, 'cs1');
    const [guest] = await makeCustomers(s, 1);
    const created = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '店庆回访', purpose: 'ANNIVERSARY', criteria: { customerIds: [String(member.id), String(guest.id)] }, specialistIds: [String(ids.cs1)], ...SCRIPT }, CAMPAIGN);
    const started = await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: created.campaign.id }, CAMPAIGN);
    expect(started.campaign.coverage).toEqual({ members: 1, membersReached: 0, rate: 0, target: 1, meetsRule: false });
    const tasks = await tasksOf(created.campaign.id);
    const memberTask = String(tasks.find((t) => t.customer.id === member.id)!.id);
    const guestTask = String(tasks.find((t) => t.customer.id === guest.id)!.id);
    await record(cs1, { taskId: guestTask, reached: true, rating: 'SATISFIED', channel: 'EMAIL' });
    let cov = (await ok(s, lead, `query($id: ID!) { callbackCampaign(id: $id) { coverage { members membersReached rate meetsRule } } }`, { id: created.campaign.id })).callbackCampaign.coverage;
    expect(cov).toEqual({ members: 1, membersReached: 0, rate: 0, meetsRule: false });
    await record(cs1, { taskId: memberTask, reached: false });
    await record(cs1, { taskId: memberTask, reached: true, rating: 'AVERAGE' });
    cov = (await ok(s, lead, `query($id: ID!) { callbackCampaign(id: $id) { coverage { members membersReached rate meetsRule } } }`, { id: created.campaign.id })).callbackCampaign.coverage;
    expect(cov).toEqual({ members: 1, membersReached: 1, rate: 1, meetsRule: true });
    // The first reached contact after the assignment also met the customer's first-contact deadline.
    expect((await s.orm.em.fork().findOneOrFail(Customer, member.id)).firstContactAt).not.toBeNull();
  });

  it('refuses to start with nobody matching or a due window already over', async () => {
    setClock(T0);
    const none = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '空', purpose: 'ROUTINE', criteria: { tags: ['no-such-tag'] }, ...SCRIPT }, 'campaign { id }');
    expect((await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: none.campaign.id }, 'campaign { id }', true)).errors[0]).toMatchObject({ field: 'criteria', code: 'REQUIRED' });
    const old = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '过期', purpose: 'PROMOTION', triggerAt: '2026-11-01T02:00:00Z', ...SCRIPT }, 'campaign { id dueAt }');
    expect(old.campaign.dueAt).toBe('2026-11-04T02:00:00.000Z');
    expect((await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: old.campaign.id }, 'campaign { id }', true)).errors[0].code).toBe('INVALID');
    const cancelled = await mutate(s, lead, 'cancelCallbackCampaign', 'CampaignActionInput', { id: old.campaign.id }, 'campaign { status }');
    expect(cancelled.campaign.status).toBe('CANCELLED');
  });
});

describe('the task list', () => {
  it('costs the same SQL statements at 10 and 100 rows', async () => {
    setClock(T0);
    const rows = await members(110);
    const created = await mutate(s, lead, 'createCallbackCampaign', 'CreateCallbackCampaignInput', { name: '批量', purpose: 'ROUTINE', criteria: { customerIds: rows.map((r) => String(r.id)) }, ...SCRIPT }, 'campaign { id }');
    await mutate(s, lead, 'startCallbackCampaign', 'CampaignActionInput', { id: created.campaign.id }, 'campaign { id }');
    const q = (n: number) => `{ callbackTasks(first: ${n}, where: { campaignId: "${created.campaign.id}" }) { totalCount nodes { id overdue callableNow customer { name phone tags } assignee { name } campaign { code progress { tasks } } complaintRequest { id } history { toState } } } }`;
    const cost = async (n: number) => {
      const before = sqlCounter.count;
      expect((await ok(s, lead, q(n))).callbackTasks.nodes).toHaveLength(n);
      return sqlCounter.count - before;
    };
    await cost(10);
    expect(await cost(100)).toBe(await cost(10));
  });
});
