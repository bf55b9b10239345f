import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the suppliers module (see operation-samples.ts). */
export const SUPPLIERS_SAMPLES: Record<string, OperationSample> = {
  suppliers: { query: '{ suppliers(first: 1) { totalCount } }' },
  supplier: { query: '{ supplier(partnerId: "999999") { id } }' },
  saveSupplierProfile: { query: 'mutation { saveSupplierProfile(input: { partnerId: "999999" }) { errors { code } } }' },
  supplierSkus: { query: '{ supplierSkus(first: 1) { totalCount } }' },
  saveSupplierSku: { query: 'mutation { saveSupplierSku(input: { supplierId: "999999", skuId: "999999", unitPrice: -1 }) { errors { code } } }' },
  removeSupplierSku: { query: 'mutation { removeSupplierSku(input: { id: "999999" }) { errors { code } } }' },
  supplierEvaluations: { query: '{ supplierEvaluations(first: 1) { totalCount } }' },
  recordSupplierEvaluation: { query: 'mutation { recordSupplierEvaluation(input: { supplierId: "999999", period: "bad", method: SITE_VISIT, quality: 101, delivery: 0, price: 0, service: 0, credit: 0 }) { errors { code } } }' },
  supplierScoreWeights: { query: '{ supplierScoreWeights { quality } }' },
  setSupplierScoreWeights: { query: 'mutation { setSupplierScoreWeights(input: { quality: 50, delivery: 50, price: 50, service: 0, credit: 0 }) { errors { code } } }' },
  supplierScorecard: { query: '{ supplierScorecard(supplierId: "999999", period: "2026-11") { composite } }' },
  supplierScoreHistory: { query: '{ supplierScoreHistory(supplierId: "999999") { period } }' },
  supplierRanking: { query: '{ supplierRanking(period: "2026-Q4", limit: 1) { rank } }' },
  scoreSuppliersForPeriod: { query: 'mutation { scoreSuppliersForPeriod(input: { period: "bad" }) { errors { code } } }' },
  rfqs: { query: '{ rfqs(first: 1) { totalCount } }' },
  rfq: { query: '{ rfq(id: "999999") { id } }' },
  rfqComparison: { query: '{ rfqComparison(id: "999999") { quotes { bestPrice } } }' },
  createRfq: { query: 'mutation { createRfq(input: { title: "", lines: [], supplierIds: [] }) { errors { code } } }' },
  sendRfq: { query: 'mutation { sendRfq(input: { id: "999999" }) { errors { code } } }' },
  recordRfqQuotes: { query: 'mutation { recordRfqQuotes(input: { rfqId: "999999", supplierId: "999999", lines: [] }) { errors { code } } }' },
  awardRfq: { query: 'mutation { awardRfq(input: { id: "999999", supplierId: "999999" }) { errors { code } } }' },
  closeRfq: { query: 'mutation { closeRfq(input: { id: "999999" }) { errors { code } } }' },
  cancelRfq: { query: 'mutation { cancelRfq(input: { id: "999999" }) { errors { code } } }' },
};
