import { lazy } from 'react';

export const FulfilmentPage = lazy(() => import('./FulfilmentPage'));
