import { lazy } from 'react';

export const ShipmentsPage = lazy(() => import('./ShipmentsPage'));
