import type { StocktakeStatus } from '../../../gql/graphql';

export const STOCKTAKE_STATUS_COLOR: Record<StocktakeStatus, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  COUNTING: 'info',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  CANCELLED: 'error',
};
