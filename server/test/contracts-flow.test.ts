import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { ok, refused, supplierIds, supplierToken } from './suppliers-helpers.js';
import { shopDay } from '../src/core/time.js';

let s: TestServer;
let buyer: string;
let admin: string;
let ids: Record<string, string>;
const day = (n: number) => shopDay(new Date(Date.now() + n * 86_400_000), s.config.shopTimezone);

beforeAll(async () => {
  s = await startTestServer();
  buyer = await s.login('purchasing@demo.shop');
  admin = await s.login('admin@demo.shop');
  ids = await supplierIds(s);
});
afterAll(async () => { await s?.close(); });

const C = 'contract { id code status storedStatus daysLeft supplier { code } createdBy { email } reviewedBy { email } history { fromState toState note } attachments { id fileName contentType sizeBytes } }';
const act = (name: string, token: string, input: Record<string, unknown>) => ok(s, token, name, 'ContractActionInput', input, C);

async function draft(supplierCode: string, endInDays: number, title = '2027年度铁观音供货协议') {
  return (await ok(s, buyer, 'createContract', 'CreateContractInput', {
    title, type: 'SUPPLY', supplierId: ids[supplierCode], shopParty: '杭州茗品茶业有限公司', terms: '月结30天；质量不合格可退换。', amount: 12_000_000, startDate: day(-300), endDate: day(endInDays),
  }, C)).contract;
}

/** Draft → under review → signed (by the admin) → active. */
async function activate(id: string) {
  await act('submitContract', buyer, { id });
  await act('approveContract', admin, { id, note: '条款已核' });
  return (await act('activateContract', buyer, { id })).contract;
}

describe('contract flow', () => {
  it('draft → under review → signed → active → terminated, with the reviewer recorded and every step in history', async () => {
    const c = await draft('SUP-ANXI', 200);
    expect(c).toMatchObject({ status: 'DRAFT', supplier: { code: 'SUP-ANXI' }, createdBy: { email: 'purchasing@demo.shop' }, reviewedBy: null });
    expect(c.code).toMatch(/^CT-\d{8}-\d{3}$/);
    // Wrong-state steps.
    expect(await refused(s, buyer, 'approveContract', 'ContractActionInput', { id: c.id })).toEqual(['WRONG_STATE']);
    expect(await refused(s, buyer, 'activateContract', 'ContractActionInput', { id: c.id })).toEqual(['WRONG_STATE']);
    await ok(s, buyer, 'updateContract', 'UpdateContractInput', { id: c.id, amount: 15_000_000 }, 'contract { id }');
    await act('submitContract', buyer, { id: c.id });
    expect(await refused(s, buyer, 'updateContract', 'UpdateContractInput', { id: c.id, amount: 1 })).toEqual(['WRONG_STATE']);
    // The author cannot review their own contract.
    expect(await refused(s, buyer, 'approveContract', 'ContractActionInput', { id: c.id })).toEqual(['SELF_APPROVAL']);
    expect(await refused(s, buyer, 'rejectContract', 'ContractActionInput', { id: c.id, note: '自己驳回' })).toEqual(['SELF_APPROVAL']);
    expect(await refused(s, admin, 'rejectContract', 'ContractActionInput', { id: c.id })).toEqual(['REQUIRED']);
    await act('rejectContract', admin, { id: c.id, note: '补充违约条款' });
    await act('submitContract', buyer, { id: c.id });
    const signed = (await act('approveContract', admin, { id: c.id, note: '同意' })).contract;
    expect(signed).toMatchObject({ status: 'SIGNED', reviewedBy: { email: 'admin@demo.shop' } });
    const active = (await act('activateContract', buyer, { id: c.id })).contract;
    expect(active).toMatchObject({ status: 'ACTIVE', daysLeft: 200 });
    expect(await refused(s, buyer, 'terminateContract', 'ContractActionInput', { id: c.id })).toEqual(['REQUIRED']);
    const ended = (await act('terminateContract', buyer, { id: c.id, note: '供应商停产' })).contract;
    expect(ended.history.map((h: any) => `${h.fromState ?? '-'}>${h.toState}`)).toEqual([
      '->DRAFT', 'DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>DRAFT', 'DRAFT>UNDER_REVIEW', 'UNDER_REVIEW>SIGNED', 'SIGNED>ACTIVE', 'ACTIVE>TERMINATED',
    ]);
    expect(await refused(s, buyer, 'submitContract', 'ContractActionInput', { id: c.id })).toEqual(['WRONG_STATE']);
    expect(await refused(s, buyer, 'createContract', 'CreateContractInput', { title: 'x', type: 'PURCHASE', shopParty: '店', startDate: day(10), endDate: day(1) })).toEqual(['INVALID']);
  });

  it('lists active contracts ending within 30 days (10 days yes, 60 no), reads past-end ones as expired and marks them', async () => {
    const soon = await activate((await draft('SUP-ANXI', 10, '十天后到期')).id);
    const later = await activate((await draft('SUP-YIXING', 60, '六十天后到期')).id);
    const alerts = async (days?: number) => (await s.gql(`query($d: Int) { contractExpiryAlerts(days: $d) { daysLeft contract { id title } } }`, { d: days }, { token: buyer })).data.contractExpiryAlerts;
    expect((await alerts()).map((a: any) => [a.contract.id, a.daysLeft])).toEqual([[soon.id, 10]]);
    expect((await alerts(90)).map((a: any) => [a.contract.id, a.daysLeft])).toEqual([[soon.id, 10], [later.id, 60]]);

    // An active contract whose end date passed reads as expired, then is marked.
    const past = await activate((await draft('SUP-ANXI', 1, '已过期')).id);
    await s.orm.em.fork().nativeUpdate('Contract', { id: Number(past.id) }, { endDate: day(-1) });
    const read = await s.gql(`query($id: ID!) { contract(id: $id) { status storedStatus } }`, { id: past.id }, { token: buyer });
    expect(read.data.contract).toEqual({ status: 'EXPIRED', storedStatus: 'ACTIVE' });
    const expired = await s.gql(`{ contracts(where: { status: EXPIRED }) { nodes { id } } }`, {}, { token: buyer });
    expect(expired.data.contracts.nodes).toEqual([{ id: past.id }]);
    const marked = await s.gql(`mutation { markExpiredContracts { contracts { id storedStatus } errors { code } } }`, {}, { token: buyer });
    expect(marked.data.markExpiredContracts.contracts).toEqual([{ id: past.id, storedStatus: 'EXPIRED' }]);
  });

  it('stores attachments (PDF, sniffed) and lets a supplier token read only its own contracts', async () => {
    const c = await draft('SUP-YIXING', 100, '紫砂壶采购合同');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF').toString('base64');
    expect(await refused(s, buyer, 'addContractAttachment', 'AddContractAttachmentInput', { contractId: c.id, fileName: 'x.pdf', contentType: 'application/pdf', base64: Buffer.from('not a pdf').toString('base64') })).toEqual(['INVALID']);
    const added = await ok(s, buyer, 'addContractAttachment', 'AddContractAttachmentInput', { contractId: c.id, fileName: '../合同扫描件.pdf', contentType: 'application/pdf', base64: pdf }, 'attachment { id fileName contentType sizeBytes }');
    expect(added.attachment).toMatchObject({ fileName: '合同扫描件.pdf', contentType: 'application/pdf' });
    const download = await s.gql(`query($id: ID!) { contractAttachmentContent(id: $id) { fileName base64 } }`, { id: added.attachment.id }, { token: buyer });
    expect(download.data.contractAttachmentContent.base64).toBe(pdf);

    const yixing = await supplierToken(s, admin, ids['SUP-YIXING'], ['purchase:read']);
    const anxi = await supplierToken(s, admin, ids['SUP-ANXI'], ['purchase:read']);
    const own = await s.gql(`{ contracts(first: 100) { nodes { supplier { code } } } }`, {}, { token: yixing });
    expect(new Set(own.data.contracts.nodes.map((n: any) => n.supplier.code))).toEqual(new Set(['SUP-YIXING']));
    expect((await s.gql(`query($id: ID!) { contract(id: $id) { id } }`, { id: c.id }, { token: anxi })).data.contract).toBeNull();
    expect((await s.gql(`query($id: ID!) { contractAttachmentContent(id: $id) { fileName } }`, { id: added.attachment.id }, { token: anxi })).data.contractAttachmentContent).toBeNull();
    expect((await s.gql(`query($id: ID!) { contractAttachmentContent(id: $id) { fileName } }`, { id: added.attachment.id }, { token: yixing })).data.contractAttachmentContent.fileName).toBe('合同扫描件.pdf');
    const write = await s.gql(`mutation { createContract(input: { title: "x", type: OTHER, shopParty: "x", startDate: "2026-01-01", endDate: "2026-12-31" }) { errors { code } } }`, {}, { token: yixing });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(s, buyer, 'removeContractAttachment', 'RemoveContractAttachmentInput', { id: added.attachment.id }, 'attachment { id }');
    expect((await s.gql(`query($id: ID!) { contractAttachmentContent(id: $id) { fileName } }`, { id: added.attachment.id }, { token: buyer })).data.contractAttachmentContent).toBeNull();
  });
});
