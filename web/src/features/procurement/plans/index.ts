import { lazy } from 'react';

export const PlansPage = lazy(() => import('./PlansPage'));
export const PlanDetailPage = lazy(() => import('./PlanDetailPage'));
