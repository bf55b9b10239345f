/** Events the complaints module publishes after commit (see core/events/domain-events.ts). */
declare module '../../../core/events/domain-events.js' {
  interface DomainEvents {
    /** A complaint was summarised and closed (not an invalid one): customer service calls the customer back. */
    'complaint.closed': { complaintId: number; code: string; customerId: number; closedAt: Date };
  }
}
export {};
