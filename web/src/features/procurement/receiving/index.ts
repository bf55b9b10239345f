import { lazy } from 'react';

export const ReceivingPage = lazy(() => import('./ReceivingPage'));
export const ReceiveOrderPage = lazy(() => import('./ReceiveOrderPage'));
