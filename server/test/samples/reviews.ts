import type { OperationSample } from '../operation-samples.js';

/** One harmless call per root operation of the reviews module (see operation-samples.ts). */
export const REVIEWS_SAMPLES: Record<string, OperationSample> = {
  reviews: { query: '{ reviews(first: 1) { totalCount } }' },
  review: { query: '{ review(id: "999999") { id } }' },
  reviewCounts: { query: '{ reviewCounts(period: DAY, from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { total } }' },
  reviewCountsByProduct: { query: '{ reviewCountsByProduct(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { total } }' },
  createReview: { query: 'mutation { createReview(input: { platform: TAOBAO, rating: 9, buyerName: "", reviewedAt: "2026-01-01T00:00:00Z" }) { errors { code } } }' },
  importReviewsCsv: { query: 'mutation { importReviewsCsv(input: { csv: "" }) { errors { code } } }' },
  replyToReview: { query: 'mutation { replyToReview(input: { id: "999999", text: "x" }) { errors { code } } }' },
  classifyBadReview: { query: 'mutation { classifyBadReview(input: { id: "999999", cause: BUYER }) { errors { code } } }' },
  requestReviewRevision: { query: 'mutation { requestReviewRevision(input: { id: "999999", explanation: "x" }) { errors { code } } }' },
  recordReviewRevision: { query: 'mutation { recordReviewRevision(input: { id: "999999", rating: 5 }) { errors { code } } }' },
  verifyLogisticsIssue: { query: 'mutation { verifyLogisticsIssue(input: { id: "999999", finding: "x" }) { errors { code } } }' },
  apologiseForReview: { query: 'mutation { apologiseForReview(input: { id: "999999", apology: "x" }) { errors { code } } }' },
  offerReturnForReview: { query: 'mutation { offerReturnForReview(input: { id: "999999", returnRequestId: "999999" }) { errors { code } } }' },
  recordStaffRetraining: { query: 'mutation { recordStaffRetraining(input: { id: "999999", userId: "999999", note: "x" }) { errors { code } } }' },
  resolveBadReview: { query: 'mutation { resolveBadReview(input: { id: "999999" }) { errors { code } } }' },
  courierClaims: { query: '{ courierClaims(first: 1) { totalCount } }' },
  courierClaim: { query: '{ courierClaim(id: "999999") { id } }' },
  fileCourierClaim: { query: 'mutation { fileCourierClaim(input: { courierId: "999999", amountFen: 0, reason: "" }) { errors { code } } }' },
  decideCourierClaim: { query: 'mutation { decideCourierClaim(input: { id: "999999", accepted: true }) { errors { code } } }' },
  settleCourierClaim: { query: 'mutation { settleCourierClaim(input: { id: "999999", settledAmountFen: 0 }) { errors { code } } }' },
};
