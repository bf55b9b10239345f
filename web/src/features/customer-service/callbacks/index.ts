import { lazy } from 'react';

export const MyCallbacksPage = lazy(() => import('./MyCallbacksPage'));
export const CallbackTaskPage = lazy(() => import('./CallbackTaskPage'));
