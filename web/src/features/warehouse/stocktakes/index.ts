import { lazy } from 'react';

export const StocktakesPage = lazy(() => import('./StocktakesPage'));
export const StocktakeDetailPage = lazy(() => import('./StocktakeDetailPage'));
