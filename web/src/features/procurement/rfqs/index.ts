import { lazy } from 'react';

export const RfqsPage = lazy(() => import('./RfqsPage'));
export const RfqDetailPage = lazy(() => import('./RfqDetailPage'));
