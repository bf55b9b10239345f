import { lazy } from 'react';

export const LowStockPage = lazy(() => import('./LowStockPage'));
