import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the returns module (see operation-samples.ts). */
export const RETURNS_SAMPLES: Record<string, OperationSample> = {
  returnRequests: { query: '{ returnRequests(first: 1) { totalCount } }' },
  returnRequest: { query: '{ returnRequest(id: "999999") { id } }' },
  returnAnalysis: { query: '{ returnAnalysis(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { requests } }' },
  openReturnRequest: { query: 'mutation { openReturnRequest(input: { orderId: "999999", type: RETURN, reasonCode: OTHER, lines: [] }) { errors { code } } }' },
  approveReturn: { query: 'mutation { approveReturn(input: { id: "999999" }) { errors { code } } }' },
  rejectReturn: { query: 'mutation { rejectReturn(input: { id: "999999" }) { errors { code } } }' },
  cancelReturn: { query: 'mutation { cancelReturn(input: { id: "999999" }) { errors { code } } }' },
  receiveReturn: { query: 'mutation { receiveReturn(input: { id: "999999", warehouseId: "999999" }) { errors { code } } }' },
  inspectReturn: { query: 'mutation { inspectReturn(input: { id: "999999", lines: [] }) { errors { code } } }' },
  createExchangeOrder: { query: 'mutation { createExchangeOrder(input: { id: "999999" }) { errors { code } } }' },
  completeReturn: { query: 'mutation { completeReturn(input: { id: "999999" }) { errors { code } } }' },
  refunds: { query: '{ refunds(first: 1) { totalCount } }' },
  refund: { query: '{ refund(id: "999999") { id } }' },
  requestRefund: { query: 'mutation { requestRefund(input: { returnRequestId: "999999", amountFen: 0, method: ALIPAY, reason: "" }) { errors { code } } }' },
  approveRefund: { query: 'mutation { approveRefund(input: { id: "999999" }) { errors { code } } }' },
  rejectRefund: { query: 'mutation { rejectRefund(input: { id: "999999" }) { errors { code } } }' },
};
