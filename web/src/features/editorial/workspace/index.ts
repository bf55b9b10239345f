import { lazy } from 'react';

export const EditorialWorkspace = lazy(() => import('./WorkspacePage'));
