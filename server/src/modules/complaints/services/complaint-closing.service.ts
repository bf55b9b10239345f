import { ref, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { Check, UserError } from '../../../core/errors.js';
import { publishAfterCommit } from '../../../core/events/domain-events.js';
import { ContactChannel } from '../../customers/entities/enums.js';
import { now } from '../../customers/services/clock.js';
import { ReturnReasonCode, ReturnStatus, ReturnType } from '../../returns/entities/return-enums.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { openReturnRequest } from '../../returns/services/return-open.js';
import type { Complaint } from '../entities/complaint.entity.js';
import { AcceptanceMethod, ComplaintCause, ComplaintSolution, ComplaintState, ProposalStatus, RETURN_SOLUTIONS } from '../entities/enums.js';
import { checkText } from './complaint-intake.service.js';
import { loadInState, transition, trimmed } from './complaint-state.js';
import './complaint-events.js';

const SKEW_MS = 5 * 60_000;

/** The return-request types that carry out each return-type solution. */
const RETURN_TYPES: Partial<Record<ComplaintSolution, ReturnType[]>> = {
  REFUND: [ReturnType.REFUND_ONLY, ReturnType.RETURN], RETURN: [ReturnType.RETURN], EXCHANGE: [ReturnType.EXCHANGE],
};

export interface OpenReturnForComplaint {
  reasonCode: ReturnReasonCode; lines: { orderLineId: string; quantity: number }[]; note?: string | null; type?: ReturnType | null;
}

export interface RecordImplementationInput {
  id: string; note: string; returnRequestId?: string | null; openReturn?: OpenReturnForComplaint | null;
  disciplinaryNote?: string | null; notifiedChannel: ContactChannel; notifiedAt?: Date | null;
}

function checkTime(check: Check, field: string, label: string, value: Date, complaint: Complaint, at: Date): void {
  check.when(value.getTime() > at.getTime() + SKEW_MS, field, `${label} cannot be in the future`);
  check.when(value < complaint.receivedAt, field, `${label} cannot be before the complaint was received`);
}

/** Links an existing return request, or opens one through the returns module (contract C5) in this transaction. */
async function returnFor(ctx: Ctx, tx: EntityManager, complaint: Complaint, solution: ComplaintSolution, amountFen: number | undefined, input: RecordImplementationInput): Promise<ReturnRequest> {
  const allowed = RETURN_TYPES[solution]!;
  if (input.returnRequestId) {
    const request = await tx.findOne(ReturnRequest, Number(input.returnRequestId) || -1);
    const check = new Check();
    if (!request) throw UserError.of('NOT_FOUND', 'No such return request', 'returnRequestId');
    check.when(!!complaint.order && request.order.id !== complaint.order.id, 'returnRequestId', `Return ${request.code} is on another order`);
    check.when(!!request.complaintCode && request.complaintCode !== complaint.code, 'returnRequestId', `Return ${request.code} belongs to complaint ${request.complaintCode}`, 'CONFLICT');
    check.when([ReturnStatus.REJECTED, ReturnStatus.CANCELLED].includes(request.status), 'returnRequestId', `Return ${request.code} is ${request.status.toLowerCase()}`, 'WRONG_STATE');
    check.when(!allowed.includes(request.type), 'returnRequestId', `A ${solution.toLowerCase()} is carried out by a ${allowed.join(' or ')} request, not ${request.type}`);
    check.throwIfAny();
    if (!request.complaintCode) { request.complaintCode = complaint.code; tx.persist(request); }
    return request;
  }
  const open = input.openReturn!;
  const type = open.type ?? allowed[0];
  if (!allowed.includes(type)) throw UserError.of('INVALID', `A ${solution.toLowerCase()} is carried out by a ${allowed.join(' or ')} request`, 'openReturn.type');
  try {
    return await openReturnRequest(ctx, tx, {
      orderId: complaint.order!.id, type, reasonCode: open.reasonCode, note: open.note ?? `Complaint ${complaint.code}`, lines: open.lines,
      refundAmount: solution === ComplaintSolution.REFUND ? amountFen ?? null : null, complaintCode: complaint.code,
    });
  } catch (error) {
    // The returns module names its own fields; point them at this input's nested object.
    if (error instanceof UserError) throw new UserError(error.errors.map((e) => ({ ...e, field: `openReturn.${e.field ?? 'lines'}` })));
    throw error;
  }
}

/**
 * Step 6, implementation (实施处理方案): the approved solution is carried out (a refund, return or
 * exchange through a return request), the staff responsible for a service failure disciplined,
 * and the customer notified. Waits for the customer's acceptance next.
 */
export async function recordComplaintImplementation(ctx: Ctx, input: RecordImplementationInput) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.APPROVED], 'implemented');
  const approved = complaint.proposals.getItems().find((p) => p.status === ProposalStatus.APPROVED);
  if (!approved) throw UserError.of('WRONG_STATE', 'The complaint has no approved proposal', 'id');
  const at = now();
  const notifiedAt = input.notifiedAt ?? at;
  const check = new Check();
  checkText(check, 'note', 'What was done', input.note, 4000);
  checkText(check, 'disciplinaryNote', 'The disciplinary note', input.disciplinaryNote, 2000, complaint.cause === ComplaintCause.SERVICE);
  checkTime(check, 'notifiedAt', 'The notification time', notifiedAt, complaint, at);
  if (RETURN_SOLUTIONS.includes(approved.solution)) {
    check.when(!input.returnRequestId && !input.openReturn, 'returnRequestId', `A ${approved.solution.toLowerCase()} is carried out through a return request: link one or open one`, 'REQUIRED');
    check.when(!!input.returnRequestId && !!input.openReturn, 'openReturn', 'Link an existing return request or open one, not both');
    check.when(!!input.openReturn && !complaint.order, 'openReturn', 'The complaint names no order to return against');
  } else {
    check.when(!!input.returnRequestId || !!input.openReturn, 'returnRequestId', `A ${approved.solution.toLowerCase()} needs no return request`);
  }
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const request = RETURN_SOLUTIONS.includes(approved.solution) ? await returnFor(ctx, tx, complaint, approved.solution, approved.amountFen, input) : null;
    Object.assign(complaint, {
      implementationNote: input.note.trim(), disciplinaryNote: trimmed(input.disciplinaryNote), notifiedChannel: input.notifiedChannel,
      notifiedAt, implementedAt: at, returnRequest: request ? ref(request) : undefined,
    });
    const parts = [input.note.trim(), request ? `return ${request.code}` : null, complaint.disciplinaryNote ? `disciplinary: ${complaint.disciplinaryNote}` : null,
      `customer notified by ${input.notifiedChannel} at ${notifiedAt.toISOString()}`];
    transition(ctx, tx, complaint, ComplaintState.IMPLEMENTED, 'recordComplaintImplementation', `${approved.solution} carried out${request ? ` (${request.code})` : ''}`, parts.filter(Boolean).join(' — '));
    return { complaint };
  });
}

/**
 * Step 6, the customer's answer (顾客确认接受): who confirmed, how and when, with their feedback;
 * acceptance is required before the summary. A customer who does not accept sends the complaint
 * back to proposals (the solution is marked DECLINED) with their objection on the timeline.
 */
export async function recordComplaintAcceptance(ctx: Ctx, input: { id: string; accepted?: boolean | null; confirmedBy: string; method: AcceptanceMethod; acceptedAt?: Date | null; feedback?: string | null }) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.IMPLEMENTED], 'accepted');
  const accepted = input.accepted ?? true;
  const at = now();
  const acceptedAt = input.acceptedAt ?? at;
  const check = new Check();
  checkText(check, 'confirmedBy', 'Who answered', input.confirmedBy, 120);
  checkText(check, 'feedback', accepted ? 'The feedback' : 'What the customer objects to', input.feedback, 2000, !accepted);
  checkTime(check, 'acceptedAt', 'The answer time', acceptedAt, complaint, at);
  check.when(!!complaint.notifiedAt && acceptedAt < complaint.notifiedAt, 'acceptedAt', 'The customer cannot answer before being notified');
  check.throwIfAny();
  const who = input.confirmedBy.trim();
  return ctx.em.transactional(async (tx) => {
    if (!accepted) {
      const approved = complaint.proposals.getItems().find((p) => p.status === ProposalStatus.APPROVED);
      if (approved) { approved.status = ProposalStatus.DECLINED; tx.persist(approved); }
      complaint.customerFeedback = trimmed(input.feedback);
      transition(ctx, tx, complaint, ComplaintState.INVESTIGATED, 'recordComplaintAcceptance', `declined by ${who} (${input.method}); back to proposals`,
        `Declined by ${who} by ${input.method} at ${acceptedAt.toISOString()}: ${complaint.customerFeedback}`);
      return { complaint };
    }
    Object.assign(complaint, { acceptanceConfirmedBy: who, acceptanceMethod: input.method, acceptedAt, customerFeedback: trimmed(input.feedback) });
    transition(ctx, tx, complaint, ComplaintState.ACCEPTED, 'recordComplaintAcceptance', `accepted by ${who} (${input.method})`,
      [`Accepted by ${who} by ${input.method} at ${acceptedAt.toISOString()}`, complaint.customerFeedback ? `feedback: ${complaint.customerFeedback}` : null].filter(Boolean).join(' — '));
    return { complaint };
  });
}

/**
 * Step 7, summary (总结评价): classification, root cause and improvement action; the complaint
 * closes and its resolution time is kept. After commit, customer service gets a follow-up callback.
 */
export async function summarizeComplaint(ctx: Ctx, input: { id: string; classification: string; rootCause: string; improvementAction: string }) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.ACCEPTED], 'summarised');
  const check = new Check();
  checkText(check, 'classification', 'The classification', input.classification, 120);
  checkText(check, 'rootCause', 'The root cause', input.rootCause, 4000);
  checkText(check, 'improvementAction', 'The improvement action', input.improvementAction, 4000);
  check.throwIfAny();
  const at = now();
  const result = await ctx.em.transactional(async (tx) => {
    Object.assign(complaint, {
      classification: input.classification.trim(), rootCause: input.rootCause.trim(), improvementAction: input.improvementAction.trim(),
      resolvedAt: at, resolutionMinutes: Math.max(0, Math.round((at.getTime() - complaint.receivedAt.getTime()) / 60_000)),
    });
    const within = at <= complaint.dueAt ? 'within 24 h' : 'after the 24 h deadline';
    transition(ctx, tx, complaint, ComplaintState.CLOSED, 'summarizeComplaint', `closed ${within} (${complaint.resolutionMinutes} min)`,
      `Closed ${within}. ${complaint.classification}: ${complaint.rootCause} — improvement: ${complaint.improvementAction}`);
    return { complaint };
  });
  await publishAfterCommit(ctx, 'complaint.closed', { complaintId: complaint.id, code: complaint.code, customerId: complaint.customer.id, closedAt: at });
  return result;
}
