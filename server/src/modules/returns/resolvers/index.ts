/** The returns module's resolver classes, registered by modules/resolvers.ts. */
export const RETURNS_RESOLVERS = [] as const;
