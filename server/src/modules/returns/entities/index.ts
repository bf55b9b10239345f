import { Refund } from './refund.entity.js';
import { ReturnInspection } from './return-inspection.entity.js';
import { ReturnRequest, ReturnRequestLine } from './return-request.entity.js';

/** The returns module's entities, registered with the ORM by modules/entities.ts. */
export const RETURNS_ENTITIES = [ReturnRequest, ReturnRequestLine, ReturnInspection, Refund];
