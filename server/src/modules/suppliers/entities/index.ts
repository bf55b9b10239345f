import { SupplierSku } from './supplier-sku.entity.js';

/** The suppliers module's entities, registered with the ORM by modules/entities.ts. */
export const SUPPLIERS_ENTITIES = [SupplierSku];
