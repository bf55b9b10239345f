import type { EntityManager } from '@mikro-orm/core';
import { insertRows, knexOf, type Row } from './demo-bulk.js';
import type { Ctx } from '../core/context.js';
import { recordTransition } from '../core/history/history.service.js';
import type { User } from '../modules/identity/entities/user.entity.js';
import { ContactChannel, ContactDirection, ContactKind, ContactOutcome, CustomerChannel } from '../modules/customers/entities/enums.js';
import type { QuietWindow } from '../modules/customers/services/quiet-hours.js';
import { CallbackCampaign } from '../modules/callbacks/entities/callback-campaign.entity.js';
import { CallbackReport } from '../modules/callbacks/entities/callback-report.entity.js';
import { CallbackPurpose, CallbackRating, CallbackTaskStatus, CampaignStatus, ComplaintRequestStatus } from '../modules/callbacks/entities/enums.js';
import { computeReport } from '../modules/callbacks/services/report.service.js';
import { responseFigures } from '../modules/conversations/services/response-times.js';
import { ConversationSource, IntentLevel, MessageSender, QuickReplyKind, UnclosedReason, UnclosedStatus } from '../modules/conversations/entities/enums.js';
import { LeadOutcome, RefusalReason } from '../modules/telemarketing/entities/enums.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SCRIPT = {
  scriptOpening: '您好，我是茶韵小店的客服{客服名}，感谢您一直以来的支持，耽误您一分钟做个回访可以吗？',
  scriptSatisfied: '太好了！会员日本周六开始，金卡以上会员另享九折，我把活动链接发您微信。',
  scriptUnsatisfied: '非常抱歉给您带来不好的体验，我先记录下来，售后同事会在 24 小时内联系您处理。',
};
const SUGGESTIONS = ['希望出小包装试饮装', '快递能否改顺丰', '礼盒包装可以更精致', '希望有会员积分兑换', '新品上架请提前通知', '希望增加冷泡茶'];
const COMPLAINTS = ['收到的茶叶包装破损受潮', '发错了口味，联系客服没人回', '物流太慢，一周才到'];
const FAQ: [QuickReplyKind, string, string, string, string?][] = [
  [QuickReplyKind.QUICK_REPLY, '问候', '欢迎语', '亲，欢迎光临茶韵小店～有什么可以帮您的吗？'],
  [QuickReplyKind.QUICK_REPLY, '问候', '稍等', '好的亲，请稍等，马上为您查询～'],
  [QuickReplyKind.QUICK_REPLY, '售后', '致歉', '非常抱歉给您带来不便，我们马上为您处理。'],
  [QuickReplyKind.FAQ, '物流', '几天能到？', '江浙沪次日达，其他地区 2–3 天，偏远地区 4–5 天。', '快递 发货 到货 时效'],
  [QuickReplyKind.FAQ, '物流', '发什么快递？', '默认中通，满 199 元或备注可改顺丰。', '顺丰 中通 快递'],
  [QuickReplyKind.FAQ, '产品', '茶叶怎么保存？', '密封、避光、防潮，绿茶建议冷藏保存。', '保存 冷藏 受潮'],
  [QuickReplyKind.FAQ, '产品', '保质期多久？', '绿茶 18 个月，乌龙与红茶 24 个月，普洱可长期存放。', '保质期 过期'],
  [QuickReplyKind.FAQ, '会员', '怎么成为 VIP？', '累计消费满 3,000 元自动升级金卡 VIP，享 VIP 价。', '会员 VIP 升级 金卡'],
  [QuickReplyKind.FAQ, '售后', '可以退换吗？', '未拆封 7 天无理由退换，质量问题我们承担运费。', '退货 换货 七天'],
  [QuickReplyKind.FAQ, '优惠', '有优惠券吗？', '店铺首页可领满 199 减 20 的优惠券，会员日另有折扣。', '优惠券 折扣 活动'],
];

/** A demo customer as a row of the customers table, with its id once inserted. */
export interface DemoCustomer extends Row {
  id: number; name: string; channel: CustomerChannel; platform_account: string | null; vip: boolean; member_level_id: number | null; assignee_id: number | null;
}

interface DeskInput { customers: DemoCustomer[]; staff: { cs1: User; cs2: User; lead: User }; rnd: () => number; now: Date; quietHours: QuietWindow[] }

/** A shop-local (UTC+8) time on a day relative to now, inside calling hours. */
function callingTime(now: Date, daysAgo: number, rnd: () => number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY);
  const hour = [9, 10, 11, 14, 15, 16, 17, 19, 20][Math.floor(rnd() * 9)];
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8, Math.floor(rnd() * 60)));
}

/** Campaigns, chats, the FAQ library, unclosed purchases and a lead list on top of the seeded customers. */
export async function seedDemoDesk(ctx: Ctx, em: EntityManager, d: DeskInput) {
  const { customers, staff, rnd, now } = d;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const users = [staff.cs1, staff.cs2, staff.lead];
  const ownerOf = (c: DemoCustomer) => users.find((u) => u.id === c.assignee_id) ?? staff.cs1;
  const members = customers.filter((c) => c.member_level_id);
  const knex = knexOf(em);

  // A finished festival campaign (closed with its report) and a running one for VIPs.
  const plans = [
    { code: 'CB-DEMO-001', name: '中秋节会员回访', purpose: CallbackPurpose.FESTIVAL, daysAgo: 60, who: members.filter((_, i) => i % 4 === 0), closed: true },
    { code: 'CB-DEMO-002', name: '双十二 VIP 回访', purpose: CallbackPurpose.PROMOTION, daysAgo: 2, who: members.filter((c) => c.vip), closed: false },
  ];
  let taskCount = 0;
  for (const plan of plans) {
    const triggerAt = new Date(now.getTime() - plan.daysAgo * DAY);
    const campaign = em.create(CallbackCampaign, {
      code: plan.code, name: plan.name, purpose: plan.purpose, criteria: plan.closed ? { membersOnly: true } : { membersOnly: true, vipOnly: true }, ...SCRIPT,
      triggerAt, dueDays: 3, dueAt: new Date(triggerAt.getTime() + 3 * DAY), quietHours: d.quietHours, specialistIds: [], createdBy: staff.lead,
      status: plan.closed ? CampaignStatus.CLOSED : CampaignStatus.RUNNING, startedAt: triggerAt, closedAt: plan.closed ? new Date(triggerAt.getTime() + 4 * DAY) : undefined,
    });
    await em.persistAndFlush(campaign);
    const tasks: Row[] = [];
    const contacts: Row[] = [];
    const complaints: { index: number; row: Row }[] = [];
    for (const customer of plan.who) {
      const assignee = ownerOf(customer);
      const task: Row = { campaign_id: campaign.id, customer_id: customer.id, assignee_id: assignee.id, due_at: campaign.dueAt, member_at_start: true, status: CallbackTaskStatus.OPEN, attempts: 0, follow_up_needed: false, late: false, created_at: triggerAt, updated_at: triggerAt };
      tasks.push(task);
      if (!(plan.closed ? rnd() < 0.93 : rnd() < 0.45)) { if (plan.closed) task.status = CallbackTaskStatus.EXPIRED; continue; }
      // Calls fall in calling hours on the days after the trigger (yesterday for the running campaign), never in the future.
      const calledAt = callingTime(now, plan.closed ? plan.daysAgo - Math.floor(rnd() * 3.4) : 1, rnd);
      const reached = rnd() < 0.88;
      const roll = rnd();
      const rating = roll < 0.72 ? CallbackRating.SATISFIED : roll < 0.93 ? CallbackRating.AVERAGE : CallbackRating.UNSATISFIED;
      const done = reached || rnd() < 0.5;
      Object.assign(task, { status: done ? CallbackTaskStatus.DONE : plan.closed ? CallbackTaskStatus.EXPIRED : CallbackTaskStatus.OPEN, attempts: 1 + Math.floor(rnd() * 2), channel: ContactChannel.PHONE, called_at: calledAt, reached, completed_at: done ? calledAt : null, late: done && calledAt > campaign.dueAt });
      if (reached) {
        const followUp = rating !== CallbackRating.SATISFIED && rnd() < 0.5;
        Object.assign(task, { rating, opinions: rating === CallbackRating.UNSATISFIED ? pick(COMPLAINTS) : null, suggestions: rnd() < 0.25 ? pick(SUGGESTIONS) : null, follow_up_needed: followUp, follow_up_note: followUp ? '寄送新茶试饮装并再次回访' : null });
        if (followUp && plan.closed && rnd() < 0.6) Object.assign(task, { follow_up_resolved_at: new Date(calledAt.getTime() + 2 * DAY), follow_up_resolution: '已寄出并确认收到' });
        if (rating === CallbackRating.UNSATISFIED) {
          complaints.push({ index: tasks.length - 1, row: { customer_id: customer.id, summary: task.opinions, raised_by_id: assignee.id, raised_by_label: assignee.email, status: plan.closed ? ComplaintRequestStatus.LINKED : ComplaintRequestStatus.OPEN, complaint_ref: plan.closed ? `TS-DEMO-${customer.id}` : null, created_at: calledAt, updated_at: calledAt } });
        }
      }
      contacts.push({
        customer_id: customer.id, staff_id: assignee.id, staff_label: assignee.email, kind: ContactKind.CALLBACK, channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND,
        outcome: reached ? ContactOutcome.REACHED : ContactOutcome.NOT_REACHED, summary: `回访 ${plan.code} ${plan.name}${reached ? ` · ${rating}` : ''}`, at: calledAt, created_at: calledAt, reference_type: 'CallbackTask',
      });
    }
    await knex.transaction(async (trx) => {
      const ids = await insertRows(trx, 'callback_tasks', tasks);
      await insertRows(trx, 'complaint_requests', complaints.map((c) => ({ ...c.row, callback_task_id: ids[c.index] })));
      await insertRows(trx, 'customer_contacts', contacts);
    });
    taskCount += tasks.length;
    recordTransition(ctx, em, { type: 'CallbackCampaign', id: campaign.id }, null, CampaignStatus.DRAFT, '演示数据');
    recordTransition(ctx, em, { type: 'CallbackCampaign', id: campaign.id }, CampaignStatus.DRAFT, CampaignStatus.RUNNING, `${tasks.length} task(s)`);
    if (plan.closed) {
      recordTransition(ctx, em, { type: 'CallbackCampaign', id: campaign.id }, CampaignStatus.RUNNING, CampaignStatus.CLOSED, '中秋回访结束');
      em.persist(em.create(CallbackReport, { campaign, data: { ...(await computeReport(em, campaign.id)), generatedAt: campaign.closedAt!.toISOString() }, generatedBy: staff.lead }));
    }
    await em.flush();
  }

  // Chats over the last two weeks, with realistic waits: mostly within 20 s, some slow.
  const buyers = customers.filter((c) => c.platform_account);
  const conversations: Row[] = [];
  const chats: Row[][] = [];
  for (let i = 0; i < 300; i++) {
    const customer = buyers[Math.floor(rnd() * buyers.length)];
    const handler = ownerOf(customer);
    let t = callingTime(now, 1 + Math.floor(rnd() * 14), rnd).getTime();
    const lines: { at: Date; sender: MessageSender; text: string; staffId: number | null }[] = [];
    for (let turn = 0; turn < 2 + Math.floor(rnd() * 3); turn++) {
      lines.push({ at: new Date(t), sender: MessageSender.BUYER, text: pick(['在吗？', '这款有货吗', '什么时候发货', '能便宜点吗', '有优惠券吗', '明前龙井和雨前的区别是？']), staffId: null });
      t += (rnd() < 0.8 ? 3 + Math.floor(rnd() * 17) : 21 + Math.floor(rnd() * 90)) * 1000;
      lines.push({ at: new Date(t), sender: MessageSender.STAFF, text: pick(['亲，在的～', '有货的，今天下单今天发', '可以领店铺券满 199 减 20', '明前茶更嫩，香气更清']), staffId: handler.id });
      t += (20 + Math.floor(rnd() * 120)) * 1000;
    }
    const f = responseFigures(lines);
    conversations.push({
      customer_id: customer.id, staff_id: handler.id, channel: customer.channel === CustomerChannel.WECHAT ? CustomerChannel.WECHAT : CustomerChannel.TAOBAO, source: ConversationSource.IMPORT,
      external_ref: `DEMO-WW-${i + 1}`, started_at: lines[0].at, ended_at: lines.at(-1)!.at, message_count: lines.length, response_count: f.responseCount,
      first_response_seconds: f.firstResponseSeconds, total_response_seconds: f.totalResponseSeconds, unanswered_count: f.unansweredCount, created_at: lines[0].at, updated_at: lines[0].at,
    });
    chats.push(lines.map((l, k) => ({ at: l.at, sender: l.sender, text: l.text, staff_id: l.staffId, response_seconds: f.responseSeconds[k] })));
  }

  const lists = await knex.transaction(async (trx) => {
    const ids = await insertRows(trx, 'conversations', conversations);
    await insertRows(trx, 'conversation_messages', chats.flatMap((lines, i) => lines.map((m) => ({ ...m, conversation_id: ids[i] }))));
    await insertRows(trx, 'quick_replies', FAQ.map(([kind, category, title, content, keywords], i) => ({ kind, category, title, content, keywords: keywords ?? null, usage_count: Math.floor(200 / (i + 1)), active: true, created_by_id: staff.lead.id, created_at: now, updated_at: now })));
    await insertRows(trx, 'unclosed_purchases', Array.from({ length: 40 }, (_, i) => {
      const customer = buyers[(i * 37) % buyers.length];
      const open = i % 3 !== 0;
      const askedAt = new Date(now.getTime() - (1 + (i % 10)) * DAY);
      return {
        customer_id: customer.id, staff_id: ownerOf(customer).id, asked_at: askedAt, product_interest: pick(['2026 明前龙井 250g', '安溪铁观音礼盒', '宜兴紫砂壶 西施', '正山小种 罐装']),
        reason: pick(Object.values(UnclosedReason)), intent: i % 4 === 0 ? IntentLevel.HIGH : pick([IntentLevel.MEDIUM, IntentLevel.LOW]),
        status: open ? UnclosedStatus.OPEN : pick([UnclosedStatus.CONVERTED, UnclosedStatus.LOST]), next_follow_up_at: open ? new Date(now.getTime() + ((i % 5) - 2) * DAY) : null,
        follow_up_count: open ? i % 2 : 1, follow_up_note: open ? null : '已跟进', created_at: askedAt, updated_at: askedAt,
      };
    }));
    const [listId] = await insertRows(trx, 'lead_lists', [{ name: '2026 春茶预售潜客名单', campaign: '春茶预售电话营销', target_conversions: 8, status: 'OPEN', created_by_id: staff.lead.id, created_at: now, updated_at: now }]);
    await insertRows(trx, 'leads', Array.from({ length: 60 }, (_, i) => {
      const called = i < 42;
      const outcome = !called ? LeadOutcome.PENDING : pick([LeadOutcome.NO_ANSWER, LeadOutcome.INTERESTED, LeadOutcome.REFUSED, LeadOutcome.REFUSED, LeadOutcome.CONVERTED, LeadOutcome.INVALID]);
      return {
        list_id: listId, name: `潜客${i + 1}`, phone: `1370000${String(1000 + i).slice(-4)}`, assignee_id: [staff.cs1, staff.cs2][i % 2].id, outcome, attempts: called ? 1 + (i % 3) : 0,
        last_called_at: called ? callingTime(now, 1 + (i % 6), rnd) : null, created_at: now, updated_at: now,
        refusal_reason: outcome === LeadOutcome.REFUSED ? pick([RefusalReason.NOT_INTERESTED, RefusalReason.TOO_EXPENSIVE, RefusalReason.ALREADY_BOUGHT, RefusalReason.NO_NEED_NOW]) : null,
      };
    }));
    return 1;
  });
  return { members: members.length, campaigns: plans.length, tasks: taskCount, conversations: conversations.length, leadLists: lists };
}
