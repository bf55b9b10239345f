import { lazy } from 'react';

export const SupplierStatementsPage = lazy(() => import('./SupplierStatementsPage'));
