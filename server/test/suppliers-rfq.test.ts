import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { ok, refused, supplierIds, supplierToken } from './suppliers-helpers.js';
import { shopDay } from '../src/core/time.js';
import { Partner, PartnerType } from '../src/modules/partners/entities/partner.entity.js';

let s: TestServer;
let buyer: string;
let ids: Record<string, string>;
const day = (n: number) => shopDay(new Date(Date.now() + n * 86_400_000), s.config.shopTimezone);

beforeAll(async () => {
  s = await startTestServer();
  buyer = await s.login('purchasing@demo.shop');
  const em = s.orm.em.fork();
  em.create(Partner, { type: PartnerType.SUPPLIER, code: 'SUP-BAD', name: '黑名单茶厂', active: true });
  await em.flush();
  ids = await supplierIds(s);
});
afterAll(async () => { await s?.close(); });

const RFQ = 'rfq { id code status negotiationNotes lines { id quantity sku { code } awardedQuote { supplier { code } unitPrice } } suppliers { code } history { fromState toState } }';

describe('supplier profiles and SKU lists', () => {
  it('saves profiles with contacts and categories; lists with search, filter and sort', async () => {
    const saved = await ok(s, buyer, 'saveSupplierProfile', 'SaveSupplierProfileInput', {
      partnerId: ids['SUP-ANXI'], grade: 'A', status: 'APPROVED', paymentTerms: '月结30天', categories: ['乌龙茶', '铁观音'],
      contacts: [{ name: '黄经理', role: '销售', phone: '13905951234', email: 'huang@anxi.example' }, { name: '林质检', role: '质量' }],
    }, 'supplier { code name grade status categories paymentTerms contacts { name role phone email } history { fromState toState } }');
    expect(saved.supplier).toMatchObject({ code: 'SUP-ANXI', grade: 'A', status: 'APPROVED', categories: ['乌龙茶', '铁观音'], history: [{ fromState: null, toState: 'APPROVED' }] });
    expect(saved.supplier.contacts[1]).toEqual({ name: '林质检', role: '质量', phone: null, email: null });
    await ok(s, buyer, 'saveSupplierProfile', 'SaveSupplierProfileInput', { partnerId: ids['SUP-YIXING'], grade: 'B', status: 'APPROVED', categories: ['紫砂壶'] }, 'supplier { id }');
    await ok(s, buyer, 'saveSupplierProfile', 'SaveSupplierProfileInput', { partnerId: ids['SUP-BAD'], grade: 'D', status: 'BLACKLISTED', categories: ['绿茶'] }, 'supplier { id }');
    expect(await refused(s, buyer, 'saveSupplierProfile', 'SaveSupplierProfileInput', { partnerId: ids['SUP-ANXI'], contacts: [{ name: '', email: 'nope' }] })).toEqual(['REQUIRED', 'INVALID']);

    const list = (where: unknown, sort?: unknown) => s.gql(`query($w: SupplierFilter, $s: SupplierSort) { suppliers(where: $w, sort: $s) { totalCount nodes { code } } }`, { w: where, s: sort }, { token: buyer });
    expect((await list({ search: '紫砂' })).data.suppliers.nodes).toEqual([{ code: 'SUP-YIXING' }]);
    expect((await list({ category: '乌龙茶' })).data.suppliers.nodes).toEqual([{ code: 'SUP-ANXI' }]);
    expect((await list({ status: 'BLACKLISTED' })).data.suppliers.nodes).toEqual([{ code: 'SUP-BAD' }]);
    expect((await list(null, { field: 'GRADE', direction: 'ASC' })).data.suppliers.nodes.map((n: any) => n.code)).toEqual(['SUP-ANXI', 'SUP-YIXING', 'SUP-BAD']);
  });

  it('keeps one preferred supplier per SKU; preferredSupplierSkus falls back to the cheapest', async () => {
    const [a] = await makeSkus(s.orm, 1);
    const save = (code: string, unitPrice: number, preferred?: boolean) => ok(s, buyer, 'saveSupplierSku', 'SaveSupplierSkuInput', { supplierId: ids[code], skuId: String(a.id), unitPrice, leadTimeDays: 5, minOrderQuantity: 10, preferred }, 'supplierSku { id preferred unitPrice supplier { code } }');
    await save('SUP-ANXI', 1200);
    await save('SUP-YIXING', 1100);
    const { preferredSupplierSkus } = await import('../src/modules/suppliers/services/supplier-skus.service.js');
    expect((await preferredSupplierSkus(s.orm.em.fork(), [a.id])).get(a.id)?.unitPrice).toBe(1100);
    await save('SUP-ANXI', 1200, true);
    await save('SUP-YIXING', 1100, true);
    const rows = await s.gql(`query($w: SupplierSkuFilter) { supplierSkus(where: $w) { nodes { preferred supplier { code } } } }`, { w: { skuId: String(a.id) } }, { token: buyer });
    expect(rows.data.supplierSkus.nodes).toEqual([{ preferred: true, supplier: { code: 'SUP-YIXING' } }, { preferred: false, supplier: { code: 'SUP-ANXI' } }]);
    expect((await preferredSupplierSkus(s.orm.em.fork(), [a.id])).get(a.id)?.supplier.id).toBe(Number(ids['SUP-YIXING']));
    expect(await refused(s, buyer, 'saveSupplierSku', 'SaveSupplierSkuInput', { supplierId: ids['SUP-ANXI'], skuId: String(a.id), unitPrice: -5 })).toEqual(['INVALID']);
  });
});

describe('requests for quotation', () => {
  it('compares quotes per line with flags, refuses expired quotes, awards per line', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    const month = shopDay(new Date(), s.config.shopTimezone).slice(0, 7);
    // Scores for the "best supplier score" flag: Yixing rated higher.
    for (const [code, score] of [['SUP-ANXI', 70], ['SUP-YIXING', 90]] as const) {
      await ok(s, buyer, 'recordSupplierEvaluation', 'RecordSupplierEvaluationInput', { supplierId: ids[code], period: month, method: 'DOCUMENT_REVIEW', quality: score, delivery: score, price: score, service: score, credit: score }, 'evaluation { id }');
    }
    expect(await refused(s, buyer, 'createRfq', 'CreateRfqInput', { title: '春茶询价', lines: [{ skuId: String(a.id), quantity: 100 }], supplierIds: [ids['SUP-BAD']] })).toEqual(['SUPPLIER_BLOCKED']);
    const created = await ok(s, buyer, 'createRfq', 'CreateRfqInput', { title: '春茶询价', replyBy: day(7), lines: [{ skuId: String(a.id), quantity: 100 }, { skuId: String(b.id), quantity: 50 }], supplierIds: [ids['SUP-ANXI'], ids['SUP-YIXING']] }, RFQ);
    const rfq = created.rfq;
    expect(rfq).toMatchObject({ status: 'DRAFT', suppliers: [{ code: 'SUP-ANXI' }, { code: 'SUP-YIXING' }] });
    expect(rfq.code).toMatch(/^RFQ-\d{8}-\d{3}$/);
    const [l1, l2] = rfq.lines;
    const quote = (code: string, lines: unknown[]) => ({ rfqId: rfq.id, supplierId: ids[code], lines });
    // Quotes only once sent.
    expect(await refused(s, buyer, 'recordRfqQuotes', 'RecordRfqQuotesInput', quote('SUP-ANXI', [{ lineId: l1.id, unitPrice: 1000, leadTimeDays: 10, minOrderQuantity: 50, validUntil: day(30) }]))).toEqual(['WRONG_STATE']);
    await ok(s, buyer, 'sendRfq', 'RfqActionInput', { id: rfq.id }, 'rfq { status }');
    expect(await refused(s, buyer, 'recordRfqQuotes', 'RecordRfqQuotesInput', quote('SUP-BAD', [{ lineId: l1.id, unitPrice: 1, leadTimeDays: 1, minOrderQuantity: 1, validUntil: day(30) }]))).toEqual(['NOT_INVITED']);
    await ok(s, buyer, 'recordRfqQuotes', 'RecordRfqQuotesInput', quote('SUP-ANXI', [
      { lineId: l1.id, unitPrice: 1000, leadTimeDays: 10, minOrderQuantity: 50, validUntil: day(30) },
      { lineId: l2.id, unitPrice: 500, leadTimeDays: 5, minOrderQuantity: 100, validUntil: day(30) },
    ]), 'rfq { id }');
    await ok(s, buyer, 'recordRfqQuotes', 'RecordRfqQuotesInput', quote('SUP-YIXING', [
      { lineId: l1.id, unitPrice: 900, leadTimeDays: 15, minOrderQuantity: 10, validUntil: day(-1), note: '上周报价' },
      { lineId: l2.id, unitPrice: 450, leadTimeDays: 7, minOrderQuantity: 10, validUntil: day(0) },
    ]), 'rfq { id }');

    const cmp = await s.gql(`query($id: ID!) { rfqComparison(id: $id) { line { id } quotes { quote { unitPrice supplier { code } expired } supplierScore lineTotal expired meetsQuantity bestPrice bestLeadTime bestSupplierScore } } }`, { id: rfq.id }, { token: buyer });
    const [c1, c2] = cmp.data.rfqComparison;
    const flags = (q: any) => [q.quote.supplier.code, q.expired, q.bestPrice, q.bestLeadTime, q.bestSupplierScore];
    // Line 1: Yixing is cheaper but expired, so Anxi holds every "best" flag.
    expect(c1.quotes.map(flags)).toEqual([['SUP-ANXI', false, true, true, true], ['SUP-YIXING', true, false, false, false]]);
    // Line 2: Yixing cheapest and best rated (valid through today); Anxi fastest, MOQ above the quantity.
    expect(c2.quotes.map(flags)).toEqual([['SUP-YIXING', false, true, false, true], ['SUP-ANXI', false, false, true, false]]);
    expect(c2.quotes[1]).toMatchObject({ meetsQuantity: false, lineTotal: 500 * 100, supplierScore: 70 });

    // Whole RFQ to Yixing: line 1's quote has expired.
    expect(await refused(s, buyer, 'awardRfq', 'AwardRfqInput', { id: rfq.id, supplierId: ids['SUP-YIXING'] })).toEqual(['QUOTE_EXPIRED']);
    expect(await refused(s, buyer, 'awardRfq', 'AwardRfqInput', { id: rfq.id, lines: [{ lineId: l1.id, supplierId: ids['SUP-YIXING'] }] })).toEqual(['QUOTE_EXPIRED']);
    const partial = await ok(s, buyer, 'awardRfq', 'AwardRfqInput', { id: rfq.id, lines: [{ lineId: l2.id, supplierId: ids['SUP-YIXING'] }], negotiationNotes: '宜兴让价5%' }, RFQ);
    expect(partial.rfq.status).toBe('SENT');
    const done = await ok(s, buyer, 'awardRfq', 'AwardRfqInput', { id: rfq.id, lines: [{ lineId: l1.id, supplierId: ids['SUP-ANXI'] }], negotiationNotes: '安溪交期10天' }, RFQ);
    expect(done.rfq).toMatchObject({ status: 'AWARDED', negotiationNotes: '宜兴让价5%\n安溪交期10天' });
    expect(done.rfq.lines.map((l: any) => l.awardedQuote)).toEqual([{ supplier: { code: 'SUP-ANXI' }, unitPrice: 1000 }, { supplier: { code: 'SUP-YIXING' }, unitPrice: 450 }]);
    expect(done.rfq.history.map((h: any) => `${h.fromState ?? '-'}>${h.toState}`)).toEqual(['->DRAFT', 'DRAFT>SENT', 'SENT>AWARDED']);
    expect(await refused(s, buyer, 'cancelRfq', 'RfqActionInput', { id: rfq.id })).toEqual(['WRONG_STATE']);
    const listed = await s.gql(`query($w: RfqFilter) { rfqs(where: $w) { totalCount } }`, { w: { status: 'AWARDED', supplierId: ids['SUP-ANXI'] } }, { token: buyer });
    expect(listed.data.rfqs.totalCount).toBe(1);

    // Supplier tokens: only RFQs they were invited to, only their own quotes, no comparison.
    const admin = await s.login('admin@demo.shop');
    const anxi = await supplierToken(s, admin, ids['SUP-ANXI'], ['purchase:read']);
    const bad = await supplierToken(s, admin, ids['SUP-BAD'], ['purchase:read']);
    const seen = await s.gql(`query($id: ID!) { rfq(id: $id) { suppliers { code } lines { quotes { supplier { code } } } } rfqComparison(id: $id) { line { id } } }`, { id: rfq.id }, { token: anxi });
    expect(seen.data.rfq).toEqual({ suppliers: [{ code: 'SUP-ANXI' }], lines: [{ quotes: [{ supplier: { code: 'SUP-ANXI' } }] }, { quotes: [{ supplier: { code: 'SUP-ANXI' } }] }] });
    expect(seen.data.rfqComparison).toBeNull();
    const other = await s.gql(`query($id: ID!) { rfq(id: $id) { id } rfqs { totalCount } }`, { id: rfq.id }, { token: bad });
    expect(other.data).toEqual({ rfq: null, rfqs: { totalCount: 0 } });
  });
});
