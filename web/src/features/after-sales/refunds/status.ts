import type { TFunction } from 'i18next';
import type { RefundStatus } from '../../../gql/graphql';

export const REFUND_STATUSES: RefundStatus[] = ['REQUESTED', 'AWAITING_SECOND_APPROVAL', 'PAID', 'REJECTED'];

export const REFUND_STATUS_COLOR: Record<RefundStatus, 'default' | 'warning' | 'success' | 'error' | 'info'> = {
  REQUESTED: 'info', AWAITING_SECOND_APPROVAL: 'warning', PAID: 'success', REJECTED: 'error',
};

/** Which approval a waiting refund needs next: the first, or (above the limit) the second by someone else. */
export function refundStep(t: TFunction, refund: { status: RefundStatus; needsSecondApproval: boolean }): string {
  if (refund.status === 'REQUESTED') return refund.needsSecondApproval ? t('as.refund.needsTwo') : t('as.refund.needsOne');
  if (refund.status === 'AWAITING_SECOND_APPROVAL') return t('as.refund.needsSecond');
  return '';
}
