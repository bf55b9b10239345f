import type { ReturnType } from '../entities/return-enums.js';

declare module '../../../core/events/domain-events.js' {
  interface DomainEvents {
    /** A return, exchange or refund request was completed (the complaints desk may close its complaint). */
    'return.completed': { returnRequestId: number; code: string; type: ReturnType; complaintCode: string | null };
  }
}

export {};
