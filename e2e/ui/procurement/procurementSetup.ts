import { expect, type APIRequestContext } from '@playwright/test';
import { gql } from '../../support/graphql';
import { stamp } from '../../support/inventory';

/**
 * Procurement test data made through the API as admin (call asAdmin first): each test has its own supplier with
 * supply terms, so tests run in parallel and never lean on demo suppliers.
 */

type Errors = { field: string | null; message: string; code: string }[];

export async function run<T>(request: APIRequestContext, name: string, query: string, input: unknown): Promise<T> {
  const result = await gql<Record<string, T & { errors: Errors }>>(request, query, { input });
  expect(result.errors, JSON.stringify(result)).toBeUndefined();
  expect(result.data?.[name].errors, JSON.stringify(result)).toEqual([]);
  return result.data![name];
}

export interface TestSupplier { id: string; code: string; name: string; label: string }

/** An approved supplier (partner + purchasing profile). */
export async function createSupplier(request: APIRequestContext, name: string, grade = 'B'): Promise<TestSupplier> {
  const code = `E2E-SUP-${stamp()}`;
  const partner = await run<{ partner: { id: string } }>(request, 'createPartner',
    'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { field message code } } }',
    { type: 'SUPPLIER', code, name, contactName: '王经理', contactPhone: '13800000000' });
  await run(request, 'saveSupplierProfile',
    'mutation ($input: SaveSupplierProfileInput!) { saveSupplierProfile(input: $input) { supplier { id } errors { field message code } } }',
    { partnerId: partner.partner.id, status: 'APPROVED', grade, paymentTerms: '月结30天', categories: ['茶叶'] });
  return { id: partner.partner.id, code, name, label: `${code} ${name}` };
}

/** The supplier's terms for a SKU (preferred by default, so plans pick this supplier). */
export async function supplySku(request: APIRequestContext, supplierId: string, skuId: string, terms: { unitPrice: number; leadTimeDays?: number; minOrderQuantity?: number; preferred?: boolean }) {
  await run(request, 'saveSupplierSku',
    'mutation ($input: SaveSupplierSkuInput!) { saveSupplierSku(input: $input) { supplierSku { id } errors { field message code } } }',
    { supplierId, skuId, unitPrice: terms.unitPrice, leadTimeDays: terms.leadTimeDays ?? 3, minOrderQuantity: terms.minOrderQuantity ?? 1, preferred: terms.preferred ?? true });
}

/** A contract in force with the supplier: created by admin, reviewed by someone else (the four-eyes rule), activated. */
export async function activeContract(author: APIRequestContext, reviewer: APIRequestContext, input: { supplierId: string; title: string; startDate: string; endDate: string }) {
  const created = await run<{ contract: { id: string; code: string } }>(author, 'createContract',
    'mutation ($input: CreateContractInput!) { createContract(input: $input) { contract { id code } errors { field message code } } }',
    { ...input, type: 'SUPPLY', shopParty: 'ShopOps 茶叶旗舰店', amount: 1_000_000 });
  const action = (name: string) => `mutation ($input: ContractActionInput!) { ${name}(input: $input) { contract { id status } errors { field message code } } }`;
  await run(author, 'submitContract', action('submitContract'), { id: created.contract.id });
  await run(reviewer, 'approveContract', action('approveContract'), { id: created.contract.id });
  await run(author, 'activateContract', action('activateContract'), { id: created.contract.id });
  return created.contract;
}

/** A YYYY-MM-DD day n days from today in the shop's time zone. */
export function shopDayFromNow(n: number): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface ReceivedOrder { id: string; code: string; lineId: string }

/** A purchase order for one SKU, approved, sent and received through the API (accepted + rejected units). */
export async function receivedOrder(request: APIRequestContext, input: { supplierId: string; warehouseId: string; skuId: string; unitPrice: number; accepted: number; rejected: number; reason?: string }): Promise<ReceivedOrder> {
  const quantity = input.accepted + input.rejected;
  const created = await run<{ purchaseOrder: { id: string; code: string; lines: { id: string }[] } }>(request, 'createPurchaseOrder',
    'mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id code lines { id } } errors { field message code } } }',
    { supplierId: input.supplierId, warehouseId: input.warehouseId, lines: [{ skuId: input.skuId, quantity, unitPrice: input.unitPrice }] });
  const order = created.purchaseOrder;
  const step = (name: string) => `mutation ($input: PurchaseDocumentActionInput!) { ${name}(input: $input) { purchaseOrder { id status } errors { field message code } } }`;
  await run(request, 'approvePurchaseOrder', step('approvePurchaseOrder'), { id: order.id });
  await run(request, 'sendPurchaseOrder', step('sendPurchaseOrder'), { id: order.id });
  await run(request, 'receivePurchaseOrder',
    'mutation ($input: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $input) { receipt { id } errors { field message code } } }',
    { orderId: order.id, lines: [{ lineId: order.lines[0].id, receivedQuantity: quantity, acceptedQuantity: input.accepted, rejectedQuantity: input.rejected, rejectReason: input.rejected ? input.reason ?? '外观破损' : null }] });
  return { id: order.id, code: order.code, lineId: order.lines[0].id };
}
