/** The reviews module's entities, registered with the ORM by modules/entities.ts. */
export const REVIEWS_ENTITIES = [];
