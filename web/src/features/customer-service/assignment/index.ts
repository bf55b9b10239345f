import { lazy } from 'react';

export const AssignmentPage = lazy(() => import('./AssignmentPage'));
