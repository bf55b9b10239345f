import { lazy } from 'react';

export const MarketingWorkspace = lazy(() => import('./WorkspacePage'));
