import type { TransferStatus } from '../../../gql/graphql';

export const TRANSFER_STATUS_COLOR: Record<TransferStatus, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  DRAFT: 'default',
  SHIPPED: 'info',
  RECEIVED: 'warning',
  CLOSED: 'success',
  CANCELLED: 'error',
};
