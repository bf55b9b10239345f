import { lazy } from 'react';

export const CustomersPage = lazy(() => import('./CustomersPage'));
export const CustomerDetailPage = lazy(() => import('./CustomerDetailPage'));
