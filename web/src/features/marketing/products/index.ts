import { lazy } from 'react';

export const ProductsPage = lazy(() => import('./ProductsPage'));
export const ProductEditorPage = lazy(() => import('./ProductEditorPage'));
