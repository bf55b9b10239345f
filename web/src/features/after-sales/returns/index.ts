import { lazy } from 'react';

export const ReturnsPage = lazy(() => import('./ReturnsPage'));
export const ReturnDetailPage = lazy(() => import('./ReturnDetailPage'));
