import { lazy } from 'react';

export const ProcurementWorkspace = lazy(() => import('./WorkspacePage'));
