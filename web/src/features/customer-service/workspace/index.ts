import { lazy } from 'react';

export const CustomerServiceWorkspace = lazy(() => import('./WorkspacePage'));
