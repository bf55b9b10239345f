import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';

let s: TestServer;
let lead: string;
let clerk: string;
let hz: string;
let gz: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('warehouse.lead@demo.shop');
  clerk = await s.login('warehouse1@demo.shop');
  const [a, b] = await makeWarehouses(s.orm, 'DHZ', 'DGZ');
  hz = String(a.id);
  gz = String(b.id);
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

async function stockIn(skuId: number, warehouseId: string, quantity: number) {
  const r = await s.gql(`mutation($i: PostStockMovementInput!) { postStockMovement(input: $i) { errors { code } } }`, { i: { skuId: String(skuId), warehouseId, type: 'OTHER_IN', quantity, reason: 'setup' } }, { token: lead });
  expect(r.data.postStockMovement.errors).toEqual([]);
}
async function level(skuId: number, warehouseId: string) {
  return s.orm.em.fork().findOne(StockLevel, { sku: skuId, warehouse: Number(warehouseId) });
}

const T_FIELDS = `transfer { id code status lines { id quantity receivedQuantity variance sku { code } } history { fromState toState actorLabel note } } errors { code field message }`;
const act = (name: string, token: string, input: Record<string, unknown>) =>
  s.gql(`mutation($i: ${name === 'receiveTransfer' ? 'ReceiveTransferInput' : 'DocumentActionInput'}!) { ${name}(input: $i) { ${T_FIELDS} } }`, { i: input }, { token });

describe('transfers', () => {
  it('draft → shipped (in transit) → received with a shortfall → closed, with history', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    await stockIn(a.id, hz, 10);
    await stockIn(b.id, hz, 5);
    const created = await s.gql(`mutation($i: CreateTransferInput!) { createTransfer(input: $i) { ${T_FIELDS} } }`,
      { i: { fromWarehouseId: hz, toWarehouseId: gz, lines: [{ skuId: String(a.id), quantity: 6 }, { skuId: String(b.id), quantity: 5 }], note: '补货广州' } }, { token: clerk });
    const transfer = created.data.createTransfer.transfer;
    expect(transfer.status).toBe('DRAFT');
    expect(transfer.code).toMatch(/^TR-\d{8}-\d{3}$/);

    const shipped = await act('shipTransfer', clerk, { id: transfer.id });
    expect(shipped.data.shipTransfer.transfer.status).toBe('SHIPPED');
    expect(await level(a.id, hz)).toMatchObject({ onHand: 4 });
    expect(await level(a.id, gz)).toMatchObject({ onHand: 0, inTransit: 6 });

    // Cannot cancel once shipped.
    expect((await act('cancelTransfer', clerk, { id: transfer.id })).data.cancelTransfer.errors[0].code).toBe('WRONG_STATE');

    const [la, lb] = transfer.lines;
    const over = await act('receiveTransfer', clerk, { id: transfer.id, lines: [{ lineId: la.id, receivedQuantity: 7 }, { lineId: lb.id, receivedQuantity: 5 }] });
    expect(over.data.receiveTransfer.errors[0]).toMatchObject({ code: 'INVALID', field: 'lines.0.receivedQuantity' });

    const received = await act('receiveTransfer', clerk, { id: transfer.id, lines: [{ lineId: la.id, receivedQuantity: 5 }, { lineId: lb.id, receivedQuantity: 5 }], note: '一箱破损' });
    const t = received.data.receiveTransfer.transfer;
    expect(t.status).toBe('RECEIVED');
    expect(t.lines.map((l: any) => l.variance)).toEqual([-1, 0]);
    expect(await level(a.id, gz)).toMatchObject({ onHand: 5, inTransit: 0 });
    expect(t.history.at(-1).note).toContain(`${a.code} short 1`);

    const closed = await act('closeTransfer', lead, { id: transfer.id });
    expect(closed.data.closeTransfer.transfer.history.map((h: any) => `${h.fromState ?? '-'}>${h.toState}`)).toEqual(['->DRAFT', 'DRAFT>SHIPPED', 'SHIPPED>RECEIVED', 'RECEIVED>CLOSED']);

    const ledger = await s.gql(`query($w: StockMovementFilter) { stockMovements(where: $w, sort: { direction: ASC }) { nodes { type quantity warehouse { code } } } }`, { w: { referenceType: 'Transfer', referenceId: transfer.code } }, { token: lead });
    expect(ledger.data.stockMovements.nodes).toEqual([
      { type: 'TRANSFER_OUT', quantity: -6, warehouse: { code: 'DHZ' } },
      { type: 'TRANSFER_OUT', quantity: -5, warehouse: { code: 'DHZ' } },
      { type: 'TRANSFER_IN', quantity: 5, warehouse: { code: 'DGZ' } },
      { type: 'TRANSFER_IN', quantity: 5, warehouse: { code: 'DGZ' } },
    ]);
  });

  it('refuses to ship more than is available, leaving nothing half-moved', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    await stockIn(a.id, hz, 10);
    await stockIn(b.id, hz, 1);
    const created = await s.gql(`mutation($i: CreateTransferInput!) { createTransfer(input: $i) { ${T_FIELDS} } }`,
      { i: { fromWarehouseId: hz, toWarehouseId: gz, lines: [{ skuId: String(a.id), quantity: 3 }, { skuId: String(b.id), quantity: 2 }] } }, { token: clerk });
    const id = created.data.createTransfer.transfer.id;
    const shipped = await act('shipTransfer', clerk, { id });
    expect(shipped.data.shipTransfer.errors[0].code).toBe('INSUFFICIENT_STOCK');
    expect(await level(a.id, hz)).toMatchObject({ onHand: 10 });
    expect(await level(a.id, gz)).toBeNull();
    const cancelled = await act('cancelTransfer', clerk, { id, note: '缺货' });
    expect(cancelled.data.cancelTransfer.transfer.status).toBe('CANCELLED');
  });

  it('validates a new transfer', async () => {
    const [a] = await makeSkus(s.orm, 1);
    const r = await s.gql(`mutation($i: CreateTransferInput!) { createTransfer(input: $i) { errors { field code } } }`,
      { i: { fromWarehouseId: hz, toWarehouseId: hz, lines: [{ skuId: String(a.id), quantity: 0 }, { skuId: String(a.id), quantity: 1 }] } }, { token: clerk });
    expect(r.data.createTransfer.errors.map((e: any) => e.field).sort()).toEqual(['lines', 'lines.0.quantity', 'toWarehouseId']);
  });

  it('is refused to roles without transfer:write', async () => {
    const cs = await s.login('cs1@demo.shop');
    const r = await act('closeTransfer', cs, { id: '1' });
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });
});

const ST_FIELDS = `stocktake { id code status countedLines lines { bookQuantity countedQuantity movementsDuringCount variance sku { id code } } history { fromState toState note } } errors { code field message }`;
const stAct = (name: string, token: string, input: Record<string, unknown>) =>
  s.gql(`mutation($i: ${name === 'enterStocktakeCounts' ? 'EnterStocktakeCountsInput' : name === 'openStocktake' ? 'OpenStocktakeInput' : 'DocumentActionInput'}!) { ${name}(input: $i) { ${ST_FIELDS} } }`, { i: input }, { token });

describe('stocktakes', () => {
  it('posts variances, explaining movements made during the count', async () => {
    const [a, b, c] = await makeSkus(s.orm, 3);
    await stockIn(a.id, hz, 20);
    await stockIn(b.id, hz, 8);
    await stockIn(c.id, hz, 5);
    const opened = await stAct('openStocktake', clerk, { warehouseId: hz, skuIds: [a.id, b.id, c.id].map(String), note: '月末盘点' });
    const st = opened.data.openStocktake.stocktake;
    expect(st.lines.map((l: any) => l.bookQuantity)).toEqual([20, 8, 5]);

    // A second open sheet for the same warehouse is refused.
    const second = await stAct('openStocktake', clerk, { warehouseId: hz, skuIds: [String(a.id)] });
    expect(second.data.openStocktake.errors[0].code).toBe('CONFLICT');

    // During the count, 3 of A leave (before it is counted) and 2 of B arrive after B is counted.
    await s.gql(`mutation($i: PostStockMovementInput!) { postStockMovement(input: $i) { errors { code } } }`, { i: { skuId: String(a.id), warehouseId: hz, type: 'OTHER_OUT', quantity: 3, reason: 'sample' } }, { token: lead });
    await stAct('enterStocktakeCounts', clerk, { id: st.id, counts: [{ skuId: String(a.id), countedQuantity: 16 }, { skuId: String(b.id), countedQuantity: 8 }] });
    await stockIn(b.id, hz, 2);

    // Submitting with an uncounted line is refused.
    const early = await stAct('submitStocktake', clerk, { id: st.id });
    expect(early.data.submitStocktake.errors[0].message).toContain(c.code);
    await stAct('enterStocktakeCounts', clerk, { id: st.id, counts: [{ skuId: String(c.id), countedQuantity: 6 }] });
    const submitted = (await stAct('submitStocktake', clerk, { id: st.id })).data.submitStocktake.stocktake;
    expect(submitted.status).toBe('SUBMITTED');
    // The review shows final variances before approval.
    expect(submitted.lines.map((l: any) => l.variance)).toEqual([-1, 0, 1]);

    // The clerk may not approve; the supervisor may.
    expect(codes(await stAct('approveStocktake', clerk, { id: st.id }))).toEqual(['FORBIDDEN']);
    const approved = await stAct('approveStocktake', lead, { id: st.id });
    const lines = approved.data.approveStocktake.stocktake.lines;
    // A: expected 20 − 3 = 17, counted 16 → −1. B: counted before the +2 arrived → 0. C: +1.
    expect(lines.map((l: any) => [l.movementsDuringCount, l.variance])).toEqual([[-3, -1], [0, 0], [0, 1]]);
    expect(await level(a.id, hz)).toMatchObject({ onHand: 16 });
    expect(await level(b.id, hz)).toMatchObject({ onHand: 10 });
    expect(await level(c.id, hz)).toMatchObject({ onHand: 6 });
    expect(approved.data.approveStocktake.stocktake.history.at(-1).note).toBe(`adjusted ${a.code} -1, ${c.code} +1`);

    // The stock view shows the adjustment in the ledger.
    const ledger = await s.gql(`query($w: StockMovementFilter) { stockMovements(where: $w) { nodes { type quantity reason } } }`, { w: { referenceType: 'Stocktake', referenceId: approved.data.approveStocktake.stocktake.code } }, { token: lead });
    expect(ledger.data.stockMovements.nodes).toHaveLength(2);
    expect(ledger.data.stockMovements.nodes.every((n: any) => n.type === 'STOCKTAKE_ADJUSTMENT')).toBe(true);

    // Approved sheets are final.
    expect((await stAct('rejectStocktake', lead, { id: st.id, note: 'again' })).data.rejectStocktake.errors[0].code).toBe('WRONG_STATE');
  });

  it('sends a sheet back for a recount with a note, and cancels without posting', async () => {
    const [a] = await makeSkus(s.orm, 1);
    await stockIn(a.id, gz, 4);
    const st = (await stAct('openStocktake', clerk, { warehouseId: gz, skuIds: [String(a.id)] })).data.openStocktake.stocktake;
    await stAct('enterStocktakeCounts', clerk, { id: st.id, counts: [{ skuId: String(a.id), countedQuantity: 1 }] });
    await stAct('submitStocktake', clerk, { id: st.id });
    expect((await stAct('rejectStocktake', lead, { id: st.id })).data.rejectStocktake.errors[0].field).toBe('note');
    const back = await stAct('rejectStocktake', lead, { id: st.id, note: '请复盘' });
    expect(back.data.rejectStocktake.stocktake.status).toBe('COUNTING');
    const cancelled = await stAct('cancelStocktake', clerk, { id: st.id });
    expect(cancelled.data.cancelStocktake.stocktake.status).toBe('CANCELLED');
    expect(await level(a.id, gz)).toMatchObject({ onHand: 4 });
  });

  it('refuses negative counts and SKUs not on the sheet', async () => {
    const [a, b] = await makeSkus(s.orm, 2);
    const [w] = await makeWarehouses(s.orm, 'DSH');
    const st = (await stAct('openStocktake', clerk, { warehouseId: String(w.id), skuIds: [String(a.id)] })).data.openStocktake.stocktake;
    const r = await stAct('enterStocktakeCounts', clerk, { id: st.id, counts: [{ skuId: String(a.id), countedQuantity: -1 }, { skuId: String(b.id), countedQuantity: 1 }] });
    expect(r.data.enterStocktakeCounts.errors.map((e: any) => e.field)).toEqual(['counts.0.countedQuantity', 'counts.1.skuId']);
  });
});

describe('analysis', () => {
  it('summarises each warehouse', async () => {
    const r = await s.gql(`{ warehouseSummary { warehouseCode skuCount onHand outOfStock belowSafety } }`, {}, { token: lead });
    const hzRow = r.data.warehouseSummary.find((w: any) => w.warehouseCode === 'DHZ');
    expect(hzRow.skuCount).toBeGreaterThan(0);
    expect(hzRow.onHand).toBeGreaterThan(0);
  });
});
