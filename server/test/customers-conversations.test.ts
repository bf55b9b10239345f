import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok, userId } from './customers-helpers.js';
import { setClock } from '../src/modules/customers/services/clock.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { Conversation } from '../src/modules/conversations/entities/conversation.entity.js';

let s: TestServer;
let lead: string;
let cs1: string;
let cs2: string;
let analyst: string;
const NOW = new Date('2026-11-24T08:00:00Z');
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 6, 0, 0) + seconds * 1000).toISOString(); // 14:00 in Shanghai

beforeAll(async () => {
  s = await startTestServer();
  [lead, cs1, cs2, analyst] = await Promise.all(['cs.lead', 'cs1', 'cs2', 'analyst'].map((p) => s.login(`${p}@demo.shop`)));
});
afterEach(() => setClock(null));
afterAll(async () => { await s?.close(); });

const CONV = 'conversation { id staff { email } messageCount responseCount firstResponseSeconds avgResponseSeconds firstResponseWithinTarget unansweredCount messages { sender responseSeconds staff { email } } }';

describe('conversations and response times', () => {
  it('computes first and average response times of a chat entered by hand', async () => {
    setClock(NOW);
    const [buyer] = await makeCustomers(s, 1);
    const r = await mutate(s, cs1, 'logConversation', 'LogConversationInput', {
      customerId: String(buyer.id), channel: 'TAOBAO', messages: [
        { at: at(0), sender: 'BUYER', text: '在吗？这款铁观音还有货吗' },
        { at: at(4), sender: 'BUYER', text: '想买两盒' },
        { at: at(15), sender: 'STAFF', text: '亲，在的，有货' },
        { at: at(60), sender: 'BUYER', text: '什么时候发货' },
        { at: at(95), sender: 'STAFF', text: '今天下午四点前下单当天发货' },
      ],
    }, CONV);
    expect(r.conversation).toMatchObject({
      staff: { email: 'cs1@demo.shop' }, messageCount: 5, responseCount: 2, firstResponseSeconds: 15, avgResponseSeconds: 25, firstResponseWithinTarget: true, unansweredCount: 0,
    });
    expect(r.conversation.messages.map((m: any) => m.responseSeconds)).toEqual([null, null, 15, null, 35]);
    const bad = await mutate(s, cs1, 'logConversation', 'LogConversationInput', { customerId: String(buyer.id), channel: 'TAOBAO', messages: [{ at: '2026-12-01T00:00:00Z', sender: 'BUYER', text: '' }] }, 'conversation { id }', true);
    expect(bad.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['messages.0.at:INVALID', 'messages.0.text:REQUIRED']);
    expect(codes(await s.gql(`mutation { logConversation(input: { customerId: "1", channel: TAOBAO, messages: [] }) { errors { code } } }`, {}, { token: analyst }))).toEqual(['FORBIDDEN']);
  });

  it('imports the chat platform’s CSV in shop time, adds new buyers, skips what it has seen, and reports per specialist against 20 s', async () => {
    setClock(NOW);
    const [known] = await makeCustomers(s, 1, { platformAccount: 'tb_known_buyer' } as never);
    const csv = [
      '会话ID,买家账号,买家昵称,客服,时间,发送方,内容',
      'WW-1,tb_known_buyer,老顾客,,2026-11-22 10:00:00,买家,请问顺丰能到吗',
      'WW-1,tb_known_buyer,老顾客,cs2@demo.shop,2026-11-22 10:00:08,客服,可以的亲，SF 次日达',
      'WW-1,tb_known_buyer,老顾客,,2026-11-22 10:01:00,买家,好的',
      'WW-1,tb_known_buyer,老顾客,cs2@demo.shop,2026-11-22 10:01:30,客服,感谢支持',
      'WW-2,tb_new_buyer,新买家,,2026-11-22 11:00:00,buyer,有优惠券吗',
      'WW-2,tb_new_buyer,新买家,cs1@demo.shop,2026-11-22 11:00:40,staff,有的，领券立减10元',
    ].join('\n');
    const dry = await mutate(s, cs1, 'importConversations', 'ImportConversationsInput', { csv, dryRun: true }, 'conversations messages skipped newCustomers dryRun');
    expect(dry).toMatchObject({ conversations: 2, messages: 6, skipped: 0, newCustomers: 1, dryRun: true });
    const done = await mutate(s, cs1, 'importConversations', 'ImportConversationsInput', { csv }, 'conversations messages skipped newCustomers');
    expect(done).toMatchObject({ conversations: 2, messages: 6, skipped: 0, newCustomers: 1 });
    const ww1 = await s.orm.em.fork().findOneOrFail(Conversation, { externalRef: 'WW-1' }, { populate: ['staff'] });
    expect(ww1).toMatchObject({ startedAt: new Date('2026-11-22T02:00:00Z'), firstResponseSeconds: 8, responseCount: 2, totalResponseSeconds: 38 });
    expect(ww1.customer.id).toBe(known.id);
    expect(ww1.staff!.getEntity().email).toBe('cs2@demo.shop');
    expect(await s.orm.em.fork().count(Customer, { platformAccount: 'tb_new_buyer', name: '新买家' })).toBe(1);
    expect(await mutate(s, cs1, 'importConversations', 'ImportConversationsInput', { csv }, 'conversations skipped')).toMatchObject({ conversations: 0, skipped: 2 });

    const broken = await mutate(s, cs1, 'importConversations', 'ImportConversationsInput', { csv: '会话ID,买家账号,客服,时间,发送方,内容\nX,tb_x,nobody@demo.shop,2026-11-22 10:00,客服,hi\nX,tb_x,,yesterday,买家,hi' }, 'conversations', true);
    expect(broken.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['rows.2.staff_email:NOT_FOUND', 'rows.3.sent_at:INVALID']);

    const stats = await ok(s, lead, `{ responseTimeStats(from: "2026-11-22T00:00:00Z", to: "2026-11-23T00:00:00Z") { targetSeconds stretchSeconds rows { specialist { email } conversations answeredConversations avgFirstResponseSeconds firstResponseWithinTarget responses avgResponseSeconds withinTarget withinStretch slowestSeconds } } }`);
    expect(stats.responseTimeStats.targetSeconds).toBe(20);
    expect(stats.responseTimeStats.rows).toEqual([
      { specialist: { email: 'cs1@demo.shop' }, conversations: 1, answeredConversations: 1, avgFirstResponseSeconds: 40, firstResponseWithinTarget: 0, responses: 1, avgResponseSeconds: 40, withinTarget: 0, withinStretch: 0, slowestSeconds: 40 },
      { specialist: { email: 'cs2@demo.shop' }, conversations: 1, answeredConversations: 1, avgFirstResponseSeconds: 8, firstResponseWithinTarget: 1, responses: 2, avgResponseSeconds: 19, withinTarget: 1, withinStretch: 1, slowestSeconds: 30 },
      { specialist: null, conversations: 2, answeredConversations: 2, avgFirstResponseSeconds: 24, firstResponseWithinTarget: 1, responses: 3, avgResponseSeconds: 26, withinTarget: 1, withinStretch: 1, slowestSeconds: 40 },
    ]);
  });

  it('finds chats by text, customer, staff and date', async () => {
    const q = `query($w: ConversationFilter) { conversations(where: $w) { totalCount nodes { externalRef customer { name } } } }`;
    expect((await ok(s, lead, q, { w: { text: 'sf 次日' } })).conversations.nodes.map((n: any) => n.externalRef)).toEqual(['WW-1']);
    expect((await ok(s, lead, q, { w: { text: '优惠券', from: '2026-11-22T00:00:00Z', to: '2026-11-23T00:00:00Z' } })).conversations.totalCount).toBe(1);
    expect((await ok(s, lead, q, { w: { text: '优惠券', from: '2026-11-22T04:00:00Z' } })).conversations.totalCount).toBe(0);
    const cs2Id = String(await userId(s, 'cs2@demo.shop'));
    expect((await ok(s, lead, q, { w: { staffId: cs2Id } })).conversations.nodes.map((n: any) => n.externalRef)).toEqual(['WW-1']);
    expect((await ok(s, lead, q, { w: { slowFirstResponse: true } })).conversations.nodes.map((n: any) => n.externalRef)).toEqual(['WW-2']);
    // A specialist sees their own chats by default.
    expect((await ok(s, cs2, q)).conversations.nodes.map((n: any) => n.externalRef)).toEqual(['WW-1']);
    const messages = await ok(s, cs2, `{ conversationMessages(where: { text: "顺丰" }) { totalCount nodes { text conversation { externalRef } } } }`);
    expect(messages.conversationMessages).toEqual({ totalCount: 1, nodes: [{ text: '请问顺丰能到吗', conversation: { externalRef: 'WW-1' } }] });
    expect(codes(await s.gql(`{ conversationMessages(where: {}) { totalCount } }`, {}, { token: cs2 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('quick replies and FAQ', () => {
  it('are searched and copied, most used first, with hidden entries left out', async () => {
    const add = (input: Record<string, unknown>) => mutate(s, lead, 'createQuickReply', 'CreateQuickReplyInput', input, 'quickReply { id usageCount }');
    const greet = (await add({ kind: 'QUICK_REPLY', category: '问候', title: '欢迎语', content: '亲，欢迎光临小店～' })).quickReply;
    const ship = (await add({ kind: 'FAQ', category: '物流', title: '几天能到？', content: '江浙沪次日达，其他地区2-3天', keywords: '快递 发货 到货' })).quickReply;
    const old = (await add({ kind: 'FAQ', category: '物流', title: '旧的包邮规则', content: '满99包邮' })).quickReply;
    for (let i = 0; i < 3; i++) await mutate(s, cs1, 'useQuickReply', 'IdInput', { id: ship.id }, 'quickReply { usageCount }');
    await mutate(s, cs2, 'useQuickReply', 'IdInput', { id: greet.id }, 'quickReply { usageCount }');
    await mutate(s, lead, 'updateQuickReply', 'UpdateQuickReplyInput', { id: old.id, active: false }, 'quickReply { active }');
    const list = await ok(s, cs1, `{ quickReplies { nodes { title usageCount } } quickReplyCategories { category count } }`);
    expect(list.quickReplies.nodes).toEqual([{ title: '几天能到？', usageCount: 3 }, { title: '欢迎语', usageCount: 1 }]);
    expect(list.quickReplyCategories).toEqual([{ category: '物流', count: 1 }, { category: '问候', count: 1 }].sort((a, b) => a.category.localeCompare(b.category)));
    expect((await ok(s, cs1, `{ quickReplies(where: { search: "快递" }) { nodes { title } } }`)).quickReplies.nodes).toEqual([{ title: '几天能到？' }]);
    expect((await mutate(s, cs1, 'useQuickReply', 'IdInput', { id: old.id }, 'quickReply { id }', true)).errors[0].code).toBe('NOT_FOUND');
    expect((await mutate(s, cs1, 'createQuickReply', 'CreateQuickReplyInput', { kind: 'FAQ', category: '', title: 'x', content: '' }, 'quickReply { id }', true)).errors.map((e: any) => e.field).sort()).toEqual(['category', 'content']);
  });
});

describe('unclosed purchases and intent buyers', () => {
  it('registers buyers who did not buy, lists intent buyers and follows up to an outcome', async () => {
    setClock(NOW);
    const [a, b] = await makeCustomers(s, 2);
    const reg = (customerId: number, intent: string, reason: string, token = cs1) => mutate(s, token, 'registerUnclosedPurchase', 'RegisterUnclosedPurchaseInput',
      { customerId: String(customerId), productInterest: '2026 明前龙井 250g', reason, intent, nextFollowUpAt: '2026-11-24T06:00:00Z' }, 'unclosedPurchase { id status intent staff { email } }');
    const hot = (await reg(a.id, 'HIGH', 'PRICE')).unclosedPurchase;
    await reg(b.id, 'LOW', 'COMPARING', cs2);
    const q = `query($w: UnclosedPurchaseFilter) { unclosedPurchases(where: $w) { totalCount nodes { id intent reason customer { name } } } }`;
    expect((await ok(s, lead, q, { w: { intentBuyersOnly: true } })).unclosedPurchases.nodes.map((n: any) => n.id)).toEqual([hot.id]);
    expect((await ok(s, lead, q, { w: { followUpDue: true } })).unclosedPurchases.totalCount).toBe(2);
    expect((await ok(s, cs2, q)).unclosedPurchases.totalCount).toBe(1); // mine by default
    const converted = await mutate(s, cs1, 'followUpUnclosedPurchase', 'FollowUpUnclosedPurchaseInput', { id: hot.id, note: '发了优惠券，已下单', status: 'CONVERTED' }, 'unclosedPurchase { status followUpCount nextFollowUpAt }');
    expect(converted.unclosedPurchase).toEqual({ status: 'CONVERTED', followUpCount: 1, nextFollowUpAt: null });
    expect((await mutate(s, cs1, 'followUpUnclosedPurchase', 'FollowUpUnclosedPurchaseInput', { id: hot.id, note: '再次' }, 'unclosedPurchase { id }', true)).errors[0].code).toBe('WRONG_STATE');
    expect((await ok(s, lead, q, { w: { intentBuyersOnly: true } })).unclosedPurchases.totalCount).toBe(0);
    expect((await mutate(s, cs1, 'registerUnclosedPurchase', 'RegisterUnclosedPurchaseInput', { customerId: '999999', productInterest: '', reason: 'PRICE', intent: 'LOW' }, 'unclosedPurchase { id }', true)).errors.map((e: any) => e.field).sort()).toEqual(['customerId', 'productInterest']);
  });
});
