/** The suppliers module's entities, registered with the ORM by modules/entities.ts. */
export const SUPPLIERS_ENTITIES = [];
