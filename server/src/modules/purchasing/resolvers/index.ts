/** The purchasing module's resolver classes, registered by modules/resolvers.ts. */
export const PURCHASING_RESOLVERS = [] as const;
