import { lazy } from 'react';

export const PurchaseOrdersPage = lazy(() => import('./PurchaseOrdersPage'));
export const PurchaseOrderDetailPage = lazy(() => import('./PurchaseOrderDetailPage'));
