import { lazy } from 'react';

export const ApiTokensPage = lazy(() => import('./ApiTokensPage'));
