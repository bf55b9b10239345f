import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { C_FIELDS, customerWithOrder, departmentId, openComplaintRequest, registerInput, step, stepOk, supplierId } from './complaints-fixtures.js';
import { userId } from './customers-helpers.js';
import { complaintsTracedToSuppliers } from '../src/modules/complaints/services/complaint-facts.js';
import { openReturnRequest } from '../src/modules/returns/services/return-open.js';
import { ReturnReasonCode, ReturnType } from '../src/modules/returns/entities/return-enums.js';
import { createLogger } from '../src/core/logger.js';
import { SupplierSku } from '../src/modules/suppliers/entities/supplier-sku.entity.js';

let s: TestServer;
let as1: string;
let lead: string;
let cs1: string;
let afterSales: string;
beforeAll(async () => {
  s = await startTestServer();
  [as1, lead, cs1] = await Promise.all([s.login('aftersales1@demo.shop'), s.login('aftersales.lead@demo.shop'), s.login('cs1@demo.shop')]);
  afterSales = await departmentId(s, 'after-sales');
});
afterAll(async () => { await s?.close(); });

const DAY = 86_400_000;
const traced = async (partnerId: string) => (await complaintsTracedToSuppliers(s.orm.em.fork(), { from: new Date(Date.now() - DAY), to: new Date(Date.now() + DAY) })).get(Number(partnerId)) ?? 0;

/** Registers, judges valid and investigates a complaint, up to waiting for proposals. */
async function investigated(cause: Record<string, unknown> = { cause: 'BUYER', findings: '买家冲泡方法不当' }) {
  const { customer, order, lines } = await customerWithOrder(s);
  const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { orderId: String(order.id) }));
  await stepOk(s, as1, 'judgeComplaint', { id: complaint.id, valid: true, demandReasonable: true, responsibleDepartmentId: afterSales });
  await stepOk(s, as1, 'investigateComplaint', { id: complaint.id, ...cause });
  return { complaint, customer, order, lines };
}

async function approved(solution: Record<string, unknown>, cause?: Record<string, unknown>) {
  const base = await investigated(cause);
  const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: base.complaint.id, description: '方案', ...solution });
  await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });
  return { ...base, proposal };
}

describe('the complaint closed loop', () => {
  it('runs intake → judgment → investigation → proposals → approval → implementation → acceptance → summary, and customer service gets the follow-up callback', async () => {
    const { customer, order, lines, skus } = await customerWithOrder(s, { assigneeEmail: 'cs1@demo.shop' });
    const anxi = await supplierId(s);
    const tracedBefore = await traced(anxi);
    const requestId = await openComplaintRequest(s, customer.id);

    // 1. Intake, from customer service's complaint request.
    const reg = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { orderId: String(order.id), skuId: String(skus[1].id), complaintRequestId: requestId }));
    const c = reg.complaint;
    expect(c).toMatchObject({ state: 'REGISTERED', step: 2, handler: { email: 'aftersales1@demo.shop' }, customer: { id: String(customer.id) }, sku: { id: String(skus[1].id) }, overdue: false });
    expect(c.product.id).toBeTruthy();
    expect(c.code).toMatch(/^CP-\d{8}-\d{3}$/);
    expect(new Date(c.dueAt).getTime() - new Date(c.receivedAt).getTime()).toBe(DAY);
    expect(c.remainingSeconds).toBeGreaterThan(86_000);
    expect(c.complaintRequest).toMatchObject({ status: 'LINKED', complaintRef: c.code });

    // 2. Judgment.
    expect((await step(s, as1, 'judgeComplaint', { id: c.id, valid: true })).errors.map((e) => e.field).sort()).toEqual(['demandReasonable', 'responsibleDepartmentId']);
    const judged = await stepOk(s, as1, 'judgeComplaint', { id: c.id, valid: true, demandReasonable: true, responsibleDepartmentId: afterSales, note: '茶叶确有受潮' });
    expect(judged.complaint).toMatchObject({ state: 'JUDGED', valid: true, responsibleDepartment: { code: 'after-sales' } });

    // 3. Investigation: product quality is traced to the supplier (contract C4).
    expect((await step(s, as1, 'investigateComplaint', { id: c.id, cause: 'PRODUCT_QUALITY', findings: '批次包装漏气' })).errors[0]).toMatchObject({ field: 'supplierId', code: 'REQUIRED' });
    const inv = await stepOk(s, as1, 'investigateComplaint', { id: c.id, cause: 'PRODUCT_QUALITY', findings: '批次包装漏气', supplierId: anxi });
    expect(inv.complaint).toMatchObject({ state: 'INVESTIGATED', cause: 'PRODUCT_QUALITY', supplier: { code: 'SUP-ANXI' } });
    expect(await traced(anxi)).toBe(tracedBefore + 1);

    // 4–5. The supervisor's own proposal needs someone else; a specialist cannot approve at all; a rejection goes back to proposals.
    const own = await stepOk(s, lead, 'proposeComplaintSolution', { complaintId: c.id, solution: 'COMPENSATION', amountFen: 1000, description: '补偿 10 元' });
    expect(own.complaint.state).toBe('PROPOSED');
    expect((await step(s, lead, 'approveComplaintProposal', { proposalId: own.proposal.id })).errors[0].code).toBe('SELF_APPROVAL');
    const bySpecialist = await s.gql(`mutation($i: ApproveComplaintProposalInput!) { approveComplaintProposal(input: $i) { errors { code } } }`, { i: { proposalId: own.proposal.id } }, { token: as1 });
    expect(codes(bySpecialist)).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(`mutation { rejectComplaintProposals(input: { id: "${c.id}", note: "no" }) { errors { code } } }`, {}, { token: as1 }))).toEqual(['FORBIDDEN']);
    expect((await step(s, lead, 'rejectComplaintProposals', { id: c.id, note: '' })).errors[0]).toMatchObject({ field: 'note', code: 'REQUIRED' });
    const rejected = await stepOk(s, lead, 'rejectComplaintProposals', { id: c.id, note: '补偿不够，顾客要求退货' });
    expect(rejected.complaint.state).toBe('INVESTIGATED');
    expect(rejected.complaint.proposals[0]).toMatchObject({ status: 'REJECTED', decisionNote: '补偿不够，顾客要求退货' });

    const ret = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: c.id, solution: 'RETURN', description: '退货退款，运费我方承担' });
    const coupon = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: c.id, solution: 'COUPON', amountFen: 500, description: '5 元券' });
    expect(coupon.complaint.state).toBe('PROPOSED');
    const ok = await stepOk(s, lead, 'approveComplaintProposal', { proposalId: ret.proposal.id, note: '同意退货' });
    expect(ok.complaint).toMatchObject({ state: 'APPROVED', approvedProposal: { id: ret.proposal.id } });
    expect(ok.complaint.proposals.map((p: { status: string }) => p.status)).toEqual(['REJECTED', 'APPROVED', 'NOT_CHOSEN']);

    // 6. Implementation through a return request opened in the same transaction (contract C5), then the customer's acceptance.
    expect((await step(s, as1, 'recordComplaintImplementation', { id: c.id, note: '已安排退货', notifiedChannel: 'PHONE' })).errors[0]).toMatchObject({ field: 'returnRequestId', code: 'REQUIRED' });
    const tooMany = await step(s, as1, 'recordComplaintImplementation', { id: c.id, note: '已安排退货', notifiedChannel: 'PHONE', openReturn: { reasonCode: 'QUALITY_DEFECT', lines: [{ orderLineId: String(lines[1].id), quantity: 3 }] } });
    expect(tooMany.errors[0]).toMatchObject({ field: 'openReturn.lines.0.quantity', code: 'OVER_QUANTITY' });
    expect((await step(s, as1, 'summarizeComplaint', { id: c.id, classification: 'x', rootCause: 'x', improvementAction: 'x' })).errors[0].code).toBe('WRONG_STATE');
    const impl = await stepOk(s, as1, 'recordComplaintImplementation', { id: c.id, note: '已安排退货', notifiedChannel: 'PHONE', openReturn: { reasonCode: 'QUALITY_DEFECT', lines: [{ orderLineId: String(lines[1].id), quantity: 2 }] } });
    expect(impl.complaint).toMatchObject({ state: 'IMPLEMENTED', notifiedChannel: 'PHONE', returnRequest: { type: 'RETURN', complaintCode: c.code } });
    expect((await step(s, as1, 'summarizeComplaint', { id: c.id, classification: 'x', rootCause: 'x', improvementAction: 'x' })).errors[0].code).toBe('WRONG_STATE');
    const acc = await stepOk(s, as1, 'recordComplaintAcceptance', { id: c.id, confirmedBy: customer.name, method: 'CHAT', feedback: '处理很快，满意' });
    expect(acc.complaint).toMatchObject({ state: 'ACCEPTED', acceptanceMethod: 'CHAT', acceptanceConfirmedBy: customer.name, customerFeedback: '处理很快，满意' });

    // 7. Summary closes it; the follow-up callback goes to the customer's own specialist.
    const closed = await stepOk(s, as1, 'summarizeComplaint', { id: c.id, classification: '质量-受潮', rootCause: '包装密封不良', improvementAction: '要求供应商改用铝箔袋' });
    expect(closed.complaint).toMatchObject({ state: 'CLOSED', step: 8, resolvedWithin24h: true, remainingSeconds: null, overdue: false });
    expect(closed.complaint.resolutionMinutes).toBeGreaterThanOrEqual(0);
    expect(closed.complaint.followUpTask).toMatchObject({ sourceRef: c.code, status: 'OPEN', assignee: { email: 'cs1@demo.shop' } });
    const dueIn = new Date(closed.complaint.followUpTask.dueAt).getTime() - new Date(closed.complaint.resolvedAt).getTime();
    expect(dueIn).toBe(3 * DAY);
    expect(closed.complaint.timeline.map((e: { toState: string }) => e.toState)).toEqual(
      ['REGISTERED', 'JUDGED', 'INVESTIGATED', 'PROPOSED', 'INVESTIGATED', 'PROPOSED', 'PROPOSED', 'APPROVED', 'IMPLEMENTED', 'ACCEPTED', 'CLOSED']);
    expect(closed.complaint.timeline[4]).toMatchObject({ actorLabel: 'aftersales.lead@demo.shop', note: 'Sent back: 补偿不够，顾客要求退货' });

    // It is in cs1's callback queue (the "my callbacks" default), in the standing follow-up campaign.
    const queue = await s.gql(`{ callbackTasks(first: 100) { nodes { id sourceRef campaign { name purpose status } customer { id } } } }`, {}, { token: cs1 });
    expect(queue.errors).toBeUndefined();
    const mine = queue.data.callbackTasks.nodes.find((t: { sourceRef: string }) => t.sourceRef === c.code);
    expect(mine).toMatchObject({ customer: { id: String(customer.id) }, campaign: { purpose: 'COMPLAINT_FOLLOW_UP', status: 'RUNNING' } });

    // Nothing more can happen to a closed complaint.
    expect((await step(s, as1, 'assignComplaint', { id: c.id, handlerId: String(await userId(s, 'aftersales.lead@demo.shop')) })).errors[0].code).toBe('WRONG_STATE');
  });

  it('a second complaint of the same customer gets its own follow-up in the same standing campaign; a customer without a specialist goes to the least-loaded one', async () => {
    const { customer } = await customerWithOrder(s, { assigneeEmail: 'cs1@demo.shop' });
    const { customer: orphan } = await customerWithOrder(s);
    const tasks: { campaign: string; email: string; ref: string }[] = [];
    for (const who of [customer, customer, orphan]) {
      const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(who.id, { category: 'SERVICE_ATTITUDE' }));
      await stepOk(s, as1, 'judgeComplaint', { id: complaint.id, valid: true, demandReasonable: true, responsibleDepartmentId: afterSales });
      await stepOk(s, as1, 'investigateComplaint', { id: complaint.id, cause: 'OTHER', findings: '沟通误会' });
      const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: complaint.id, solution: 'APOLOGY', description: '致歉' });
      await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });
      await stepOk(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已致歉', notifiedChannel: 'CHAT' });
      await stepOk(s, as1, 'recordComplaintAcceptance', { id: complaint.id, confirmedBy: who.name, method: 'CHAT' });
      const done = await stepOk(s, as1, 'summarizeComplaint', { id: complaint.id, classification: '服务-误会', rootCause: '说明不清', improvementAction: '更新话术' });
      const r = await s.gql(`{ complaint(id: "${complaint.id}") { code followUpTask { sourceRef campaign { id } assignee { email } } } }`, {}, { token: as1 });
      expect(done.complaint.followUpTask).toBeTruthy();
      tasks.push({ campaign: r.data.complaint.followUpTask.campaign.id, email: r.data.complaint.followUpTask.assignee.email, ref: r.data.complaint.followUpTask.sourceRef });
    }
    expect(new Set(tasks.map((t) => t.campaign)).size).toBe(1);
    expect(new Set(tasks.map((t) => t.ref)).size).toBe(3);
    expect(tasks[0].email).toBe('cs1@demo.shop');
    expect(tasks[1].email).toBe('cs1@demo.shop');
    expect(tasks[2].email).toMatch(/@demo\.shop$/);
  });

  it('refuses every step out of order', async () => {
    const { customer, order } = await customerWithOrder(s);
    const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { orderId: String(order.id) }));
    const id = complaint.id;
    const attempts: [string, string, Record<string, unknown>][] = [
      ['investigateComplaint', as1, { id, cause: 'BUYER', findings: 'x' }],
      ['proposeComplaintSolution', as1, { complaintId: id, solution: 'APOLOGY', description: 'x' }],
      ['rejectComplaintProposals', lead, { id, note: 'x' }],
      ['recordComplaintImplementation', as1, { id, note: 'x', notifiedChannel: 'PHONE' }],
      ['recordComplaintAcceptance', as1, { id, confirmedBy: 'x', method: 'PHONE' }],
      ['summarizeComplaint', as1, { id, classification: 'x', rootCause: 'x', improvementAction: 'x' }],
    ];
    const refusedWhile = async (state: string, skip: string[]) => {
      for (const [name, token, input] of attempts.filter(([n]) => !skip.includes(n))) {
        const r = await step(s, token, name, input);
        expect(r.errors[0]?.code, `${name} while ${state}`).toBe('WRONG_STATE');
        expect(r.complaint).toBeNull();
      }
      const now = await s.gql(`{ complaint(id: "${id}") { state } }`, {}, { token: as1 });
      expect(now.data.complaint.state).toBe(state);
    };
    await refusedWhile('REGISTERED', []);
    await stepOk(s, as1, 'judgeComplaint', { id, valid: true, demandReasonable: false, responsibleDepartmentId: afterSales });
    expect((await step(s, as1, 'judgeComplaint', { id, valid: false, reply: 'x' })).errors[0].code).toBe('WRONG_STATE');
    await refusedWhile('JUDGED', ['investigateComplaint']);
    await stepOk(s, as1, 'investigateComplaint', { id, cause: 'BUYER', findings: '买家误操作' });
    await refusedWhile('INVESTIGATED', ['proposeComplaintSolution']);
    const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: id, solution: 'APOLOGY', description: '解释并致歉' });
    await refusedWhile('PROPOSED', ['proposeComplaintSolution', 'rejectComplaintProposals']);
    await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });
    expect((await step(s, lead, 'approveComplaintProposal', { proposalId: proposal.id })).errors[0].code).toBe('WRONG_STATE');
    await refusedWhile('APPROVED', ['recordComplaintImplementation']);
    await stepOk(s, as1, 'recordComplaintImplementation', { id, note: '已解释', notifiedChannel: 'SMS' });
    await refusedWhile('IMPLEMENTED', ['recordComplaintAcceptance']);
    await stepOk(s, as1, 'recordComplaintAcceptance', { id, confirmedBy: '顾客本人', method: 'SMS' });
    await refusedWhile('ACCEPTED', ['summarizeComplaint']);
    await stepOk(s, as1, 'summarizeComplaint', { id, classification: '买家-误操作', rootCause: '说明书不清', improvementAction: '详情页加冲泡说明' });
    await refusedWhile('CLOSED', []);
  });

  it('an invalid complaint is closed with the polite reply, and nothing follows', async () => {
    const { customer } = await customerWithOrder(s);
    const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { category: 'PRICE', content: '买完就降价了', demand: '退差价' }));
    expect((await step(s, as1, 'judgeComplaint', { id: complaint.id, valid: false })).errors[0]).toMatchObject({ field: 'reply', code: 'REQUIRED' });
    const closed = await stepOk(s, as1, 'judgeComplaint', { id: complaint.id, valid: false, demandReasonable: false, reply: '您好，活动价格以下单时为准，感谢您的理解与支持！' });
    expect(closed.complaint).toMatchObject({ state: 'CLOSED_INVALID', step: 8, valid: false, invalidReply: '您好，活动价格以下单时为准，感谢您的理解与支持！', followUpTask: null, resolvedWithin24h: true });
    expect(closed.complaint.resolvedAt).toBeTruthy();
    expect(closed.complaint.timeline.at(-1)).toMatchObject({ fromState: 'REGISTERED', toState: 'CLOSED_INVALID' });
    expect((await step(s, as1, 'investigateComplaint', { id: complaint.id, cause: 'BUYER', findings: 'x' })).errors[0].code).toBe('WRONG_STATE');
  });

  it('checks the registration form', async () => {
    const { customer, order, skus } = await customerWithOrder(s);
    const { customer: other } = await customerWithOrder(s);
    const bad = await step(s, as1, 'registerComplaint', { customerId: '999999', channel: 'PHONE', category: 'QUALITY', content: ' ', demand: '', orderId: '999999' });
    expect(bad.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['content:REQUIRED', 'customerId:NOT_FOUND', 'demand:REQUIRED', 'orderId:NOT_FOUND']);
    expect((await step(s, as1, 'registerComplaint', registerInput(other.id, { orderId: String(order.id) }))).errors[0].field).toBe('orderId');
    const { skus: foreign } = await customerWithOrder(s);
    expect((await step(s, as1, 'registerComplaint', registerInput(customer.id, { orderId: String(order.id), skuId: String(foreign[0].id) }))).errors[0].field).toBe('skuId');
    const requestId = await openComplaintRequest(s, other.id);
    expect((await step(s, as1, 'registerComplaint', registerInput(customer.id, { complaintRequestId: requestId }))).errors[0].field).toBe('complaintRequestId');
    const cs = await step(s, as1, 'registerComplaint', registerInput(customer.id, { handlerId: String(await userId(s, 'warehouse1@demo.shop')) }));
    expect(cs.errors[0]).toMatchObject({ field: 'handlerId', code: 'FORBIDDEN' });
    expect((await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { skuId: String(skus[0].id) }))).complaint.product.id).toBeTruthy();
    // A read-only role cannot register.
    const analyst = await s.login('warehouse1@demo.shop');
    expect(codes(await s.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { errors { code } } }`, { i: registerInput(customer.id) }, { token: analyst }))).toEqual(['FORBIDDEN']);
  });

  it('a service failure names the staff member and needs a disciplinary note; logistics names the courier', async () => {
    const { customer } = await customerWithOrder(s);
    const { complaint: plain } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id));
    await stepOk(s, as1, 'judgeComplaint', { id: plain.id, valid: true, demandReasonable: true, responsibleDepartmentId: afterSales });
    expect((await step(s, as1, 'investigateComplaint', { id: plain.id, cause: 'SERVICE', findings: '客服态度生硬' })).errors[0]).toMatchObject({ field: 'responsibleUserId', code: 'REQUIRED' });
    expect((await step(s, as1, 'investigateComplaint', { id: plain.id, cause: 'LOGISTICS', findings: '压坏' })).errors[0]).toMatchObject({ field: 'courierName', code: 'REQUIRED' });
    expect((await step(s, as1, 'investigateComplaint', { id: plain.id, cause: 'BUYER', findings: 'x', supplierId: await supplierId(s) })).errors[0].field).toBe('supplierId');
    const cs2 = String(await userId(s, 'cs2@demo.shop'));
    const { complaint } = await approved({ solution: 'APOLOGY' }, { cause: 'SERVICE', findings: '客服态度生硬', responsibleUserId: cs2 });
    expect((await step(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已道歉', notifiedChannel: 'PHONE' })).errors[0]).toMatchObject({ field: 'disciplinaryNote', code: 'REQUIRED' });
    expect((await step(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已道歉', notifiedChannel: 'PHONE', disciplinaryNote: 'x', returnRequestId: '1' })).errors[0].field).toBe('returnRequestId');
    const done = await stepOk(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已道歉', notifiedChannel: 'PHONE', disciplinaryNote: '扣当月绩效 5 分并再培训' });
    expect(done.complaint).toMatchObject({ state: 'IMPLEMENTED', responsibleUser: { email: 'cs2@demo.shop' }, disciplinaryNote: '扣当月绩效 5 分并再培训' });

    const { complaint: late } = await approved({ solution: 'RESEND' }, { cause: 'LOGISTICS', findings: '快递压坏', courierName: '中通' });
    expect(late).toBeTruthy();
    const again = await investigated({ cause: 'LOGISTICS', findings: '丢件', courierName: '圆通' });
    const r = await s.gql(`{ complaint(id: "${again.complaint.id}") { cause courierName supplier { id } } }`, {}, { token: as1 });
    expect(r.data.complaint).toEqual({ cause: 'LOGISTICS', courierName: '圆通', supplier: null });
  });

  it('a refund links an existing return request on the same order, and one return cannot serve two complaints', async () => {
    const { complaint, order, lines } = await investigated();
    expect((await step(s, as1, 'proposeComplaintSolution', { complaintId: complaint.id, solution: 'REFUND', description: '退款' })).errors[0]).toMatchObject({ field: 'amountFen', code: 'REQUIRED' });
    expect((await step(s, as1, 'proposeComplaintSolution', { complaintId: complaint.id, solution: 'REFUND', amountFen: 20_000, description: '退款' })).errors[0].code).toBe('OVERREFUND');
    const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: complaint.id, solution: 'REFUND', amountFen: 5_000, description: '仅退款 50 元' });
    await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });

    // The buyer had already asked for a refund on the platform: returns opened it.
    const em = s.orm.em.fork();
    const ctx = { em, config: s.config, log: createLogger('silent'), requestId: 'test', viewer: null, loaders: new Map() };
    const request = await em.transactional((tx) => openReturnRequest(ctx as never, tx, { orderId: order.id, type: ReturnType.REFUND_ONLY, reasonCode: ReturnReasonCode.QUALITY_DEFECT, lines: [{ orderLineId: lines[0].id, quantity: 1 }], refundAmount: 5_000 }));
    const { order: otherOrder, lines: otherLines } = await customerWithOrder(s);
    const elsewhere = await em.fork().transactional((tx) => openReturnRequest(ctx as never, tx, { orderId: otherOrder.id, type: ReturnType.REFUND_ONLY, reasonCode: ReturnReasonCode.OTHER, lines: [{ orderLineId: otherLines[0].id, quantity: 1 }] }));
    expect((await step(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: 'x', notifiedChannel: 'PHONE', returnRequestId: String(elsewhere.id) })).errors[0].field).toBe('returnRequestId');
    const linked = await stepOk(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已退款 50 元', notifiedChannel: 'EMAIL', returnRequestId: String(request.id) });
    expect(linked.complaint.returnRequest).toEqual({ id: String(request.id), code: request.code, type: 'REFUND_ONLY', complaintCode: complaint.code });

    const second = await approved({ solution: 'REFUND', amountFen: 1_000 });
    const clash = await step(s, as1, 'recordComplaintImplementation', { id: second.complaint.id, note: 'x', notifiedChannel: 'PHONE', returnRequestId: String(request.id) });
    expect(clash.errors.map((e) => e.code)).toContain('CONFLICT');
  });

  it('offers the forms their short lists, and suggests the supplier the SKU is bought from', async () => {
    const { customer, skus } = await customerWithOrder(s);
    const anxi = await supplierId(s, 'SUP-YIXING');
    const em = s.orm.em.fork();
    em.persist(em.create(SupplierSku, { supplier: Number(anxi), sku: skus[0].id, unitPrice: 2_000, preferred: true } as never));
    await em.flush();
    const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { skuId: String(skus[0].id) }));
    const r = await s.gql(`query($c: ID) { complaintChoices(complaintId: $c) { handlers { email } staff { email } suppliers { code } suggestedSupplier { code } } }`, { c: complaint.id }, { token: as1 });
    expect(r.errors).toBeUndefined();
    const c = r.data.complaintChoices;
    expect(c.handlers.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining(['aftersales1@demo.shop', 'aftersales.lead@demo.shop']));
    expect(c.handlers.map((u: { email: string }) => u.email)).not.toContain('warehouse1@demo.shop');
    expect(c.staff.map((u: { email: string }) => u.email)).toContain('warehouse1@demo.shop');
    expect(c.suppliers.map((p: { code: string }) => p.code)).toEqual(['SUP-ANXI', 'SUP-YIXING']);
    expect(c.suggestedSupplier).toEqual({ code: 'SUP-YIXING' });
    expect(codes(await s.gql(`{ complaintChoices { staff { id } } }`, {}, { token: await s.login('analyst@demo.shop') }))).toEqual(['FORBIDDEN']);
  });

  it('a customer who does not accept sends the complaint back to proposals', async () => {
    const { complaint } = await approved({ solution: 'COUPON', amountFen: 500, description: '5 元券' });
    await stepOk(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已发券', notifiedChannel: 'CHAT' });
    expect((await step(s, as1, 'recordComplaintAcceptance', { id: complaint.id, accepted: false, confirmedBy: '顾客', method: 'CHAT' })).errors[0]).toMatchObject({ field: 'feedback', code: 'REQUIRED' });
    const declined = await stepOk(s, as1, 'recordComplaintAcceptance', { id: complaint.id, accepted: false, confirmedBy: '顾客', method: 'CHAT', feedback: '5 元太少，要求退货' });
    expect(declined.complaint).toMatchObject({ state: 'INVESTIGATED', approvedProposal: null, acceptedAt: null });
    expect(declined.complaint.proposals.map((p: { status: string }) => p.status)).toEqual(['DECLINED']);
    expect(declined.complaint.timeline.at(-1)).toMatchObject({ fromState: 'IMPLEMENTED', toState: 'INVESTIGATED' });
    const { proposal } = await stepOk(s, as1, 'proposeComplaintSolution', { complaintId: complaint.id, solution: 'COMPENSATION', amountFen: 2000, description: '补偿 20 元' });
    await stepOk(s, lead, 'approveComplaintProposal', { proposalId: proposal.id });
    await stepOk(s, as1, 'recordComplaintImplementation', { id: complaint.id, note: '已补偿', notifiedChannel: 'CHAT' });
    expect((await stepOk(s, as1, 'recordComplaintAcceptance', { id: complaint.id, confirmedBy: '顾客', method: 'CHAT' })).complaint.state).toBe('ACCEPTED');
  });

  it('lists complaints with filters, search and sort, and the detail reads everything a screen needs', async () => {
    const { customer } = await customerWithOrder(s);
    const { complaint } = await stepOk(s, as1, 'registerComplaint', registerInput(customer.id, { category: 'WRONG_ITEM', content: '发错了颜色：要红茶发成绿茶' }));
    const q = `query($w: ComplaintFilter, $s: ComplaintSort) { complaints(first: 100, where: $w, sort: $s) { totalCount nodes { id code state category } } }`;
    const list = async (w: Record<string, unknown>, sort?: Record<string, unknown>) => {
      const r = await s.gql(q, { w, s: sort }, { token: lead });
      expect(r.errors).toBeUndefined();
      return r.data.complaints;
    };
    expect((await list({ search: '红茶发成' })).nodes.map((n: { id: string }) => n.id)).toEqual([complaint.id]);
    expect((await list({ search: customer.name })).nodes.map((n: { id: string }) => n.id)).toEqual([complaint.id]);
    expect((await list({ search: complaint.code })).totalCount).toBe(1);
    const registered = await list({ state: 'REGISTERED' });
    expect(registered.nodes.every((n: { state: string }) => n.state === 'REGISTERED')).toBe(true);
    expect((await list({ step: 2 })).totalCount).toBe(registered.totalCount);
    expect((await list({ category: 'WRONG_ITEM' })).nodes.every((n: { category: string }) => n.category === 'WRONG_ITEM')).toBe(true);
    expect((await list({ cause: 'SERVICE' })).totalCount).toBeGreaterThanOrEqual(1);
    const all = await list({});
    const byCode = await list({}, { field: 'CODE', direction: 'ASC' });
    expect(byCode.nodes.map((n: { code: string }) => n.code)).toEqual([...all.nodes.map((n: { code: string }) => n.code)].sort());
    const mine = await s.gql(`{ complaints(first: 100, where: { mine: true }) { totalCount } }`, {}, { token: as1 });
    expect(mine.data.complaints.totalCount).toBe(all.totalCount);
    const detail = await s.gql(`{ complaint(id: "${complaint.id}") { ${C_FIELDS} } }`, {}, { token: as1 });
    expect(detail.errors).toBeUndefined();
    const board = await s.gql(`{ complaintBoard { state step count overdueCount } }`, {}, { token: lead });
    expect(board.data.complaintBoard).toHaveLength(9);
    expect(board.data.complaintBoard.reduce((sum: number, col: { count: number }) => sum + col.count, 0)).toBe(all.totalCount);
  });
});
