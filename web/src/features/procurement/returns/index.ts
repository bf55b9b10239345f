import { lazy } from 'react';

export const PurchaseReturnsPage = lazy(() => import('./PurchaseReturnsPage'));
