import { lazy } from 'react';

export const EscalationsPage = lazy(() => import('./EscalationsPage'));
