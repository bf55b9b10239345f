import { lazy } from 'react';

export const PartnersPage = lazy(() => import('./PartnersPage'));
