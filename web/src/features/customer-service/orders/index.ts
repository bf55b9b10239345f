import { lazy } from 'react';

export const OrdersPage = lazy(() => import('./OrdersPage'));
export const OrderDetailPage = lazy(() => import('./OrderDetailPage'));
