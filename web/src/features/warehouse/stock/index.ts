import { lazy } from 'react';

export const StockPage = lazy(() => import('./StockPage'));
