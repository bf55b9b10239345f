import { lazy } from 'react';

export const ManagementWorkspace = lazy(() => import('./WorkspacePage'));
