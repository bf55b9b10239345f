import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { Complaint } from '../entities/complaint.entity.js';
import { ComplaintState, OPEN_COMPLAINT_STATES } from '../entities/enums.js';

/** Document type of a complaint's history rows (its timeline). */
export const COMPLAINT_DOC = 'Complaint';

/** Complaints are resolved within 24 hours of receipt [M]. */
export const COMPLAINT_DEADLINE_MS = 24 * 3_600_000;

/** The loop's step number of each state: the step the complaint waits for next (1–7), 8 once closed. */
export const STEP_OF: Record<ComplaintState, number> = {
  REGISTERED: 2, JUDGED: 3, INVESTIGATED: 4, PROPOSED: 5, APPROVED: 6, IMPLEMENTED: 6, ACCEPTED: 7, CLOSED: 8, CLOSED_INVALID: 8,
};

const ACTION_NAME: Record<string, string> = {
  judged: 'judgment', investigated: 'investigation', proposed: 'a proposal', approved: 'approval', rejected: 'a rejection',
  implemented: 'implementation', accepted: 'the customer’s acceptance', summarised: 'the summary', reassigned: 'reassignment',
};

/**
 * Loads a complaint that must be in one of `allowed` states; any other state is refused with
 * WRONG_STATE and a message naming what the complaint waits for, so steps run only in order.
 */
export async function loadInState(ctx: Ctx, id: string | number, allowed: ComplaintState[], verb: string, field = 'id'): Promise<Complaint> {
  const complaint = Number.isInteger(Number(id)) ? await ctx.em.findOne(Complaint, Number(id), { populate: ['proposals'] }) : null;
  if (!complaint) throw UserError.of('NOT_FOUND', 'No such complaint', field);
  if (!allowed.includes(complaint.state)) {
    throw UserError.of('WRONG_STATE', `Complaint ${complaint.code} is ${describeState(complaint.state)}; it is not ready for ${ACTION_NAME[verb] ?? verb}`, field);
  }
  return complaint;
}

export function describeState(state: ComplaintState): string {
  switch (state) {
    case ComplaintState.REGISTERED: return 'registered and waits for judgment (step 2)';
    case ComplaintState.JUDGED: return 'judged and waits for investigation (step 3)';
    case ComplaintState.INVESTIGATED: return 'investigated and waits for proposals (step 4)';
    case ComplaintState.PROPOSED: return 'waiting for approval of its proposals (step 5)';
    case ComplaintState.APPROVED: return 'approved and waits for implementation (step 6)';
    case ComplaintState.IMPLEMENTED: return 'implemented and waits for the customer’s acceptance (step 6)';
    case ComplaintState.ACCEPTED: return 'accepted by the customer and waits for the summary (step 7)';
    case ComplaintState.CLOSED: return 'closed';
    case ComplaintState.CLOSED_INVALID: return 'closed as invalid';
  }
}

export const isOpen = (c: Pick<Complaint, 'state'>) => OPEN_COMPLAINT_STATES.includes(c.state);

/** Moves the complaint to `to`, keeping the step on its timeline and in the audit log, in the caller's transaction. */
export function transition(ctx: Ctx, tx: EntityManager, complaint: Complaint, to: ComplaintState, operation: string, summary: string, note?: string | null): void {
  const from = complaint.state;
  complaint.state = to;
  tx.persist(complaint);
  recordTransition(ctx, tx, { type: COMPLAINT_DOC, id: complaint.id }, from, to, note ?? summary);
  audit(ctx, tx, { operation, entityType: COMPLAINT_DOC, entityId: complaint.id, summary: `${complaint.code}: ${summary}` });
}

export const trimmed = (s: string | null | undefined): string | undefined => s?.trim() || undefined;
