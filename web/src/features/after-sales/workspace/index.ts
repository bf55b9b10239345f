import { lazy } from 'react';

export const AfterSalesWorkspace = lazy(() => import('./WorkspacePage'));
