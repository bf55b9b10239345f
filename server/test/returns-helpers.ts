import { expect } from 'vitest';
import type { TestServer } from './harness.js';
import { act, packedOrder, type OrderTokens } from './fixtures/orders.js';

/** After-sales accounts: a specialist (return:write), the supervisor and the shop manager (both return:approve). */
export interface ReturnTokens { clerk: string; lead: string; manager: string; cs: string }

export async function returnTokens(s: TestServer): Promise<ReturnTokens> {
  const [clerk, lead, manager, cs] = await Promise.all(['aftersales1', 'aftersales.lead', 'manager', 'cs1'].map((p) => s.login(`${p}@demo.shop`)));
  return { clerk, lead, manager, cs };
}

/** A paid order taken through packing and shipped; returns the order with its line ids. */
export async function shippedOrder(s: TestServer, t: OrderTokens, warehouseId: number, courierId: string, lines: Record<string, unknown>[]) {
  const order = await packedOrder(s, t, warehouseId, lines);
  const r = await s.gql(`mutation($i: ShipOrderInput!) { shipOrder(input: $i) { errors { field code message } } }`,
    { i: { id: order.id, shipments: [{ courierId, waybillNo: `W${order.id}${Date.now() % 100000}` }] } }, { token: t.warehouse });
  expect(r.data.shipOrder.errors).toEqual([]);
  const full = await s.gql(`query($id: ID!) { order(id: $id) { id code status paidFen totalFen lines { id skuCode quantity } } }`, { id: order.id }, { token: t.admin });
  return full.data.order as { id: string; code: string; status: string; paidFen: number; totalFen: number; lines: { id: string; skuCode: string; quantity: number }[] };
}

export const RETURN_FIELDS = `id code type status reasonCode orderCode units refundedFen complaintCode
  warehouse { code } exchangeOrder { id code status totalFen replacementForReturnCode }
  lines { id skuCode quantity restockedQuantity defectiveQuantity uninspectedQuantity }
  inspections { outcome quantity holding { id source sourceRef heldQuantity } }
  refunds { code status amountFen } timeline { fromState toState actorLabel note }`;

/** Runs a returns mutation taking `input` and returning `{ returnRequest, errors }` (or `{ refund, errors }`). */
export async function rr(s: TestServer, token: string, operation: string, inputType: string, input: Record<string, unknown>, fields = `returnRequest { ${RETURN_FIELDS} }`) {
  const r = await s.gql(`mutation($i: ${inputType}!) { ${operation}(input: $i) { ${fields} errors { field code message } } }`, { i: input }, { token });
  if (r.errors) return { errors: r.errors.map((e) => ({ code: e.extensions?.code, message: e.message, field: null })) } as any;
  return r.data[operation];
}

export const REFUND_FIELDS = 'refund { id code status amountFen needsSecondApproval firstApproverLabel secondApproverLabel payment { kind amountFen reference } }';

export async function openApproved(s: TestServer, rt: ReturnTokens, input: Record<string, unknown>) {
  const opened = await rr(s, rt.clerk, 'openReturnRequest', 'OpenReturnRequestInput', input);
  expect(opened.errors).toEqual([]);
  const approved = await rr(s, rt.lead, 'approveReturn', 'ReturnActionInput', { id: opened.returnRequest.id, note: '同意' });
  expect(approved.errors).toEqual([]);
  return approved.returnRequest;
}

export { act };
