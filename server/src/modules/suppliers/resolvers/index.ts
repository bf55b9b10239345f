/** The suppliers module's resolver classes, registered by modules/resolvers.ts. */
export const SUPPLIERS_RESOLVERS = [] as const;
