import { lazy } from 'react';

export const PriceApprovalsPage = lazy(() => import('./PriceApprovalsPage'));
