/** The complaints module's entities, registered with the ORM by modules/entities.ts. */
export const COMPLAINTS_ENTITIES = [];
