import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { mutate, ok } from './customers-helpers.js';
import { DEMO_STAFF } from '../src/seed/demo-shop.js';
import { ROLES } from '../src/seed/organisation.js';
import { Partner } from '../src/modules/partners/entities/partner.entity.js';

let s: TestServer;
let admin: string;
let lead: string;
let agentCustomer: string;
let otherCustomer: string;
const CLEAR = { phone: '13812345678', email: 'zhang.san@qq.com', address: '浙江省杭州市余杭区仓前街道 88 号', platformAccount: 'tb_zhangsan88' };
const MASKED = { phone: '138****5678', email: 'z***@qq.com', address: '浙江省杭州市****', platformAccount: 'tb***88' };

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('admin@demo.shop');
  lead = await s.login('cs.lead@demo.shop');
  const agent = await s.orm.em.fork().findOneOrFail(Partner, { code: 'AGT-HZ01' });
  const a = await mutate(s, lead, 'createCustomer', 'CreateCustomerInput', { name: '张三', channel: 'AGENT', agentId: String(agent.id), ...CLEAR }, 'customer { id }');
  const b = await mutate(s, lead, 'createCustomer', 'CreateCustomerInput', { name: '李四', channel: 'TAOBAO', phone: '13987654321' }, 'customer { id }');
  agentCustomer = a.customer.id;
  otherCustomer = b.customer.id;
});
afterAll(async () => { await s?.close(); });

const DETAIL = `query($id: ID!) { customer(id: $id) { phone email address platformAccount contactMasked } }`;
const LIST = `{ customers(first: 100, where: { mine: false }) { nodes { id phone email address platformAccount } } }`;

async function seenBy(token: string) {
  const detail = await s.gql(DETAIL, { id: agentCustomer }, { token });
  if (codes(detail).includes('FORBIDDEN')) return 'forbidden';
  const list = await ok(s, token, LIST);
  const row = list.customers.nodes.find((n: any) => n.id === agentCustomer);
  const csv: string = (await ok(s, token, `{ customersCsv(where: { mine: false }) }`)).customersCsv;
  return { detail: detail.data.customer, row, csv };
}

function expectMasked(seen: any) {
  expect(seen.detail).toEqual({ ...MASKED, contactMasked: true });
  expect(seen.row).toEqual({ id: agentCustomer, ...MASKED });
  for (const value of Object.values(CLEAR)) expect(seen.csv).not.toContain(value);
  expect(seen.csv).toContain(MASKED.phone);
}

describe('contact data is masked for every caller without customer:pii:read', () => {
  it.each(DEMO_STAFF.map(([prefix, , , role]) => [prefix, role]))('%s (%s): list, detail and CSV follow the role', async (prefix, roleCode) => {
    const permissions: readonly string[] = ROLES.find((r) => r.code === roleCode)!.permissions;
    const seen = await seenBy(await s.login(`${prefix}@demo.shop`));
    if (!permissions.includes('customer:read')) return expect(seen).toBe('forbidden');
    if (permissions.includes('customer:pii:read')) {
      expect((seen as any).detail).toEqual({ ...CLEAR, contactMasked: false });
      expect((seen as any).csv).toContain(CLEAR.phone);
    } else {
      expectMasked(seen);
    }
  });

  it('a role with customer:read but not customer:pii:read sees masked values, cannot search contact data and cannot overwrite it', async () => {
    const role = await mutate(s, admin, 'createRole', 'CreateRoleInput', { code: 'cs-temp', name: '临时客服', nameEn: 'Temp CS', permissions: ['customer:read', 'customer:write'] }, 'role { id }');
    await mutate(s, admin, 'createUser', 'CreateUserInput', { email: 'temp.cs@demo.shop', name: '临时', password: 'temp-password-1', roleIds: [role.role.id] }, 'user { id }');
    const temp = await s.login('temp.cs@demo.shop', 'temp-password-1');
    expectMasked(await seenBy(temp));
    const byPhone = await ok(s, temp, `{ customers(where: { search: "5678" }) { totalCount } }`);
    expect(byPhone.customers.totalCount).toBe(0);
    const byName = await ok(s, temp, `{ customers(where: { search: "张三" }) { totalCount } }`);
    expect(byName.customers.totalCount).toBe(1);
    const overwrite = await mutate(s, temp, 'updateCustomer', 'UpdateCustomerInput', { id: agentCustomer, address: MASKED.address }, 'customer { id }', true);
    expect(overwrite.errors).toEqual([expect.objectContaining({ field: 'address', code: 'FORBIDDEN' })]);
    const notes = await mutate(s, temp, 'updateCustomer', 'UpdateCustomerInput', { id: agentCustomer, notes: '喜欢红茶' }, 'customer { id }');
    expect(notes.errors).toEqual([]);
    // A caller who may see contact data can search by it.
    expect((await ok(s, lead, `{ customers(where: { search: "5678" }) { totalCount } }`)).customers.totalCount).toBe(1);
  });

  it('an analyst token is masked even when issued with customer:pii:read', async () => {
    const token = await mutate(s, admin, 'createApiToken', 'CreateApiTokenInput', { name: 'analyst pii', kind: 'ANALYST', permissions: ['customer:read', 'customer:pii:read'] }, 'secret');
    expectMasked(await seenBy(token.secret));
  });

  it('a partner (agent) token sees only the customers it brought, masked', async () => {
    const agent = await s.orm.em.fork().findOneOrFail(Partner, { code: 'AGT-HZ01' });
    const token = (await mutate(s, admin, 'createApiToken', 'CreateApiTokenInput', { name: 'agent', kind: 'PARTNER', partnerId: String(agent.id), permissions: ['customer:read'] }, 'secret')).secret;
    const list = await ok(s, token, `{ customers(where: { search: "李四" }) { totalCount } all: customers { totalCount nodes { id phone } } }`);
    expect(list.customers.totalCount).toBe(0);
    expect(list.all).toEqual({ totalCount: 1, nodes: [{ id: agentCustomer, phone: MASKED.phone }] });
    expect((await ok(s, token, DETAIL, { id: otherCustomer })).customer).toBeNull();
    expectMasked(await seenBy(token));
  });
});
