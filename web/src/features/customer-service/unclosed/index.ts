import { lazy } from 'react';

export const UnclosedPage = lazy(() => import('./UnclosedPage'));
