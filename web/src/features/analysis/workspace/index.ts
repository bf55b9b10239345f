import { lazy } from 'react';

export const AnalysisWorkspace = lazy(() => import('./WorkspacePage'));
