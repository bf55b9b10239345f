import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Ctx } from '../core/context.js';
import { createLogger } from '../core/logger.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { Customer } from '../modules/customers/entities/customer.entity.js';
import { MemberLevel } from '../modules/customers/entities/member-level.entity.js';
import { SpecialistProfile } from '../modules/customers/entities/specialist-profile.entity.js';
import { AssignmentMethod, ContactChannel, ContactDirection, ContactKind, ContactOutcome, CustomerChannel } from '../modules/customers/entities/enums.js';
import { DEFAULT_QUIET_HOURS } from '../modules/customers/services/quiet-hours.js';
import { FIRST_CONTACT_DAYS } from '../modules/customers/services/assignment.service.js';
import { seedDemoDesk, type DemoCustomer } from './demo-customers-desk.js';
import { insertRows, knexOf, type Row } from './demo-bulk.js';

const DAY = 86_400_000;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '华', '玲', '丹', '萍', '鹏', '辉', '婷', '雪', '琳', '晨', '宇', '欣', '怡', '浩', '然', '梓涵', '子轩', '雨', '思', '嘉', '佳', '俊', '宁', '一诺', '若曦', '慧', '晓东', '建国'];
const CITIES = ['浙江省杭州市西湖区', '浙江省宁波市鄞州区', '江苏省苏州市姑苏区', '上海市浦东新区', '北京市朝阳区', '广东省广州市天河区', '广东省深圳市南山区', '福建省厦门市思明区', '四川省成都市武侯区', '湖北省武汉市洪山区', '山东省青岛市市南区', '湖南省长沙市岳麓区'];
const TAGS = ['老客', '茶叶爱好者', '送礼', '企业采购', '价格敏感', '喜欢绿茶', '喜欢乌龙', '喜欢红茶', '茶具', '节日购买', '高频复购', '差评风险'];
const CHANNELS: [CustomerChannel, number][] = [[CustomerChannel.TAOBAO, 45], [CustomerChannel.TMALL, 25], [CustomerChannel.WECHAT, 12], [CustomerChannel.JD, 8], [CustomerChannel.DOUYIN, 5], [CustomerChannel.PHONE, 3], [CustomerChannel.STORE, 2]];
export const DEMO_LEVELS = [
  { code: 'NORMAL', name: '普通会员', thresholdFen: 0, grantsVip: false, description: '首单完成即入会，积分 1 倍' },
  { code: 'SILVER', name: '银卡会员', thresholdFen: 100_000, grantsVip: false, description: '累计消费满 ¥1,000，积分 1.2 倍' },
  { code: 'GOLD', name: '金卡VIP', thresholdFen: 300_000, grantsVip: true, description: '累计消费满 ¥3,000，享 VIP 价与生日礼' },
  { code: 'DIAMOND', name: '钻石VIP', thresholdFen: 800_000, grantsVip: true, description: '累计消费满 ¥8,000，专属客服与新品试饮' },
];
export const DEMO_CUSTOMER_COUNT = 2000;

/** A small deterministic generator, so every fresh demo shop looks the same. */
export function random(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * The customer-service desk of the demo shop: ~2,000 customers with member levels and VIPs,
 * assigned across cs1, cs2 and cs.lead by ability (some first contacts overdue), one finished
 * callback campaign with its archived report, one running campaign, chats with response times,
 * the FAQ library, unclosed purchases and a lead list. Needs the demo staff; runs once.
 */
export async function seedDemoCustomers(em: EntityManager, config: Config): Promise<boolean> {
  if (config.env === 'production' || (await em.count(Customer, {}))) return false;
  const staff = await em.find(User, { email: { $in: ['cs1@demo.shop', 'cs2@demo.shop', 'cs.lead@demo.shop'] } });
  if (staff.length < 3) return false;
  const started = Date.now();
  const rnd = random(20261124);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const now = new Date();
  const ctx: Ctx = { em, config, log: createLogger('silent'), requestId: 'seed', viewer: null, loaders: new Map() };
  const [cs1, cs2, lead] = ['cs1@demo.shop', 'cs2@demo.shop', 'cs.lead@demo.shop'].map((e) => staff.find((u) => u.email === e)!);

  const levels = DEMO_LEVELS.map((l) => em.create(MemberLevel, l));
  const abilities: [User, number][] = [[cs1, 120], [cs2, 100], [lead, 60]];
  for (const [user, abilityPercent] of abilities) em.persist(em.create(SpecialistProfile, { user, abilityPercent, inPool: true, note: user === lead ? '主管，少量客户' : undefined }));
  em.persist(levels);
  await em.flush();

  // Customers: about a third have not bought yet; buyers are members at the level their spend reached.
  const weights = CHANNELS.reduce((n, [, w]) => n + w, 0);
  const customers: DemoCustomer[] = [];
  for (let i = 0; i < DEMO_CUSTOMER_COUNT; i++) {
    let roll = rnd() * weights;
    const channel = CHANNELS.find(([, w]) => (roll -= w) < 0)?.[0] ?? CustomerChannel.OTHER;
    const orderCount = rnd() < 0.32 ? 0 : 1 + Math.floor(rnd() * rnd() * 14);
    const ltv = orderCount ? Math.round((orderCount * (8_000 + rnd() * 60_000) * (rnd() < 0.08 ? 4 : 1)) / 100) * 100 : 0;
    const lastOrderAt = orderCount ? new Date(now.getTime() - Math.floor(rnd() * rnd() * 500) * DAY - Math.floor(rnd() * DAY)) : null;
    const level = orderCount ? [...levels].reverse().find((l) => l.thresholdFen <= ltv) ?? null : null;
    const createdAt = new Date((lastOrderAt ?? now).getTime() - Math.floor(rnd() * 200) * DAY);
    customers.push({
      id: 0, name: pick([...SURNAMES]) + pick(GIVEN), channel, created_at: createdAt, updated_at: createdAt, status: 'ACTIVE',
      platform_account: channel === CustomerChannel.PHONE || channel === CustomerChannel.STORE ? null : `${channel === CustomerChannel.WECHAT ? 'wx' : 'tb'}_${Math.floor(rnd() * 36 ** 6).toString(36)}${i}`,
      phone: rnd() < 0.9 ? `1${pick(['38', '39', '50', '58', '86', '88', '35', '77'])}${String(10_000_000 + i * 4_271 + Math.floor(rnd() * 4_000)).slice(-8)}` : null,
      email: rnd() < 0.35 ? `demo${i}@${pick(['qq.com', '163.com', 'gmail.com', 'sina.com'])}` : null,
      address: rnd() < 0.8 ? `${pick(CITIES)}${pick(['文三路', '人民路', '解放路', '中山路', '建设路'])} ${1 + Math.floor(rnd() * 300)} 号` : null,
      order_count: orderCount, lifetime_value_fen: ltv, last_order_at: lastOrderAt, first_order_at: lastOrderAt ? new Date(Math.min(createdAt.getTime() + DAY, lastOrderAt.getTime())) : null,
      member_level_id: level?.id ?? null, member_since: level ? createdAt : null, vip: !!level?.grantsVip, vip_since: level?.grantsVip ? lastOrderAt : null,
      notes: rnd() < 0.05 ? pick(['喜欢小包装', '只在节假日购买', '公司团购联系人', '对物流速度敏感']) : null,
      assignee_id: null, assigned_at: null, first_contact_due_at: null, first_contact_at: null, last_contact_at: null,
    });
  }

  // Assignments in proportion to ability, over the last 30 days; a few first contacts are overdue.
  const assignments: Row[] = [];
  const contacts: Row[] = [];
  const total = abilities.reduce((n, [, a]) => n + a, 0);
  customers.forEach((c, i) => {
    if (i % 20 === 19) return; // 5 % still unassigned: the supervisor's inbox
    const slot = (i * 7) % total;
    const [owner] = abilities.find((_, k) => slot < abilities.slice(0, k + 1).reduce((n, [, x]) => n + x, 0))!;
    const assignedAt = new Date(now.getTime() - Math.floor(rnd() * 30 * DAY));
    const dueAt = new Date(assignedAt.getTime() + FIRST_CONTACT_DAYS * DAY);
    const overdue = dueAt < now && rnd() < 0.04;
    const contactedAt = overdue || (dueAt > now && rnd() < 0.4) ? null : new Date(Math.min(now.getTime() - 60_000, assignedAt.getTime() + Math.floor(rnd() * 6 * DAY) + 3 * 3_600_000));
    Object.assign(c, { assignee_id: owner.id, assigned_at: assignedAt, first_contact_due_at: dueAt, first_contact_at: contactedAt, last_contact_at: contactedAt });
    assignments.push({ customer: c, specialist_id: owner.id, assigned_by_id: lead.id, assigned_by_label: lead.email, method: AssignmentMethod.AUTO, assigned_at: assignedAt, due_at: dueAt, first_contact_at: contactedAt, created_at: assignedAt, updated_at: assignedAt });
    if (contactedAt) {
      contacts.push({
        customer: c, staff_id: owner.id, staff_label: owner.email, kind: ContactKind.CONTACT, channel: pick([ContactChannel.PHONE, ContactChannel.CHAT, ContactChannel.CHAT, ContactChannel.SMS]),
        direction: ContactDirection.OUTBOUND, outcome: ContactOutcome.REACHED, summary: pick(['首次联系，介绍会员权益', '确认收货地址与口味偏好', '加微信，发送新品目录', '问候并了解饮茶习惯']), at: contactedAt, created_at: contactedAt,
      });
    }
  });

  const knex = knexOf(em);
  await knex.transaction(async (trx) => {
    const ids = await insertRows(trx, 'customers', customers.map(({ id: _, ...row }) => row));
    customers.forEach((c, i) => (c.id = ids[i]));
    const tags: Row[] = [];
    for (const c of customers) {
      const set = new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TAGS)));
      if (c.vip) set.add('高频复购');
      for (const tag of set) tags.push({ customer_id: c.id, tag });
    }
    await insertRows(trx, 'customer_tags', tags);
    const withCustomer = (rows: Row[]) => rows.map(({ customer, ...row }) => ({ ...row, customer_id: (customer as DemoCustomer).id }));
    await insertRows(trx, 'customer_assignments', withCustomer(assignments));
    await insertRows(trx, 'customer_contacts', withCustomer(contacts));
  });
  const desk = await seedDemoDesk(ctx, em, { customers, staff: { cs1, cs2, lead }, rnd, now, quietHours: DEFAULT_QUIET_HOURS });
  createLogger(config.logLevel).info({ customers: customers.length, ...desk, ms: Date.now() - started }, 'demo customer desk seeded');
  return true;
}
