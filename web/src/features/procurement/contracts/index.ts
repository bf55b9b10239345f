import { lazy } from 'react';

export const ContractsPage = lazy(() => import('./ContractsPage'));
export const ContractDetailPage = lazy(() => import('./ContractDetailPage'));
