import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeCustomers, mutate, ok } from './customers-helpers.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { AuditLog } from '../src/core/audit/audit-log.entity.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { ContactLog } from '../src/modules/customers/entities/contact-log.entity.js';

let s: TestServer;
let lead: string;
let cs1: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('cs.lead@demo.shop');
  cs1 = await s.login('cs1@demo.shop');
});
afterAll(async () => { await s?.close(); });

const C = 'customer { id name phone platformAccount email address tags channel status }';
const create = (token: string, input: Record<string, unknown>, allowErrors = false) => mutate(s, token, 'createCustomer', 'CreateCustomerInput', input, C, allowErrors);

describe('daily intake', () => {
  it('creates a customer with normalised contact data and tags', async () => {
    const r = await create(cs1, { name: ' 王芳 ', channel: 'TAOBAO', platformAccount: 'tb_wangfang', phone: '+86 138-1234-5678', email: 'Wang.Fang@QQ.com', address: '浙江省杭州市西湖区文三路 1 号', tags: ['老客', ' 茶叶 ', '老客'] });
    expect(r.customer).toMatchObject({ name: '王芳', phone: '13812345678', email: 'wang.fang@qq.com', tags: ['老客', '茶叶'].sort(), status: 'ACTIVE' });
    const logged = await s.orm.em.fork().findOneOrFail(AuditLog, { operation: 'createCustomer', entityId: r.customer.id });
    expect(logged.summary).toContain('王芳');
  });

  it('refuses a duplicate phone (however typed) or platform account, naming the existing record', async () => {
    const first = await create(cs1, { name: '李雷', channel: 'TMALL', platformAccount: 'lilei_88', phone: '13900001111' });
    const byPhone = await create(cs1, { name: '李雷二号', channel: 'WECHAT', phone: '0086 139 0000 1111' }, true);
    expect(byPhone.customer).toBeNull();
    expect(byPhone.errors).toEqual([expect.objectContaining({ field: 'phone', code: 'DUPLICATE' })]);
    expect(byPhone.errors[0].message).toContain(`#${first.customer.id}`);
    const byAccount = await create(cs1, { name: '李雷三号', channel: 'TMALL', platformAccount: 'lilei_88' }, true);
    expect(byAccount.errors.map((e: any) => `${e.field}:${e.code}`)).toEqual(['platformAccount:DUPLICATE']);
    const bad = await create(cs1, { name: '', channel: 'TMALL', phone: 'abc', email: 'not-mail' }, true);
    expect(bad.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['email:INVALID', 'name:REQUIRED', 'phone:INVALID']);
  });

  it('imports a CSV: rows of the same buyer are combined, existing customers are filled in, not duplicated', async () => {
    const existing = await create(cs1, { name: '赵敏', channel: 'TAOBAO', platformAccount: 'zhaomin', tags: ['VIP候选'] });
    const csv = [
      '姓名,平台账号,手机,邮箱,地址,渠道,标签,备注,会员',
      '周芷若,zhouzr,13700002222,,江苏省南京市玄武区,TMALL,新客;茶具,,否',
      '周芷若,,+86 13700002222,zzr@163.com,,TMALL,回购,,否', // same phone: combined with the row above
      '赵敏,zhaomin,13700003333,,,TAOBAO,VIP候选;大客户,,', // matches the existing customer: fills the phone, adds a tag
      '张无忌,zwj,,,,JD,,首单,',
    ].join('\n');
    const dry = await mutate(s, cs1, 'importCustomers', 'ImportCustomersInput', { csv, dryRun: true }, 'created updated unchanged combinedInFile dryRun');
    expect(dry).toMatchObject({ created: 2, updated: 1, unchanged: 0, combinedInFile: 1, dryRun: true });
    expect(await s.orm.em.fork().count(Customer, { platformAccount: 'zhouzr' })).toBe(0);

    const done = await mutate(s, cs1, 'importCustomers', 'ImportCustomersInput', { csv }, 'created updated unchanged combinedInFile dryRun');
    expect(done).toMatchObject({ created: 2, updated: 1, combinedInFile: 1, dryRun: false });
    const zhou = await s.orm.em.fork().findOneOrFail(Customer, { platformAccount: 'zhouzr' });
    expect(zhou).toMatchObject({ phone: '13700002222', email: 'zzr@163.com', address: '江苏省南京市玄武区' });
    const zhao = await ok(s, cs1, `query($id: ID!) { customer(id: $id) { phone tags } }`, { id: existing.customer.id });
    expect(zhao.customer).toEqual({ phone: '13700003333', tags: ['VIP候选', '大客户'].sort() });

    const again = await mutate(s, cs1, 'importCustomers', 'ImportCustomersInput', { csv }, 'created updated unchanged');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a file with a bad row as a whole, naming the row', async () => {
    const before = await s.orm.em.fork().count(Customer, {});
    const csv = 'name,phone,channel\n好人,13600001234,TAOBAO\n坏人,12ab,TAOBAO\n,,\n无名,13600005678,MOON';
    const r = await mutate(s, cs1, 'importCustomers', 'ImportCustomersInput', { csv }, 'created', true);
    expect(r.created).toBeNull();
    expect(r.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual(['rows.3.phone:INVALID', 'rows.5.channel:INVALID']);
    expect(await s.orm.em.fork().count(Customer, {})).toBe(before);
  });
});

describe('merging duplicates', () => {
  it('moves history, unites tags, sums figures and keeps the duplicate readable as MERGED', async () => {
    const keep = (await create(cs1, { name: '孙悟空', channel: 'TAOBAO', platformAccount: 'swk', tags: ['猴'] })).customer;
    const dup = (await create(cs1, { name: '孙行者', channel: 'WECHAT', phone: '13511112222', email: 'swk@huaguo.cn', tags: ['大圣'] })).customer;
    await s.orm.em.fork().nativeUpdate(Customer, { id: Number(dup.id) }, { lifetimeValueFen: 50_000, orderCount: 2, lastOrderAt: new Date('2026-10-01T00:00:00Z') });
    await mutate(s, cs1, 'logContact', 'LogContactInput', { customerId: dup.id, channel: 'CHAT', direction: 'INBOUND', outcome: 'REACHED', summary: '咨询发货' }, 'contact { id }');

    const refused = await mutate(s, lead, 'mergeCustomers', 'MergeCustomersInput', { keepId: keep.id, duplicateIds: [keep.id] }, 'merged', true);
    expect(refused.errors[0]).toMatchObject({ field: 'duplicateIds', code: 'INVALID' });
    expect(codes(await s.gql(`mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { merged } }`, { i: { keepId: keep.id, duplicateIds: [dup.id] } }, { token: cs1 }))).toEqual(['FORBIDDEN']);

    const merged = await mutate(s, lead, 'mergeCustomers', 'MergeCustomersInput', { keepId: keep.id, duplicateIds: [dup.id], note: '同一人' }, 'merged customer { id phone email platformAccount tags lifetimeValueFen orderCount history { toState note } }');
    expect(merged.merged).toBe(1);
    expect(merged.customer).toMatchObject({ phone: '13511112222', email: 'swk@huaguo.cn', platformAccount: 'swk', tags: ['大圣', '猴'].sort(), lifetimeValueFen: 50_000, orderCount: 2 });
    expect(merged.customer.history.at(-1).note).toContain(`#${dup.id}`);
    expect(await s.orm.em.fork().count(ContactLog, { customer: Number(keep.id) })).toBe(1);

    const old = await ok(s, lead, `query($id: ID!) { customer(id: $id) { status mergedInto { id } history { fromState toState note } } }`, { id: dup.id });
    expect(old.customer).toMatchObject({ status: 'MERGED', mergedInto: { id: keep.id }, history: [{ fromState: 'ACTIVE', toState: 'MERGED', note: `merged into #${keep.id}: 同一人` }] });
    // The phone is free for intake again only through the kept record: a new duplicate is still refused.
    const again = await create(cs1, { name: '又一个', channel: 'TAOBAO', phone: '13511112222' }, true);
    expect(again.errors[0].message).toContain(`#${keep.id}`);
    const twice = await mutate(s, lead, 'mergeCustomers', 'MergeCustomersInput', { keepId: keep.id, duplicateIds: [dup.id] }, 'merged', true);
    expect(twice.errors[0].code).toBe('WRONG_STATE');
    const edit = await mutate(s, cs1, 'updateCustomer', 'UpdateCustomerInput', { id: dup.id, notes: 'x' }, 'customer { id }', true);
    expect(edit.errors[0].code).toBe('WRONG_STATE');
  });
});

describe('the customer list', () => {
  it('costs the same SQL statements at 10 and 100 rows (no N+1)', async () => {
    await makeCustomers(s, 110);
    const q = (n: number) => `{ customers(first: ${n}, where: { mine: false }) { totalCount nodes { id name phone email address platformAccount tags isMember memberLevel { name customerCount } vip rfm { segment } assignee { name department { name } } firstContactOverdue assignments { specialist { name } } } } }`;
    const count = async (n: number) => {
      const before = sqlCounter.count;
      const r = await ok(s, lead, q(n));
      expect(r.customers.nodes).toHaveLength(n);
      return sqlCounter.count - before;
    };
    await count(10);
    expect(await count(100)).toBe(await count(10));
  });

  it('filters by tag without repeating a customer that has several matching tags', async () => {
    const c = await create(cs1, { name: '多标签', channel: 'TAOBAO', tags: ['甲', '乙'] });
    const r = await ok(s, lead, `{ customers(where: { tags: ["甲", "乙"] }) { totalCount nodes { id } } }`);
    expect(r.customers).toEqual({ totalCount: 1, nodes: [{ id: c.customer.id }] });
  });
});
