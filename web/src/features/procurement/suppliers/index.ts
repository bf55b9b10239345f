import { lazy } from 'react';

export const SuppliersPage = lazy(() => import('./SuppliersPage'));
export const SupplierDetailPage = lazy(() => import('./SupplierDetailPage'));
