import { Complaint } from './complaint.entity.js';
import { ComplaintProposal } from './complaint-proposal.entity.js';

/** The complaints module's entities, registered with the ORM by modules/entities.ts. */
export const COMPLAINTS_ENTITIES = [Complaint, ComplaintProposal];
