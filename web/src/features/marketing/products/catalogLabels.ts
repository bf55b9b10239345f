import type { ListingStatus, PriceTier } from '../../../gql/graphql';

export const PRICE_TIERS: PriceTier[] = ['TRAFFIC', 'VOLUME', 'IMAGE'];
export const LISTING_STATUSES: ListingStatus[] = ['ON_SHELF', 'OFF_SHELF'];
export const TIER_COLOR: Record<PriceTier, 'info' | 'primary' | 'secondary'> = { TRAFFIC: 'info', VOLUME: 'primary', IMAGE: 'secondary' };
