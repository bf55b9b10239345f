import { lazy } from 'react';

export const ComplaintsPage = lazy(() => import('./ComplaintsPage'));
export const ComplaintIntakePage = lazy(() => import('./ComplaintIntakePage'));
export const ComplaintDetailPage = lazy(() => import('./ComplaintDetailPage'));
