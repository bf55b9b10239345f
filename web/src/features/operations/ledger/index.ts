import { lazy } from 'react';

export const LedgerPage = lazy(() => import('./LedgerPage'));
