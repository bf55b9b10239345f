import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { level, makeSupplier, move } from './purchasing-helpers.js';
import { LedgerEntry } from '../src/modules/ledger/entities/ledger-entry.entity.js';
import { MovementType, StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { DefectiveHolding } from '../src/modules/inventory/entities/defective-holding.entity.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import { PurchaseOrder } from '../src/modules/purchasing/entities/purchase-order.entity.js';
import { supplierDeliveryFacts } from '../src/modules/purchasing/services/supplier-facts.js';
import { shopDay } from '../src/core/time.js';
import type { Partner } from '../src/modules/partners/entities/partner.entity.js';
import type { Sku } from '../src/modules/catalog/entities/sku.entity.js';

let s: TestServer;
let buyer: string;
let manager: string;
let admin: string;
let wh: string;
beforeAll(async () => {
  s = await startTestServer();
  [buyer, manager, admin] = await Promise.all(['purchasing', 'manager', 'admin'].map((u) => s.login(`${u}@demo.shop`)));
  wh = String((await makeWarehouses(s.orm, `PAW${process.pid}`))[0].id);
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const today = () => shopDay(new Date(), s.config.shopTimezone);
async function sentOrder(supplier: Partner, lines: [Sku, number, number][], expectedDeliveryDate?: string) {
  const r = await s.gql(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id code lines { id } } errors { message } } }`,
    { i: { supplierId: String(supplier.id), warehouseId: wh, expectedDeliveryDate, lines: lines.map(([sku, quantity, unitPrice]) => ({ skuId: String(sku.id), quantity, unitPrice })) } }, { token: buyer });
  const order = r.data.createPurchaseOrder.purchaseOrder;
  for (const op of ['approvePurchaseOrder', 'sendPurchaseOrder']) await s.gql(`mutation { ${op}(input: { id: "${order.id}" }) { errors { code } } }`, {}, { token: buyer });
  return order;
}
async function receive(orderId: string, lines: unknown[]) {
  const r = await s.gql(`mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { receipt { code lines { holding { id } } } errors { field code message } } }`, { i: { orderId, lines } }, { token: buyer });
  expect(r.data.receivePurchaseOrder.errors).toEqual([]);
  return r.data.receivePurchaseOrder.receipt;
}
const RET = `purchaseReturn { id code status totalAmount lines { source quantity unitPrice sku { code } holding { heldQuantity returnedQuantity } } history { toState } } errors { field code message }`;
const retOp = async (op: string, i: Record<string, unknown>, type = 'PurchaseDocumentActionInput') =>
  (await s.gql(`mutation($i: ${type}!) { ${op}(input: $i) { ${RET} } }`, { i }, { token: buyer })).data[op];
const balance = async (supplier: Partner, token = buyer) =>
  (await s.gql(`query($id: ID) { supplierBalances(supplierId: $id) { payable paid credited balance supplier { code } } }`, { id: String(supplier.id) }, { token })).data.supplierBalances;

describe('purchase returns and the supplier account', () => {
  it('returns QC rejects and saleable stock, credits the supplier, records a payment, and states the balance', async () => {
    const supplier = await makeSupplier(s.orm);
    const [a, b] = await makeSkus(s.orm, 2);
    const order = await sentOrder(supplier, [[a, 10, 1000], [b, 4, 2500]]);
    const receipt = await receive(order.id, [
      { lineId: order.lines[0].id, receivedQuantity: 10, acceptedQuantity: 7, rejectedQuantity: 3, rejectReason: '受潮' },
      { lineId: order.lines[1].id, receivedQuantity: 4, acceptedQuantity: 4, rejectedQuantity: 0 },
    ]);
    const holdingId = receipt.lines[0].holding.id;
    expect(await balance(supplier)).toEqual([{ payable: 17_000, paid: 0, credited: 0, balance: 17_000, supplier: { code: supplier.code } }]);

    const priced = await retOp('createPurchaseReturn', { supplierId: String(supplier.id), warehouseId: wh, lines: [{ source: 'DEFECTIVE', holdingId, quantity: 1, unitPrice: 1000 }] }, 'CreatePurchaseReturnInput');
    expect(priced.errors[0]).toMatchObject({ field: 'lines.0.unitPrice', code: 'INVALID' });
    const tooMany = await retOp('createPurchaseReturn', { supplierId: String(supplier.id), warehouseId: wh, lines: [{ source: 'DEFECTIVE', holdingId, quantity: 4 }] }, 'CreatePurchaseReturnInput');
    expect(tooMany.errors[0]).toMatchObject({ field: 'lines.0.quantity', code: 'INSUFFICIENT_STOCK' });
    const created = await retOp('createPurchaseReturn', { supplierId: String(supplier.id), warehouseId: wh, orderId: order.id, note: '退次品和多余库存',
      lines: [{ source: 'DEFECTIVE', holdingId, quantity: 3 }, { source: 'STOCK', skuId: String(b.id), quantity: 1, reason: '滞销' }] }, 'CreatePurchaseReturnInput');
    expect(created.errors).toEqual([]);
    const ret = created.purchaseReturn;
    // QC rejects were never payable, so they credit nothing; saleable stock credits at the order's price.
    expect(ret).toMatchObject({ status: 'DRAFT', totalAmount: 2500 });
    expect(ret.lines.map((l: any) => l.unitPrice)).toEqual([0, 2500]);
    expect((await retOp('creditPurchaseReturn', { id: ret.id }, 'CreditPurchaseReturnInput')).errors[0].code).toBe('WRONG_STATE');

    const shipped = await retOp('shipPurchaseReturn', { id: ret.id });
    expect(shipped.errors).toEqual([]);
    expect(shipped.purchaseReturn.lines[0].holding).toEqual({ heldQuantity: 0, returnedQuantity: 3 });
    expect(await level(s.orm, b.id, Number(wh))).toMatchObject({ onHand: 3 });
    const out = await s.orm.em.fork().find(StockMovement, { referenceId: ret.code });
    expect(out.map((m) => [m.sku.id, m.type, m.quantity, m.referenceType])).toEqual([[b.id, 'PURCHASE_RETURN_OUT', -1, 'PurchaseReturn']]);
    const em = s.orm.em.fork();
    expect((await em.findOneOrFail(PurchaseOrder, Number(order.id), { populate: ['lines'] })).lines.getItems().map((l) => l.returnedQuantity)).toEqual([3, 1]);
    expect(await balance(supplier)).toMatchObject([{ credited: 0, balance: 17_000 }]); // shipped, not yet credited

    const credited = await retOp('creditPurchaseReturn', { id: ret.id, creditReference: 'CN-0001' }, 'CreditPurchaseReturnInput');
    expect(credited.purchaseReturn.status).toBe('CREDITED');
    expect(credited.purchaseReturn.history.map((h: any) => h.toState)).toEqual(['DRAFT', 'SHIPPED', 'CREDITED']);

    // Payments need ledger:write (the shop manager), and enter the shop ledger as a purchase payment.
    const pay = `mutation($i: RecordSupplierPaymentInput!) { recordSupplierPayment(input: $i) { entry { kind amount method reference } errors { field code } } }`;
    const payment = { supplierId: String(supplier.id), amount: 6_000, method: 'BANK_TRANSFER', reference: 'TX-778' };
    expect(codes(await s.gql(pay, { i: payment }, { token: buyer }))).toEqual(['FORBIDDEN']);
    expect((await s.gql(pay, { i: { ...payment, amount: 0 } }, { token: manager })).data.recordSupplierPayment.errors).toEqual([{ field: 'amount', code: 'INVALID' }]);
    expect((await s.gql(pay, { i: payment }, { token: manager })).data.recordSupplierPayment.entry).toEqual({ kind: 'PAYMENT', amount: 6_000, method: 'BANK_TRANSFER', reference: 'TX-778' });
    const ledger = await s.orm.em.fork().find(LedgerEntry, { sourceType: 'SupplierPayment', sourceId: supplier.code });
    expect(ledger.map((e) => [e.category, e.direction, e.amountFen, e.reference])).toEqual([['PURCHASE_PAYMENT', 'EXPENSE', 6_000, 'TX-778']]);

    const closing = 17_000 - 2_500 - 6_000;
    expect(await balance(supplier)).toEqual([{ payable: 17_000, paid: 6_000, credited: 2_500, balance: closing, supplier: { code: supplier.code } }]);
    const st = `query($id: ID!, $f: String!, $t: String!) { supplierStatement(supplierId: $id, fromDay: $f, toDay: $t) { openingBalance payable paid credited closingBalance lines { balanceAfter entry { kind amount } } } }`;
    const statement = (await s.gql(st, { id: String(supplier.id), f: today(), t: today() }, { token: buyer })).data.supplierStatement;
    expect(statement).toEqual({ openingBalance: 0, payable: 17_000, paid: 6_000, credited: 2_500, closingBalance: closing,
      lines: [{ balanceAfter: 17_000, entry: { kind: 'PAYABLE', amount: 17_000 } }, { balanceAfter: 14_500, entry: { kind: 'CREDIT', amount: 2_500 } }, { balanceAfter: closing, entry: { kind: 'PAYMENT', amount: 6_000 } }] });
    const later = (await s.gql(st, { id: String(supplier.id), f: '2099-01-01', t: '2099-01-31' }, { token: buyer })).data.supplierStatement;
    expect(later).toMatchObject({ openingBalance: closing, closingBalance: closing, lines: [] });
    const csv = (await s.gql(`query($id: ID!, $f: String!, $t: String!) { supplierStatementCsv(supplierId: $id, fromDay: $f, toDay: $t) }`, { id: String(supplier.id), f: today(), t: today() }, { token: buyer })).data.supplierStatementCsv as string;
    const rows = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(rows[0]).toBe('business_day,occurred_at,kind,source_type,source_code,method,reference,debit_yuan,credit_yuan,balance_yuan,note');
    expect(rows).toHaveLength(6); // header, opening, three entries, closing
    expect(rows[5]).toContain('CLOSING');
    expect(rows[5]).toContain('85.00');
    expect(codes(await s.gql(st, { id: String(supplier.id), f: '2026-02-30', t: today() }, { token: buyer }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('supplier tokens and delivery facts', () => {
  it('a supplier token sees only its own orders, receipts, returns and account, and confirms an order with a promised date', async () => {
    const [mine, theirs] = [await makeSupplier(s.orm), await makeSupplier(s.orm)];
    const [a] = await makeSkus(s.orm, 1);
    const own = await sentOrder(mine, [[a, 6, 100]], '2099-06-30');
    const other = await sentOrder(theirs, [[a, 6, 100]]);
    await receive(other.id, [{ lineId: other.lines[0].id, receivedQuantity: 2, acceptedQuantity: 2, rejectedQuantity: 0 }]);
    const issued = await s.gql(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret errors { code } } }`,
      { i: { name: 'supplier portal', kind: 'PARTNER', partnerId: String(mine.id), permissions: ['purchase:read', 'purchase:confirm'] } }, { token: admin });
    const token = issued.data.createApiToken.secret;
    const list = await s.gql(`{ purchaseOrders(first: 100) { totalCount nodes { code supplier { code } plan { code } } } }`, {}, { token });
    expect(list.data.purchaseOrders).toEqual({ totalCount: 1, nodes: [{ code: own.code, supplier: { code: mine.code }, plan: null }] });
    expect((await s.gql(`query($id: ID!) { purchaseOrder(id: $id) { code } }`, { id: other.id }, { token })).data.purchaseOrder).toBeNull();
    expect((await s.gql(`{ purchaseReceipts { totalCount } purchaseReturns { totalCount } purchasePlans { totalCount } }`, {}, { token })).data).toEqual({ purchaseReceipts: { totalCount: 0 }, purchaseReturns: { totalCount: 0 }, purchasePlans: { totalCount: 0 } });
    expect(await balance(theirs, token)).toEqual([]);
    expect(codes(await s.gql(`query($id: ID!) { supplierStatement(supplierId: $id, fromDay: "2026-01-01", toDay: "2026-12-31") { closingBalance } }`, { id: String(theirs.id) }, { token }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await s.gql(`mutation { sendPurchaseOrder(input: { id: "${own.id}" }) { errors { code } } }`, {}, { token }))).toEqual(['FORBIDDEN']);

    const confirm = `mutation($i: ConfirmPurchaseOrderInput!) { confirmPurchaseOrder(input: $i) { purchaseOrder { confirmedAt promisedDeliveryDate history { note } } errors { field code } } }`;
    expect((await s.gql(confirm, { i: { id: other.id, promisedDeliveryDate: '2099-01-01' } }, { token })).data.confirmPurchaseOrder.errors).toEqual([{ field: 'id', code: 'NOT_FOUND' }]);
    expect((await s.gql(confirm, { i: { id: own.id, promisedDeliveryDate: '2099-13-01' } }, { token })).data.confirmPurchaseOrder.errors).toEqual([{ field: 'promisedDeliveryDate', code: 'INVALID' }]);
    const done = (await s.gql(confirm, { i: { id: own.id, promisedDeliveryDate: '2099-06-20', note: '可提前发货' } }, { token })).data.confirmPurchaseOrder;
    expect(done.errors).toEqual([]);
    expect(done.purchaseOrder.promisedDeliveryDate).toBe('2099-06-20');
    expect(done.purchaseOrder.confirmedAt).toBeTruthy();
    expect(done.purchaseOrder.history.at(-1).note).toContain('2099-06-20');
    await receive(own.id, [{ lineId: own.lines[0].id, receivedQuantity: 1, acceptedQuantity: 0, rejectedQuantity: 1, rejectReason: '色差' }]);
    const receipts = await s.gql(`{ purchaseReceipts { nodes { rejectedQuantity supplier { code } lines { rejectReason } } } }`, {}, { token });
    expect(receipts.data.purchaseReceipts.nodes).toEqual([{ rejectedQuantity: 1, supplier: { code: mine.code }, lines: [{ rejectReason: '色差' }] }]);
  });

  it('supplierDeliveryFacts counts receipts, on-time deliveries (promised else expected date) and units', async () => {
    const supplier = await makeSupplier(s.orm);
    const [a, b] = await makeSkus(s.orm, 2);
    const onTime = await sentOrder(supplier, [[a, 10, 100]], '2099-01-01');
    const late = await sentOrder(supplier, [[b, 8, 100]], '2020-01-01');
    await receive(onTime.id, [{ lineId: onTime.lines[0].id, receivedQuantity: 6, acceptedQuantity: 5, rejectedQuantity: 1, rejectReason: '破' }]);
    await receive(late.id, [{ lineId: late.lines[0].id, receivedQuantity: 8, acceptedQuantity: 8, rejectedQuantity: 0 }]);
    // A promised date earlier than today makes the first order's next receipt late; the first stays on time.
    await s.orm.em.fork().nativeUpdate(PurchaseOrder, { id: Number(onTime.id) }, { promisedDeliveryDate: '2021-01-01' });
    const second = await receive(onTime.id, [{ lineId: onTime.lines[0].id, receivedQuantity: 4, acceptedQuantity: 4, rejectedQuantity: 0 }]);
    const em = s.orm.em.fork();
    const holding = await em.findOneOrFail(DefectiveHolding, { sourceRef: { $ne: second.code }, supplier: supplier.id });
    const ret = await retOp('createPurchaseReturn', { supplierId: String(supplier.id), warehouseId: wh, lines: [{ source: 'DEFECTIVE', holdingId: String(holding.id), quantity: 1 }] }, 'CreatePurchaseReturnInput');
    await retOp('shipPurchaseReturn', { id: ret.purchaseReturn.id });
    const day = 86_400_000;
    const facts = await supplierDeliveryFacts(s.orm.em.fork(), { from: new Date(Date.now() - day), to: new Date(Date.now() + day), supplierIds: [supplier.id] });
    expect(facts.get(supplier.id)).toEqual({ receipts: 3, onTimeReceipts: 1, orderedUnits: 18, receivedUnits: 18, acceptedUnits: 17, rejectedUnits: 1, returnedUnits: 1 });
    expect((await supplierDeliveryFacts(s.orm.em.fork(), { from: new Date(Date.now() + day), to: new Date(Date.now() + 2 * day) })).size).toBe(0);
    expect((await supplierDeliveryFacts(s.orm.em.fork(), { from: new Date(Date.now() - day), to: new Date(Date.now() + day), supplierIds: [] })).size).toBe(0);
  });
});
