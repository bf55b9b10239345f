/** The purchasing module's entities, registered with the ORM by modules/entities.ts. */
export const PURCHASING_ENTITIES = [];
