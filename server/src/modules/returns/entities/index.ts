/** The returns module's entities, registered with the ORM by modules/entities.ts. */
export const RETURNS_ENTITIES = [];
