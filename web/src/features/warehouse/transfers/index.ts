import { lazy } from 'react';

export const TransfersPage = lazy(() => import('./TransfersPage'));
export const TransferDetailPage = lazy(() => import('./TransferDetailPage'));
