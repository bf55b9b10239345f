import { ComplaintsResolver } from './complaints.resolver.js';
import { ComplaintFieldsResolver, ComplaintProposalFieldsResolver, ComplaintStatisticsFieldsResolver } from './complaint-fields.resolver.js';

/** The complaints module's resolver classes, registered by modules/resolvers.ts. */
export const COMPLAINTS_RESOLVERS = [ComplaintsResolver, ComplaintFieldsResolver, ComplaintProposalFieldsResolver, ComplaintStatisticsFieldsResolver] as const;
