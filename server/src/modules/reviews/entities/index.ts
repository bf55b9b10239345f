import { CourierClaim } from './courier-claim.entity.js';
import { Review } from './review.entity.js';

/** The reviews module's entities, registered with the ORM by modules/entities.ts. */
export const REVIEWS_ENTITIES = [Review, CourierClaim];
