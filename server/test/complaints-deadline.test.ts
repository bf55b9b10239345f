import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { customerWithOrder, departmentId, registerInput, step, stepOk, supplierId } from './complaints-fixtures.js';
import { setClock } from '../src/modules/customers/services/clock.js';
import { complaintsTracedToSuppliers } from '../src/modules/complaints/services/complaint-facts.js';

let s: TestServer;
let as1: string;
let lead: string;
let afterSales: string;
beforeAll(async () => {
  s = await startTestServer();
  [as1, lead] = await Promise.all([s.login('aftersales1@demo.shop'), s.login('aftersales.lead@demo.shop')]);
  afterSales = await departmentId(s, 'after-sales');
});
afterEach(() => setClock(null));
afterAll(async () => { await s?.close(); });

const H = 3_600_000;
/** 02:00 on 1 April in Shanghai: a complaint three hours earlier was received in March, shop time. */
const T0 = new Date('2026-03-31T18:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * H);

async function closeThroughLoop(id: string, investigation: Record<string, unknown>, closeAtHours: number) {
  await stepOk(s, as1, 'judgeComplaint', { id, valid: true, demandReasonable: true, responsibleDepartmentId: afterSales });
  await stepOk(s, as1, 'investigateComplaint', { id, ...investigation });
  const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: id, solution: 'COMPENSATION', amountFen: 800, description: '补偿 8 元' });
  await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });
  await stepOk(s, as1, 'recordComplaintImplementation', { id, note: '已转账补偿', notifiedChannel: 'PHONE' });
  await stepOk(s, as1, 'recordComplaintAcceptance', { id, confirmedBy: '顾客本人', method: 'PHONE' });
  setClock(at(closeAtHours));
  return (await stepOk(s, as1, 'summarizeComplaint', { id, classification: '测试', rootCause: '测试', improvementAction: '测试' })).complaint;
}

const LIST = `query($w: ComplaintFilter) { complaints(first: 100, where: $w) { totalCount nodes { id code category cause receivedAt state resolvedWithin24h
  responsibleDepartment { id } supplier { id } product { id } sku { id } } } }`;

describe('the 24-hour deadline and the classification statistics', () => {
  let A: any; let B: any; let C: any; let D: any;

  it('runs 24 hours from receipt (which may be given for a phone complaint), counts down and turns overdue', async () => {
    setClock(T0);
    const { customer, order, skus } = await customerWithOrder(s);
    expect((await step(s, as1, 'registerComplaint', registerInput(customer.id, { receivedAt: at(1).toISOString() }))).errors[0]).toMatchObject({ field: 'receivedAt', code: 'INVALID' });
    expect((await step(s, as1, 'registerComplaint', registerInput(customer.id, { receivedAt: at(-8 * 24).toISOString() }))).errors[0]).toMatchObject({ field: 'receivedAt', code: 'INVALID' });
    A = (await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { channel: 'PHONE', receivedAt: at(-3).toISOString(), orderId: String(order.id), skuId: String(skus[0].id) }))).complaint;
    B = (await stepOk(s, as1, 'registerComplaint', registerInput(customer.id))).complaint;
    expect(A).toMatchObject({ dueAt: at(21).toISOString(), remainingSeconds: 21 * 3600, overdue: false });
    expect(B).toMatchObject({ receivedAt: T0.toISOString(), dueAt: at(24).toISOString(), remainingSeconds: 24 * 3600 });

    setClock(at(22));
    const read = async (id: string) => (await s.gql(`{ complaint(id: "${id}") { remainingSeconds overdue } }`, {}, { token: lead })).data.complaint;
    expect(await read(A.id)).toEqual({ remainingSeconds: -3600, overdue: true });
    expect(await read(B.id)).toEqual({ remainingSeconds: 2 * 3600, overdue: false });
    const overdue = async () => (await s.gql(`{ overdueComplaints(first: 10) { totalCount nodes { id } } }`, {}, { token: lead })).data.overdueComplaints;
    expect((await overdue()).nodes.map((n: { id: string }) => n.id)).toEqual([A.id]);
    const notOverdue = await s.gql(LIST, { w: { overdue: false } }, { token: lead });
    expect(notOverdue.data.complaints.nodes.map((n: { id: string }) => n.id)).toEqual([B.id]);

    setClock(at(25));
    expect((await overdue()).nodes.map((n: { id: string }) => n.id)).toEqual([A.id, B.id]);
    expect((await s.gql(LIST, { w: { overdue: true } }, { token: as1 })).data.complaints.totalCount).toBe(2);
    const board = (await s.gql(`{ complaintBoard { state step count overdueCount } }`, {}, { token: lead })).data.complaintBoard;
    expect(board.find((c: { state: string }) => c.state === 'REGISTERED')).toEqual({ state: 'REGISTERED', step: 2, count: 2, overdueCount: 2 });
  });

  it('keeps the resolution time at closing: an invalid one in 30 minutes, a late one after 29 hours, a quick one in an hour', async () => {
    const { customer } = await customerWithOrder(s);
    setClock(at(25));
    C = (await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { category: 'PRICE' }))).complaint;
    setClock(at(25.5));
    const invalid = (await stepOk(s, as1, 'judgeComplaint', { id: C.id, valid: false, reply: '您好，价格以下单时为准。' })).complaint;
    expect(invalid).toMatchObject({ state: 'CLOSED_INVALID', resolutionMinutes: 30, resolvedWithin24h: true, resolvedAt: at(25.5).toISOString() });

    setClock(at(26));
    const closedA = await closeThroughLoop(A.id, { cause: 'PRODUCT_QUALITY', findings: '受潮', supplierId: await supplierId(s) }, 26);
    expect(closedA).toMatchObject({ state: 'CLOSED', resolutionMinutes: 29 * 60, resolvedWithin24h: false });
    // Overdue is about open complaints: a closed one is no longer escalated.
    expect((await s.gql(`{ overdueComplaints(first: 10) { nodes { id } } }`, {}, { token: lead })).data.overdueComplaints.nodes.map((n: { id: string }) => n.id)).toEqual([B.id]);

    D = (await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { category: 'DELIVERY' }))).complaint;
    const closedD = await closeThroughLoop(D.id, { cause: 'LOGISTICS', findings: '快递延误', courierName: '中通' }, 27);
    expect(closedD).toMatchObject({ resolutionMinutes: 60, resolvedWithin24h: true });
  });

  it('computes the statistics from the complaint records, months in the shop’s time zone', async () => {
    const range = { from: at(-7 * 24).toISOString(), to: at(7 * 24).toISOString() };
    const row = 'key label count closedCount resolvedWithin24hCount resolvedWithin24hShare averageResolutionMinutes';
    const r = await s.gql(`query($f: DateTime!, $t: DateTime!) { complaintStatistics(from: $f, to: $t) { total { ${row} } byCategory { ${row} } byCause { ${row} }
      byDepartment { ${row} } byProduct { ${row} } bySku { ${row} } bySupplier { ${row} } byMonth { ${row} } } }`, { f: range.from, t: range.to }, { token: as1 });
    expect(r.errors).toBeUndefined();
    const st = r.data.complaintStatistics;
    expect(st.total).toEqual({ key: 'all', label: 'all', count: 4, closedCount: 3, resolvedWithin24hCount: 2, resolvedWithin24hShare: 0.5, averageResolutionMinutes: Math.round((30 + 29 * 60 + 60) / 3) });
    expect(st.byMonth.map((m: any) => [m.key, m.count, m.closedCount, m.resolvedWithin24hCount])).toEqual([['2026-03', 1, 1, 0], ['2026-04', 3, 2, 2]]);
    const counts = (rows: any[]) => Object.fromEntries(rows.map((x) => [x.key ?? 'none', x.count]));
    expect(counts(st.byCategory)).toEqual({ QUALITY: 2, PRICE: 1, DELIVERY: 1 });
    expect(counts(st.byCause)).toEqual({ PRODUCT_QUALITY: 1, LOGISTICS: 1, none: 2 });
    expect(st.byCause.find((x: any) => x.key === 'LOGISTICS')).toMatchObject({ resolvedWithin24hShare: 1 });
    const anxi = await supplierId(s);
    expect(counts(st.bySupplier)).toEqual({ [anxi]: 1, none: 3 });
    expect(st.bySupplier.find((x: any) => x.key === anxi).label).toContain('SUP-ANXI');
    expect(counts(st.byDepartment)).toEqual({ [afterSales]: 2, none: 2 });
    expect(st.byDepartment.find((x: any) => x.key === afterSales).label).toBe('售后部');

    // The same figures, recounted from the records the list returns.
    const list = (await s.gql(LIST, { w: { receivedFrom: range.from, receivedTo: range.to } }, { token: as1 })).data.complaints.nodes;
    const tally = (key: (n: any) => string | undefined) => {
      const out: Record<string, number> = {};
      for (const n of list) out[key(n) ?? 'none'] = (out[key(n) ?? 'none'] ?? 0) + 1;
      return out;
    };
    expect(counts(st.byCategory)).toEqual(tally((n) => n.category));
    expect(counts(st.byProduct)).toEqual(tally((n) => n.product?.id));
    expect(counts(st.bySku)).toEqual(tally((n) => n.sku?.id));
    expect(st.total.resolvedWithin24hCount).toBe(list.filter((n: any) => n.resolvedWithin24h).length);

    // A period with nothing in it still lists its shop-local months as zero (Shanghai midnights here); a reversed range is refused.
    const empty = await s.gql(`{ complaintStatistics(from: "2024-12-31T16:00:00Z", to: "2025-02-28T16:00:00Z") { total { count resolvedWithin24hShare } byMonth { key count } } }`, {}, { token: as1 });
    expect(empty.data.complaintStatistics).toEqual({ total: { count: 0, resolvedWithin24hShare: 0 }, byMonth: [{ key: '2025-01', count: 0 }, { key: '2025-02', count: 0 }] });
    expect(codes(await s.gql(`{ complaintStatistics(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { total { count } } }`, {}, { token: as1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('complaintsTracedToSuppliers (contract C4) counts the complaints received in the period traced to each supplier', async () => {
    const anxi = Number(await supplierId(s));
    const em = s.orm.em.fork();
    expect((await complaintsTracedToSuppliers(em, { from: at(-24), to: at(24) })).get(anxi)).toBe(1);
    expect((await complaintsTracedToSuppliers(em, { from: at(-2), to: at(24) })).get(anxi)).toBeUndefined(); // A was received at −3 h
    expect([...(await complaintsTracedToSuppliers(em, { from: at(-24), to: at(24) })).keys()]).toEqual([anxi]);
  });
});
