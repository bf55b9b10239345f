/** The contracts module's resolver classes, registered by modules/resolvers.ts. */
export const CONTRACTS_RESOLVERS = [] as const;
