import { lazy } from 'react';

export const ReviewsPage = lazy(() => import('./ReviewsPage'));
export const ReviewDetailPage = lazy(() => import('./ReviewDetailPage'));
