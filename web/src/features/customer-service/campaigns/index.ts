import { lazy } from 'react';

export const CampaignsPage = lazy(() => import('./CampaignsPage'));
export const CampaignDetailPage = lazy(() => import('./CampaignDetailPage'));
