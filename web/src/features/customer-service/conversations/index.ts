import { lazy } from 'react';

export const ConversationsPage = lazy(() => import('./ConversationsPage'));
