import { lazy } from 'react';

export const ReviewsPage = lazy(() => import('./ReviewsPage'));
