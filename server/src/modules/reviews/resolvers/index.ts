import { CourierClaimsResolver } from './courier-claims.resolver.js';
import { CourierClaimFieldsResolver, ReviewFieldsResolver } from './review-fields.resolver.js';
import { ReviewsResolver } from './reviews.resolver.js';

/** The reviews module's resolver classes, registered by modules/resolvers.ts. */
export const REVIEWS_RESOLVERS = [ReviewsResolver, CourierClaimsResolver, ReviewFieldsResolver, CourierClaimFieldsResolver] as const;
