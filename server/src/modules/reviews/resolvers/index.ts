/** The reviews module's resolver classes, registered by modules/resolvers.ts. */
export const REVIEWS_RESOLVERS = [] as const;
