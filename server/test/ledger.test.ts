import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { createOrder, defaultFees, orderTokens, pay, type OrderTokens } from './fixtures/orders.js';
import { LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';

let s: TestServer;
let t: OrderTokens;
beforeAll(async () => {
  s = await startTestServer();
  t = await orderTokens(s);
  await defaultFees(s, t.warehouseLead);
});
afterAll(async () => { await s?.close(); });

const RECORD = `mutation($i: RecordLedgerEntryInput!) { recordLedgerEntry(input: $i) { entry { id direction category amountFen businessDay actorLabel } errors { field code } } }`;
const record = async (input: Record<string, unknown>, token = t.manager) => (await s.gql(RECORD, { i: input }, { token })).data.recordLedgerEntry;
const entriesOf = (sourceId: string) => s.orm.em.fork().find(LedgerEntry, { sourceId }, { orderBy: { id: 'asc' } });

describe('payments in the ledger', () => {
  it('books each payment as sales income and each refund as an expense, against the order', async () => {
    const [sku] = await makeSkus(s.orm, 1, { priceFen: 12_000 });
    const order = await createOrder(s, t.csLead, { lines: [{ skuId: String(sku.id), quantity: 1 }] });
    await pay(s, t.manager, order.id, 5_000, 'ALIPAY', '2026112322001');
    await pay(s, t.manager, order.id, order.totalFen - 5_000, 'ALIPAY', '2026112322002');
    const refund = await s.gql(`mutation($i: PaymentInput!) { recordRefund(input: $i) { order { paidFen status } errors { field code } } }`,
      { i: { orderId: order.id, amountFen: 2_000, method: 'ALIPAY', reference: 'RF-1', note: '少发一包' } }, { token: t.manager });
    expect(refund.data.recordRefund).toEqual({ order: { paidFen: order.totalFen - 2_000, status: 'PAID' }, errors: [] });
    const tooMuch = await s.gql(`mutation($i: PaymentInput!) { recordRefund(input: $i) { errors { field code } } }`,
      { i: { orderId: order.id, amountFen: order.totalFen, method: 'ALIPAY', note: 'x' } }, { token: t.manager });
    expect(tooMuch.data.recordRefund.errors).toEqual([{ field: 'amountFen', code: 'OVERREFUND' }]);
    const rows = await entriesOf(order.code);
    expect(rows.map((e) => [e.direction, e.category, e.amountFen, e.reference, e.sourceType, e.actorLabel])).toEqual([
      ['INCOME', 'SALES', 5_000, '2026112322001', 'Order', 'manager@demo.shop'],
      ['INCOME', 'SALES', order.totalFen - 5_000, '2026112322002', 'Order', 'manager@demo.shop'],
      ['EXPENSE', 'REFUND', 2_000, 'RF-1', 'Order', 'manager@demo.shop'],
    ]);
  });
});

describe('manual entries', () => {
  it('fixes the direction by category, requires it for OTHER, and refuses bad amounts', async () => {
    expect((await record({ category: 'PURCHASE_PAYMENT', amountFen: 300_000, reference: 'PO-2026-001' })).entry).toMatchObject({ direction: 'EXPENSE', category: 'PURCHASE_PAYMENT' });
    expect((await record({ category: 'AGENT_FEE', amountFen: 50_000 })).entry.direction).toBe('INCOME');
    expect((await record({ category: 'SALES', direction: 'EXPENSE', amountFen: 100 })).errors).toEqual([{ field: 'direction', code: 'INVALID' }]);
    expect((await record({ category: 'OTHER', amountFen: 100 })).errors).toEqual([{ field: 'direction', code: 'REQUIRED' }]);
    expect((await record({ category: 'OTHER', direction: 'EXPENSE', amountFen: 0 })).errors).toEqual([{ field: 'amountFen', code: 'INVALID' }]);
    expect((await record({ category: 'OTHER', direction: 'EXPENSE', amountFen: 1, occurredAt: new Date(Date.now() + 86_400_000).toISOString() })).errors).toEqual([{ field: 'occurredAt', code: 'INVALID' }]);
    const denied = await s.gql(RECORD, { i: { category: 'OTHER', direction: 'INCOME', amountFen: 1 } }, { token: t.csLead });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('totals in the shop’s time zone', () => {
  it('groups by the Shanghai day and month, fills quiet days with zero, and exports CSV', async () => {
    // 2026-03-31 17:30 UTC is already 1 April in Shanghai; 15:59 UTC is still 31 March.
    await record({ category: 'OTHER', direction: 'INCOME', amountFen: 10_000, reference: 'T-1', occurredAt: '2026-03-31T15:59:00Z' });
    await record({ category: 'OTHER', direction: 'INCOME', amountFen: 20_000, reference: 'T-2', occurredAt: '2026-03-31T17:30:00Z' });
    await record({ category: 'SHIPPING_COST', amountFen: 1_500, reference: 'T-3', occurredAt: '2026-04-02T02:00:00Z' });
    await record({ category: 'PURCHASE_PAYMENT', amountFen: 7_000, reference: 'T-4', occurredAt: '2026-04-02T03:00:00Z' });
    const daily = await s.gql(`{ ledgerDailyTotals(fromDay: "2026-03-31", toDay: "2026-04-03") { period incomeFen expenseFen netFen entryCount byCategory { category direction amountFen } } }`, {}, { token: t.manager });
    expect(daily.data.ledgerDailyTotals.map((d: any) => [d.period, d.incomeFen, d.expenseFen, d.netFen, d.entryCount])).toEqual([
      ['2026-03-31', 10_000, 0, 10_000, 1],
      ['2026-04-01', 20_000, 0, 20_000, 1],
      ['2026-04-02', 0, 8_500, -8_500, 2],
      ['2026-04-03', 0, 0, 0, 0],
    ]);
    expect(daily.data.ledgerDailyTotals[2].byCategory).toEqual([
      { category: 'PURCHASE_PAYMENT', direction: 'EXPENSE', amountFen: 7_000 },
      { category: 'SHIPPING_COST', direction: 'EXPENSE', amountFen: 1_500 },
    ]);
    const monthly = await s.gql(`{ ledgerMonthlyTotals(fromMonth: "2026-03", toMonth: "2026-04") { period incomeFen expenseFen netFen } }`, {}, { token: await s.login("analyst@demo.shop") });
    expect(monthly.data.ledgerMonthlyTotals).toEqual([
      { period: '2026-03', incomeFen: 10_000, expenseFen: 0, netFen: 10_000 },
      { period: '2026-04', incomeFen: 20_000, expenseFen: 8_500, netFen: 11_500 },
    ]);
    const csv = await s.gql(`{ ledgerEntriesCsv(where: { fromDay: "2026-03-31", toDay: "2026-04-02" }) }`, {}, { token: t.manager });
    const lines = csv.data.ledgerEntriesCsv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('business_day,occurred_at,direction,category,amount_yuan,currency,reference,source_type,source_id,note,recorded_by');
    expect(lines.slice(1).map((l: string) => l.split(',').slice(0, 7).join(','))).toEqual([
      '2026-03-31,2026-03-31T15:59:00.000Z,INCOME,OTHER,100.00,CNY,T-1',
      '2026-04-01,2026-03-31T17:30:00.000Z,INCOME,OTHER,200.00,CNY,T-2',
      '2026-04-02,2026-04-02T02:00:00.000Z,EXPENSE,SHIPPING_COST,15.00,CNY,T-3',
      '2026-04-02,2026-04-02T03:00:00.000Z,EXPENSE,PURCHASE_PAYMENT,70.00,CNY,T-4',
    ]);
    const totals = await s.gql(`{ ledgerTotalsCsv(period: DAY, from: "2026-04-01", to: "2026-04-02") }`, {}, { token: t.manager });
    expect(totals.data.ledgerTotalsCsv.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual(['period,income_yuan,expense_yuan,net_yuan,entries', '2026-04-01,200.00,0.00,200,1', '2026-04-02,0.00,85.00,-85,2']);
    const list = await s.gql(`{ ledgerEntries(first: 2, where: { category: SHIPPING_COST, search: "T-3" }) { totalCount nodes { reference actor { email } } } }`, {}, { token: t.manager });
    expect(list.data.ledgerEntries).toEqual({ totalCount: 1, nodes: [{ reference: 'T-3', actor: { email: 'manager@demo.shop' } }] });
    const badRange = await s.gql(`{ ledgerDailyTotals(fromDay: "2026-04-02", toDay: "2026-04-01") { period } }`, {}, { token: t.manager });
    expect(badRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
