import type { ComplaintState } from '../../../gql/graphql';

/** The board's columns, in the loop's order; the two closed states share the last column. */
export const BOARD_COLUMNS: { key: string; states: ComplaintState[] }[] = [
  { key: 'REGISTERED', states: ['REGISTERED'] },
  { key: 'JUDGED', states: ['JUDGED'] },
  { key: 'INVESTIGATED', states: ['INVESTIGATED'] },
  { key: 'PROPOSED', states: ['PROPOSED'] },
  { key: 'APPROVED', states: ['APPROVED'] },
  { key: 'IMPLEMENTED', states: ['IMPLEMENTED'] },
  { key: 'ACCEPTED', states: ['ACCEPTED'] },
];

export const OPEN_STATES: ComplaintState[] = ['REGISTERED', 'JUDGED', 'INVESTIGATED', 'PROPOSED', 'APPROVED', 'IMPLEMENTED', 'ACCEPTED'];
export const COMPLAINT_STATES: ComplaintState[] = [...OPEN_STATES, 'CLOSED', 'CLOSED_INVALID'];

export const STATE_COLOR: Record<ComplaintState, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary' | 'secondary'> = {
  REGISTERED: 'default', JUDGED: 'info', INVESTIGATED: 'info', PROPOSED: 'warning', APPROVED: 'secondary',
  IMPLEMENTED: 'primary', ACCEPTED: 'primary', CLOSED: 'success', CLOSED_INVALID: 'default',
};

/**
 * Which step of the loop (1 intake … 7 summary) each state waits for; 8 once closed. A step is done when
 * it is below this number, current when equal.
 */
export const NEXT_STEP: Record<ComplaintState, number> = {
  REGISTERED: 2, JUDGED: 3, INVESTIGATED: 4, PROPOSED: 5, APPROVED: 6, IMPLEMENTED: 6, ACCEPTED: 7, CLOSED: 8, CLOSED_INVALID: 8,
};

export const CHANNELS = ['PHONE', 'CHAT', 'PLATFORM', 'REVIEW', 'EMAIL', 'CUSTOMER_SERVICE', 'OTHER'] as const;
export const CATEGORIES = ['QUALITY', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DELIVERY', 'SERVICE_ATTITUDE', 'PRICE', 'AFTER_SALES', 'OTHER'] as const;
export const CAUSES = ['PRODUCT_QUALITY', 'LOGISTICS', 'SERVICE', 'BUYER', 'OTHER'] as const;
export const SOLUTIONS = ['REFUND', 'RETURN', 'EXCHANGE', 'RESEND', 'COMPENSATION', 'COUPON', 'APOLOGY'] as const;
export const AMOUNT_SOLUTIONS: readonly string[] = ['REFUND', 'COMPENSATION', 'COUPON'];
export const RETURN_SOLUTIONS: readonly string[] = ['REFUND', 'RETURN', 'EXCHANGE'];
export const ACCEPTANCE_METHODS = ['PHONE', 'CHAT', 'SMS', 'EMAIL', 'SIGNATURE', 'PLATFORM'] as const;
export const CONTACT_CHANNELS = ['PHONE', 'SMS', 'EMAIL', 'CHAT'] as const;
export const RETURN_REASONS = ['QUALITY_DEFECT', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DAMAGED_IN_TRANSIT', 'CHANGED_MIND', 'SIZE_SPEC', 'MISSING_PARTS', 'OTHER'] as const;
