import { lazy } from 'react';

export const RefundsPage = lazy(() => import('./RefundsPage'));
