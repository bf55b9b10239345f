import { lazy } from 'react';

export const CouriersPage = lazy(() => import('./CouriersPage'));
