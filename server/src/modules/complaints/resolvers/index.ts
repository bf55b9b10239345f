/** The complaints module's resolver classes, registered by modules/resolvers.ts. */
export const COMPLAINTS_RESOLVERS = [] as const;
