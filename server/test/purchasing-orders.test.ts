import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { level, makeSupplier, move } from './purchasing-helpers.js';
import { User } from '../src/modules/identity/entities/user.entity.js';
import { Contract, ContractStatus, ContractType } from '../src/modules/contracts/entities/contract.entity.js';
import { MovementType, StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { DefectiveHolding } from '../src/modules/inventory/entities/defective-holding.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import type { Partner } from '../src/modules/partners/entities/partner.entity.js';
import type { Sku } from '../src/modules/catalog/entities/sku.entity.js';

let s: TestServer;
let buyer: string;
let clerk: string;
let wh: string;
beforeAll(async () => {
  s = await startTestServer();
  buyer = await s.login('purchasing@demo.shop');
  clerk = await s.login('warehouse1@demo.shop');
  wh = String((await makeWarehouses(s.orm, `POW${process.pid}`))[0].id);
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const PO = `purchaseOrder { id code status expectedDeliveryDate promisedDeliveryDate confirmedAt totalAmount overdue contract { code }
  lines { id quantity unitPrice receivedQuantity acceptedQuantity rejectedQuantity returnedQuantity openQuantity sku { code } }
  history { fromState toState note } } errors { field code message }`;
async function createOrder(supplier: Partner, lines: [Sku, number, number][], extra: Record<string, unknown> = {}) {
  const r = await s.gql(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { ${PO} } }`,
    { i: { supplierId: String(supplier.id), warehouseId: wh, lines: lines.map(([sku, quantity, unitPrice]) => ({ skuId: String(sku.id), quantity, unitPrice })), ...extra } }, { token: buyer });
  return r.data.createPurchaseOrder;
}
const act = async (op: string, id: string, token = buyer, extra: Record<string, unknown> = {}) => {
  const type = op === 'confirmPurchaseOrder' ? 'ConfirmPurchaseOrderInput' : 'PurchaseDocumentActionInput';
  const r = await s.gql(`mutation($i: ${type}!) { ${op}(input: $i) { ${PO} } }`, { i: { id, ...extra } }, { token });
  return r.data?.[op] ?? { topLevel: codes(r) };
};
async function sentOrder(supplier: Partner, lines: [Sku, number, number][], extra: Record<string, unknown> = {}) {
  const order = (await createOrder(supplier, lines, extra)).purchaseOrder;
  await act('approvePurchaseOrder', order.id);
  return (await act('sendPurchaseOrder', order.id)).purchaseOrder;
}
const RECEIPT = `receipt { id code receivedQuantity acceptedQuantity rejectedQuantity payableAmount lines { receivedQuantity acceptedQuantity rejectedQuantity rejectReason holding { id heldQuantity source } } order { status } }
  errors { field code message }`;
async function receive(orderId: string, lines: unknown[], token = clerk) {
  const r = await s.gql(`mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { ${RECEIPT} } }`, { i: { orderId, lines } }, { token });
  return r.data.receivePurchaseOrder;
}

describe('purchase orders', () => {
  it('walks draft → approved → sent → partially received → received → closed, refusing wrong steps', async () => {
    const supplier = await makeSupplier(s.orm);
    const [a] = await makeSkus(s.orm, 1);
    const created = await createOrder(supplier, [[a, 10, 1000]], { expectedDeliveryDate: '2099-01-31', note: '春茶' });
    expect(created.errors).toEqual([]);
    const id = created.purchaseOrder.id;
    expect(created.purchaseOrder).toMatchObject({ status: 'DRAFT', totalAmount: 10_000, overdue: false });
    expect((await act('sendPurchaseOrder', id)).errors[0].code).toBe('WRONG_STATE');
    expect((await receive(id, [{ lineId: created.purchaseOrder.lines[0].id, receivedQuantity: 1, acceptedQuantity: 1, rejectedQuantity: 0 }])).errors[0].code).toBe('WRONG_STATE');
    expect((await act('approvePurchaseOrder', id, clerk)).topLevel).toEqual(['FORBIDDEN']);
    expect((await act('approvePurchaseOrder', id)).purchaseOrder.status).toBe('APPROVED');
    expect((await act('sendPurchaseOrder', id)).purchaseOrder.status).toBe('SENT');
    const lineId = created.purchaseOrder.lines[0].id;
    const partial = await receive(id, [{ lineId, receivedQuantity: 4, acceptedQuantity: 4, rejectedQuantity: 0 }]);
    expect(partial.receipt.order.status).toBe('PARTIALLY_RECEIVED');
    expect((await act('cancelPurchaseOrder', id)).errors[0]).toMatchObject({ code: 'WRONG_STATE', message: expect.stringContaining('received') });
    expect((await receive(id, [{ lineId, receivedQuantity: 6, acceptedQuantity: 6, rejectedQuantity: 0 }])).receipt.order.status).toBe('RECEIVED');
    const closed = await act('closePurchaseOrder', id);
    expect(closed.purchaseOrder.status).toBe('CLOSED');
    expect(closed.purchaseOrder.history.map((h: any) => `${h.fromState ?? ''}>${h.toState}`)).toEqual(['>DRAFT', 'DRAFT>APPROVED', 'APPROVED>SENT', 'SENT>PARTIALLY_RECEIVED', 'PARTIALLY_RECEIVED>RECEIVED', 'RECEIVED>CLOSED']);
    expect((await act('cancelPurchaseOrder', id)).errors[0].code).toBe('WRONG_STATE');
    // Cancelling before any receipt works from draft, approved and sent.
    for (const steps of [[], ['approvePurchaseOrder'], ['approvePurchaseOrder', 'sendPurchaseOrder']]) {
      const o = (await createOrder(supplier, [[a, 1, 100]])).purchaseOrder;
      for (const step of steps) await act(step, o.id);
      expect((await act('cancelPurchaseOrder', o.id, buyer, { note: '不要了' })).purchaseOrder.status).toBe('CANCELLED');
    }
  });

  it('links only a signed or active contract of the same supplier; lists filter overdue orders', async () => {
    const [supplier, other] = [await makeSupplier(s.orm), await makeSupplier(s.orm)];
    const [a] = await makeSkus(s.orm, 1);
    const em = s.orm.em.fork();
    const admin = await em.findOneOrFail(User, { email: 'admin@demo.shop' });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const contract = (status: ContractStatus, partner: Partner, n: string, endDate = day(300)) => em.create(Contract, { code: `CT-T${process.pid}-${n}`, title: '年度采购', type: ContractType.FRAMEWORK, supplier: partner.id, shopParty: '本店', status, startDate: day(-60), endDate, createdBy: admin });
    const [active, draft, others] = [contract(ContractStatus.ACTIVE, supplier, 'a'), contract(ContractStatus.DRAFT, supplier, 'd'), contract(ContractStatus.ACTIVE, other, 'o')];
    const lapsed = contract(ContractStatus.ACTIVE, supplier, 'l', day(-2)); // active on paper, ended two days ago, not yet marked
    await em.flush();
    expect((await createOrder(supplier, [[a, 1, 100]], { contractId: String(lapsed.id) })).errors[0]).toMatchObject({ field: 'contractId', code: 'INVALID' });
    expect((await createOrder(supplier, [[a, 1, 100]], { contractId: String(draft.id) })).errors[0]).toMatchObject({ field: 'contractId', code: 'INVALID' });
    expect((await createOrder(supplier, [[a, 1, 100]], { contractId: String(others.id) })).errors[0]).toMatchObject({ field: 'contractId', message: expect.stringContaining('another supplier') });
    const ok = await createOrder(supplier, [[a, 1, 100]], { contractId: String(active.id), expectedDeliveryDate: '2020-01-01' });
    expect(ok.purchaseOrder.contract.code).toBe(active.code);
    expect(ok.purchaseOrder.overdue).toBe(false); // a draft is not overdue
    await act('approvePurchaseOrder', ok.purchaseOrder.id);
    const list = await s.gql(`query($w: PurchaseOrderFilter) { purchaseOrders(where: $w, sort: { field: EXPECTED_DELIVERY, direction: ASC }) { totalCount nodes { code overdue } } }`, { w: { supplierId: String(supplier.id), overdue: true } }, { token: clerk });
    expect(list.data.purchaseOrders).toEqual({ totalCount: 1, nodes: [{ code: ok.purchaseOrder.code, overdue: true }] });
    const search = await s.gql(`query($w: PurchaseOrderFilter) { purchaseOrders(where: $w) { totalCount } }`, { w: { search: ok.purchaseOrder.code, status: 'APPROVED' } }, { token: clerk });
    expect(search.data.purchaseOrders.totalCount).toBe(1);
  });
});

describe('receiving with the quality check', () => {
  it('posts accepted units to stock, holds the rejects for the supplier, creates the payable and refuses over-receipt', async () => {
    const supplier = await makeSupplier(s.orm);
    const [a, b] = await makeSkus(s.orm, 2);
    const order = await sentOrder(supplier, [[a, 10, 1000], [b, 5, 2000]]);
    const [la, lb] = order.lines;
    const bad = await receive(order.id, [{ lineId: la.id, receivedQuantity: 6, acceptedQuantity: 3, rejectedQuantity: 2, rejectReason: 'x' }, { lineId: lb.id, receivedQuantity: 1, acceptedQuantity: 0, rejectedQuantity: 1 }]);
    expect(bad.errors.map((e: any) => `${e.field}:${e.code}`)).toEqual(['lines.0.acceptedQuantity:INVALID', 'lines.1.rejectReason:REQUIRED']);

    const r = await receive(order.id, [{ lineId: la.id, receivedQuantity: 6, acceptedQuantity: 4, rejectedQuantity: 2, rejectReason: '包装破损' }, { lineId: lb.id, receivedQuantity: 5, acceptedQuantity: 5, rejectedQuantity: 0 }]);
    expect(r.errors).toEqual([]);
    expect(r.receipt).toMatchObject({ receivedQuantity: 11, acceptedQuantity: 9, rejectedQuantity: 2, payableAmount: 4 * 1000 + 5 * 2000, order: { status: 'PARTIALLY_RECEIVED' } });
    expect(r.receipt.code).toMatch(/^GR-\d{8}-\d{3}$/);
    expect(await level(s.orm, a.id, Number(wh))).toMatchObject({ onHand: 4 });
    expect(await level(s.orm, b.id, Number(wh))).toMatchObject({ onHand: 5 });
    const em = s.orm.em.fork();
    const movements = await em.find(StockMovement, { referenceId: r.receipt.code }, { orderBy: { id: 'asc' } });
    expect(movements.map((m) => [m.sku.id, m.type, m.quantity, m.referenceType])).toEqual([[a.id, 'RECEIPT', 4, 'PurchaseReceipt'], [b.id, 'RECEIPT', 5, 'PurchaseReceipt']]);
    const holding = await em.findOneOrFail(DefectiveHolding, Number(r.receipt.lines[0].holding.id));
    expect(holding).toMatchObject({ source: 'QC_REJECT', sourceRef: r.receipt.code, quantity: 2, heldQuantity: 2, reason: '包装破损' });
    expect(holding.supplier?.id).toBe(supplier.id);
    expect(r.receipt.lines[1].holding).toBeNull();
    const payables = await s.gql(`query($w: SupplierLedgerFilter) { supplierLedgerEntries(where: $w) { nodes { kind amount balanceDelta sourceType sourceCode } } }`, { w: { supplierId: String(supplier.id) } }, { token: buyer });
    expect(payables.data.supplierLedgerEntries.nodes).toEqual([{ kind: 'PAYABLE', amount: 14_000, balanceDelta: 14_000, sourceType: 'PurchaseReceipt', sourceCode: r.receipt.code }]);

    // 4 of A are still open: 5 is an over-receipt; with a 10 % tolerance (11 in all) it is accepted.
    const over = await receive(order.id, [{ lineId: la.id, receivedQuantity: 5, acceptedQuantity: 5, rejectedQuantity: 0 }]);
    expect(over.errors[0]).toMatchObject({ field: 'lines.0.receivedQuantity', code: 'OVER_RECEIPT' });
    s.config.purchasing.overReceiptTolerancePct = 10;
    try {
      expect((await receive(order.id, [{ lineId: la.id, receivedQuantity: 6, acceptedQuantity: 6, rejectedQuantity: 0 }])).errors[0].code).toBe('OVER_RECEIPT');
      const within = await receive(order.id, [{ lineId: la.id, receivedQuantity: 5, acceptedQuantity: 5, rejectedQuantity: 0 }]);
      expect(within.errors).toEqual([]);
      expect(within.receipt.order.status).toBe('RECEIVED');
    } finally {
      s.config.purchasing.overReceiptTolerancePct = 0;
    }
    const after = await s.gql(`query($id: ID!) { purchaseOrder(id: $id) { lines { receivedQuantity acceptedQuantity rejectedQuantity openQuantity } receipts { code } } }`, { id: order.id }, { token: clerk });
    expect(after.data.purchaseOrder.lines).toEqual([{ receivedQuantity: 11, acceptedQuantity: 9, rejectedQuantity: 2, openQuantity: 0 }, { receivedQuantity: 5, acceptedQuantity: 5, rejectedQuantity: 0, openQuantity: 0 }]);
    expect(after.data.purchaseOrder.receipts).toHaveLength(2);
  });

  it('two receipts at once cannot over-receive a line', async () => {
    const supplier = await makeSupplier(s.orm);
    const [a] = await makeSkus(s.orm, 1);
    const order = await sentOrder(supplier, [[a, 5, 300]]);
    const line = { lineId: order.lines[0].id, receivedQuantity: 3, acceptedQuantity: 3, rejectedQuantity: 0 };
    const results = await Promise.all([receive(order.id, [line]), receive(order.id, [line]), receive(order.id, [line])]);
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.errors.length).map((r) => r.errors[0].code)).toEqual(['OVER_RECEIPT', 'OVER_RECEIPT']);
    expect(await level(s.orm, a.id, Number(wh))).toMatchObject({ onHand: 3 });
  });
});
