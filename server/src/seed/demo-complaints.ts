import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { createLogger } from '../core/logger.js';
import { shopDay } from '../core/time.js';
import { insertRows, knexOf, type Row } from './demo-bulk.js';
import { random } from './demo-customers.js';
import { CallbackPurpose, CallbackRating, CallbackTaskStatus, CampaignStatus, ComplaintRequestStatus } from '../modules/callbacks/entities/enums.js';
import { DEFAULT_QUIET_HOURS } from '../modules/customers/services/quiet-hours.js';
import { ContactChannel } from '../modules/customers/entities/enums.js';
import { AcceptanceMethod, ComplaintCategory, ComplaintCause, ComplaintChannel, ComplaintSolution, ComplaintState, ProposalStatus } from '../modules/complaints/entities/enums.js';
import { COMPLAINT_DOC } from '../modules/complaints/services/complaint-state.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COUNT = 120;

/** One kind of complaint the demo shop sees, with its likely cause, solution and wording. */
const STORIES: { category: ComplaintCategory; cause: ComplaintCause; solution: ComplaintSolution; amount?: number; content: string; demand: string; findings: string; classification: string; root: string; action: string }[] = [
  { category: ComplaintCategory.QUALITY, cause: ComplaintCause.PRODUCT_QUALITY, solution: ComplaintSolution.COMPENSATION, amount: 2_000, content: '收到的铁观音受潮结块，味道发酸', demand: '退款或补发', findings: '该批次真空包装漏气', classification: '质量-受潮', root: '供应商真空包装封口不严', action: '要求供应商改用铝箔复合袋并抽检封口' },
  { category: ComplaintCategory.QUALITY, cause: ComplaintCause.PRODUCT_QUALITY, solution: ComplaintSolution.RESEND, content: '紫砂壶壶盖有裂纹', demand: '换一把新的', findings: '出厂质检漏检细裂纹', classification: '质量-破损', root: '供应商出厂质检不严', action: '到货逐件验壶，裂纹件退供应商' },
  { category: ComplaintCategory.DELIVERY, cause: ComplaintCause.LOGISTICS, solution: ComplaintSolution.COUPON, amount: 1_000, content: '快递一周才到，礼盒压扁了', demand: '给个说法', findings: '中转站滞留 4 天，外箱受压', classification: '物流-延误破损', root: '快递中转滞留', action: '向快递索赔，礼盒加护角' },
  { category: ComplaintCategory.WRONG_ITEM, cause: ComplaintCause.SERVICE, solution: ComplaintSolution.RESEND, content: '要的是明前龙井，发来的是雨前', demand: '补发正确的货', findings: '打包员看错规格', classification: '服务-错发', root: '打包前未核对规格', action: '打包前扫码核对 SKU' },
  { category: ComplaintCategory.SERVICE_ATTITUDE, cause: ComplaintCause.SERVICE, solution: ComplaintSolution.APOLOGY, content: '客服回复很不耐烦，还说“不知道”', demand: '道歉', findings: '聊天记录属实，违反服务规范', classification: '服务-态度', root: '高峰期客服情绪失控', action: '服务用语再培训，高峰期加人' },
  { category: ComplaintCategory.NOT_AS_DESCRIBED, cause: ComplaintCause.BUYER, solution: ComplaintSolution.APOLOGY, content: '说是一级茶，感觉不值这个价', demand: '退差价', findings: '等级与描述一致，买家冲泡水温过高', classification: '买家-冲泡不当', root: '详情页冲泡说明不醒目', action: '详情页首屏加冲泡说明' },
  { category: ComplaintCategory.AFTER_SALES, cause: ComplaintCause.SERVICE, solution: ComplaintSolution.COMPENSATION, amount: 1_500, content: '申请退货三天没人处理', demand: '尽快退款并补偿', findings: '售后单漏分配', classification: '服务-售后拖延', root: '售后单无人认领', action: '售后单自动分配并设 24 小时提醒' },
  { category: ComplaintCategory.PRICE, cause: ComplaintCause.OTHER, solution: ComplaintSolution.COUPON, amount: 500, content: '刚买完就降价了', demand: '退差价', findings: '活动价在下单次日生效', classification: '价格-活动', root: '活动预告不清', action: '活动前三天在详情页预告' },
];
const FEEDBACK = ['处理很及时，满意', '态度很好，下次还来', '还可以', '希望以后注意', '补偿收到了，谢谢'];
const DECISIONS = ['同意，尽快落实', '方案合理', '可以，注意安抚'];

/** Times of the steps of one complaint, hours after receipt; total under 24 h unless late. */
function stepHours(rnd: () => number, late: boolean): number[] {
  const gaps = [0.3 + rnd(), 1 + rnd() * 3, 0.5 + rnd(), 0.5 + rnd() * 2, 1 + rnd() * 4, 0.5 + rnd() * 4, 0.2 + rnd()];
  if (late) gaps[4] += 16 + rnd() * 20;
  const out: number[] = [];
  gaps.reduce((t, g) => (out.push(t + g), t + g), 0);
  return out;
}

/**
 * Demo complaints: 120 over six months in every state of the loop — most closed with the
 * customer's acceptance (a few after the 24 h deadline, a few invalid), the rest open, some of
 * them overdue — on demo customers and shipped orders, with proposals (some sent back first),
 * timelines and the follow-up callbacks of the closed ones in the standing campaign. Solutions
 * that need a return request (refund, return, exchange) are left approved and waiting, so the
 * returns desk shows that step live. Bulk inserts; skipped when the demo complaints exist.
 */
export async function seedDemoComplaints(em: EntityManager, config: Config): Promise<boolean> {
  const knex = knexOf(em);
  if (config.env === 'production' || (await knex('complaints').where('code', 'like', 'CP-%-9%').first('id'))) return false;
  const started = Date.now();
  const users = await knex('users').whereIn('email', ['aftersales1@demo.shop', 'aftersales.lead@demo.shop', 'cs1@demo.shop', 'cs2@demo.shop']).select('id', 'email');
  const user = (email: string) => users.find((u: { email: string }) => u.email === email) as { id: number; email: string } | undefined;
  const [as1, lead, cs1, cs2] = ['aftersales1@demo.shop', 'aftersales.lead@demo.shop', 'cs1@demo.shop', 'cs2@demo.shop'].map(user);
  const customers: { id: number; name: string; assignee_id: number | null }[] = await knex('customers').where('status', 'ACTIVE').orderBy('id').limit(400).select('id', 'name', 'assignee_id');
  if (!as1 || !lead || !cs1 || !cs2 || customers.length < 10) return false;
  const orders: { id: number; code: string; sku_id: number; product_id: number; title: string }[] = await knex('orders as o').join('order_lines as l', 'l.order_id', 'o.id').join('skus as s', 's.id', 'l.sku_id')
    .join('products as p', 'p.id', 's.product_id').whereIn('o.status', ['SHIPPED', 'DELIVERED', 'COMPLETED']).whereNull('o.customer_id').orderBy('o.id', 'desc').limit(600)
    .select('o.id', 'o.code', 'l.sku_id', 's.product_id', 'p.title');
  const departments: { id: number; code: string }[] = await knex('departments').select('id', 'code');
  const dept = (code: string) => departments.find((d) => d.code === code)?.id ?? null;
  const suppliers: { id: number; code: string }[] = await knex('partners').where('type', 'SUPPLIER').orderBy('id').select('id', 'code');
  const requests: { id: number; customer_id: number }[] = await knex('complaint_requests').where('status', ComplaintRequestStatus.OPEN).orderBy('id').limit(2).select('id', 'customer_id');

  const rnd = random(20261201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const now = new Date();
  const tz = config.shopTimezone;
  const complaints: Row[] = [];
  const proposals: { complaint: number; row: Row }[] = [];
  const events: { complaint: number; row: Row }[] = [];
  const followUps: { complaint: number; customer: { id: number; assignee_id: number | null }; closedAt: Date }[] = [];
  const perDay = new Map<string, number>();
  const responsibleDept: Record<ComplaintCause, string> = { PRODUCT_QUALITY: 'procurement-warehouse', LOGISTICS: 'procurement-warehouse', SERVICE: 'customer-service', BUYER: 'after-sales', OTHER: 'marketing' };

  for (let i = 0; i < COUNT; i++) {
    // The newest 20 are still open: one state per step, the oldest of them past their deadline.
    const open = i >= COUNT - 20;
    const receivedAt = open ? new Date(now.getTime() - (COUNT - 1 - i) * 2 * HOUR - rnd() * HOUR) : new Date(now.getTime() - (1.5 + (COUNT - 21 - i) * 1.8 + rnd()) * DAY);
    const story = pick(STORIES);
    const customer = requests[i - (COUNT - 3)] ? customers.find((c) => c.id === requests[i - (COUNT - 3)].customer_id) ?? pick(customers) : pick(customers);
    const request = requests[i - (COUNT - 3)];
    const order = orders.length && rnd() < 0.85 ? pick(orders) : null;
    const day = shopDay(receivedAt, tz);
    const serial = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, serial);
    const code = `CP-${day.replaceAll('-', '')}-${900 + serial}`;
    const invalid = !open && rnd() < 0.08;
    const late = !open && !invalid && rnd() < 0.15;
    const target: ComplaintState = invalid ? ComplaintState.CLOSED_INVALID : open
      ? [ComplaintState.REGISTERED, ComplaintState.JUDGED, ComplaintState.INVESTIGATED, ComplaintState.PROPOSED, ComplaintState.APPROVED, ComplaintState.IMPLEMENTED, ComplaintState.ACCEPTED][(COUNT - 1 - i) % 7]
      : ComplaintState.CLOSED;
    // An open complaint has only had the time since receipt: its steps are squeezed into it.
    const elapsed = (now.getTime() - receivedAt.getTime()) / HOUR;
    const hours = stepHours(rnd, late).map((h, k) => (open ? Math.min(h, (elapsed * (k + 1)) / 8) : h));
    const t = (k: number) => new Date(receivedAt.getTime() + hours[k] * HOUR);
    const reached = (s: ComplaintState) => Object.values(ComplaintState).indexOf(target) >= Object.values(ComplaintState).indexOf(s) && target !== ComplaintState.CLOSED_INVALID;
    // A return-type solution waits at APPROVED in the demo (it is implemented through the returns desk).
    const solution = target === ComplaintState.APPROVED && order && rnd() < 0.7 ? pick([ComplaintSolution.RETURN, ComplaintSolution.REFUND, ComplaintSolution.EXCHANGE]) : story.solution;
    const amount = solution === ComplaintSolution.REFUND ? 3_000 : story.amount;
    const supplier = story.cause === ComplaintCause.PRODUCT_QUALITY && suppliers.length ? (/壶|紫砂|杯/.test(order?.title ?? '') ? suppliers.find((s) => s.code === 'SUP-YIXING') ?? suppliers[0] : suppliers[0]) : null;
    const handler = rnd() < 0.8 ? as1 : lead;
    const row: Row = {
      code, state: target, customer_id: customer.id, channel: request ? ComplaintChannel.CUSTOMER_SERVICE : pick([ComplaintChannel.CHAT, ComplaintChannel.CHAT, ComplaintChannel.PHONE, ComplaintChannel.PLATFORM, ComplaintChannel.REVIEW]),
      received_at: receivedAt, due_at: new Date(receivedAt.getTime() + DAY), received_day: day, order_id: order?.id ?? null, product_id: order?.product_id ?? null, sku_id: order?.sku_id ?? null,
      category: story.category, content: order ? `${story.content}（订单 ${order.code}）` : story.content, demand: story.demand, complaint_request_id: request?.id ?? null,
      handler_id: handler.id, registered_by_id: handler.id, created_at: receivedAt, updated_at: receivedAt,
    };
    const ev = (from: ComplaintState | null, to: ComplaintState, at: Date, actor: { id: number; email: string }, note: string) =>
      events.push({ complaint: i, row: { document_type: COMPLAINT_DOC, from_state: from, to_state: to, actor_id: actor.id, actor_label: actor.email, note, at } });
    ev(null, ComplaintState.REGISTERED, receivedAt, handler, `${row.channel} complaint from ${customer.name}${order ? ` on ${order.code}` : ''}`);
    if (invalid) {
      Object.assign(row, { valid: false, demand_reasonable: false, invalid_reply: '您好，经核实商品与描述一致，给您带来困扰非常抱歉，有任何问题随时联系我们。', judged_at: t(0), resolved_at: t(0), resolution_minutes: Math.round(hours[0] * 60) });
      ev(ComplaintState.REGISTERED, ComplaintState.CLOSED_INVALID, t(0), handler, `Invalid. Reply: ${row.invalid_reply}`);
    }
    if (reached(ComplaintState.JUDGED)) {
      Object.assign(row, { valid: true, demand_reasonable: story.cause !== ComplaintCause.BUYER, responsible_department_id: dept(responsibleDept[story.cause]), judged_at: t(0) });
      ev(ComplaintState.REGISTERED, ComplaintState.JUDGED, t(0), handler, `Valid; responsible department ${responsibleDept[story.cause]}`);
    }
    if (reached(ComplaintState.INVESTIGATED)) {
      Object.assign(row, {
        cause: story.cause, findings: story.findings, investigated_at: t(1), supplier_id: supplier?.id ?? null, courier_name: story.cause === ComplaintCause.LOGISTICS ? pick(['中通', '圆通', '韵达']) : null,
        responsible_user_id: story.cause === ComplaintCause.SERVICE ? pick([cs1, cs2]).id : null,
      });
      ev(ComplaintState.JUDGED, ComplaintState.INVESTIGATED, t(1), handler, `Cause ${story.cause}: ${story.findings}`);
    }
    if (reached(ComplaintState.PROPOSED)) {
      // Some first proposals are sent back by the supervisor before the one that is approved.
      if (rnd() < 0.2) {
        proposals.push({ complaint: i, row: { solution: ComplaintSolution.APOLOGY, description: '电话致歉', status: ProposalStatus.REJECTED, proposed_by_id: as1.id, proposed_by_label: as1.email, decided_by_id: lead.id, decided_at: t(2), decision_note: '只道歉不够，请给实际补偿', created_at: t(2), updated_at: t(2) } });
        ev(ComplaintState.INVESTIGATED, ComplaintState.PROPOSED, t(2), as1, 'proposal: APOLOGY — 电话致歉');
        ev(ComplaintState.PROPOSED, ComplaintState.INVESTIGATED, t(2), lead, 'Sent back: 只道歉不够，请给实际补偿');
      }
      const approved = reached(ComplaintState.APPROVED);
      proposals.push({ complaint: i, row: {
        solution, amount_fen: amount ?? null, description: `${solution === ComplaintSolution.RETURN ? '退货退款' : solution === ComplaintSolution.EXCHANGE ? '换货' : solution === ComplaintSolution.REFUND ? '仅退款 30 元' : story.demand}`,
        status: approved ? ProposalStatus.APPROVED : ProposalStatus.PROPOSED, proposed_by_id: as1.id, proposed_by_label: as1.email,
        decided_by_id: approved ? lead.id : null, decided_at: approved ? t(3) : null, decision_note: approved ? pick(DECISIONS) : null, created_at: t(2), updated_at: t(2),
      } });
      ev(ComplaintState.INVESTIGATED, ComplaintState.PROPOSED, t(2), as1, `proposal: ${solution}${amount ? ` ${amount} fen` : ''}`);
      if (approved) ev(ComplaintState.PROPOSED, ComplaintState.APPROVED, t(3), lead, `approved ${solution}`);
    }
    if (reached(ComplaintState.IMPLEMENTED)) {
      Object.assign(row, {
        implementation_note: `已落实：${story.demand}`, notified_channel: pick([ContactChannel.PHONE, ContactChannel.CHAT, ContactChannel.SMS]), notified_at: t(4), implemented_at: t(4),
        disciplinary_note: story.cause === ComplaintCause.SERVICE ? '按服务规范扣绩效并再培训' : null,
      });
      ev(ComplaintState.APPROVED, ComplaintState.IMPLEMENTED, t(4), handler, `${solution} carried out; customer notified by ${row.notified_channel}`);
    }
    if (reached(ComplaintState.ACCEPTED)) {
      Object.assign(row, { acceptance_confirmed_by: customer.name, acceptance_method: pick([AcceptanceMethod.PHONE, AcceptanceMethod.CHAT, AcceptanceMethod.PLATFORM]), accepted_at: t(5), customer_feedback: pick(FEEDBACK) });
      ev(ComplaintState.IMPLEMENTED, ComplaintState.ACCEPTED, t(5), handler, `Accepted by ${customer.name}`);
    }
    if (target === ComplaintState.CLOSED) {
      Object.assign(row, { classification: story.classification, root_cause: story.root, improvement_action: story.action, resolved_at: t(6), resolution_minutes: Math.round(hours[6] * 60) });
      ev(ComplaintState.ACCEPTED, ComplaintState.CLOSED, t(6), handler, `Closed ${late ? 'after the 24 h deadline' : 'within 24 h'}`);
      followUps.push({ complaint: i, customer, closedAt: t(6) });
    }
    row.updated_at = [receivedAt, ...[row.judged_at, row.investigated_at, row.implemented_at, row.accepted_at, row.resolved_at].filter(Boolean) as Date[]].reduce((a, b) => (b > a ? b : a));
    complaints.push(row);
  }

  await knex.transaction(async (trx) => {
    const ids = await insertRows(trx, 'complaints', complaints);
    await insertRows(trx, 'complaint_proposals', proposals.map((p) => ({ ...p.row, complaint_id: ids[p.complaint] })));
    await insertRows(trx, 'document_events', events.map((e) => ({ ...e.row, document_id: ids[e.complaint] })));
    for (const [k, request] of requests.entries()) {
      const index = COUNT - 3 + k;
      await trx('complaint_requests').where('id', request.id).update({ status: ComplaintRequestStatus.LINKED, complaint_ref: complaints[index].code, updated_at: complaints[index].received_at });
    }
    // The closed complaints' follow-up callbacks, in the standing campaign: older ones done, the last days' still open.
    const running = await trx('callback_campaigns').where({ purpose: CallbackPurpose.COMPLAINT_FOLLOW_UP, status: CampaignStatus.RUNNING }).first('id');
    const first = followUps[0]?.closedAt ?? now;
    const campaignId = running?.id ?? (await insertRows(trx, 'callback_campaigns', [{
      code: 'CB-DEMO-CFU', name: '投诉回访 / Complaint follow-up', purpose: CallbackPurpose.COMPLAINT_FOLLOW_UP, criteria: JSON.stringify({}), trigger_at: first, due_days: 3,
      due_at: new Date(Math.max(...followUps.map((f) => f.closedAt.getTime() + 3 * DAY), now.getTime())), quiet_hours: JSON.stringify(DEFAULT_QUIET_HOURS), specialist_ids: JSON.stringify([]),
      script_opening: '您好，我是店铺客服，之前您反映的问题已经处理完毕，想耽误您一分钟了解一下处理结果您是否满意？',
      script_satisfied: '感谢您的认可！如果还有任何需要，随时联系我们，再见！', script_unsatisfied: '非常抱歉没有让您满意，能告诉我哪方面还不满意吗？我们马上跟进。',
      status: CampaignStatus.RUNNING, started_at: first, created_at: first, updated_at: first,
    }]))[0];
    await insertRows(trx, 'callback_tasks', followUps.map((f) => {
      const dueAt = new Date(f.closedAt.getTime() + 3 * DAY);
      const done = dueAt < now;
      const calledAt = new Date(f.closedAt.getTime() + (20 + rnd() * 30) * HOUR);
      const rating = rnd() < 0.8 ? CallbackRating.SATISFIED : CallbackRating.AVERAGE;
      return {
        campaign_id: campaignId, customer_id: f.customer.id, assignee_id: f.customer.assignee_id ?? (f.complaint % 2 ? cs1.id : cs2.id), source_ref: complaints[f.complaint].code, due_at: dueAt,
        member_at_start: false, status: done ? CallbackTaskStatus.DONE : CallbackTaskStatus.OPEN, attempts: done ? 1 : 0, channel: done ? ContactChannel.PHONE : null,
        called_at: done ? calledAt : null, reached: done ? true : null, rating: done ? rating : null, completed_at: done ? calledAt : null, follow_up_needed: false, late: false, created_at: f.closedAt, updated_at: done ? calledAt : f.closedAt,
      };
    }));
  });
  createLogger(config.logLevel).info({ complaints: complaints.length, followUps: followUps.length, ms: Date.now() - started }, 'demo complaints seeded');
  return true;
}
