import { lazy } from 'react';

export const WarehouseWorkspace = lazy(() => import('./WorkspacePage'));
