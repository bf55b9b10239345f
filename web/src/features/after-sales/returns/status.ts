import type { ReturnReasonCode, ReturnStatus, ReturnType } from '../../../gql/graphql';

export const RETURN_STATUSES: ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED', 'INSPECTED', 'COMPLETED', 'REJECTED', 'CANCELLED'];
export const RETURN_TYPES: ReturnType[] = ['RETURN', 'EXCHANGE', 'REFUND_ONLY'];
export const RETURN_REASONS: ReturnReasonCode[] = ['QUALITY_DEFECT', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DAMAGED_IN_TRANSIT', 'CHANGED_MIND', 'SIZE_SPEC', 'MISSING_PARTS', 'OTHER'];

export const RETURN_STATUS_COLOR: Record<ReturnStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary'> = {
  REQUESTED: 'warning', APPROVED: 'info', RECEIVED: 'primary', INSPECTED: 'primary', COMPLETED: 'success', REJECTED: 'error', CANCELLED: 'default',
};
