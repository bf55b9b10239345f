import { lazy } from 'react';

export const LeadListsPage = lazy(() => import('./LeadListsPage'));
