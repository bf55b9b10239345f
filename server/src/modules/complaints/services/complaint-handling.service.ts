import { ref } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { audit } from '../../../core/audit/audit.service.js';
import { now } from '../../customers/services/clock.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { ComplaintProposal } from '../entities/complaint-proposal.entity.js';
import { AMOUNT_SOLUTIONS, ComplaintCause, ComplaintSolution, ComplaintState, ProposalStatus, RETURN_SOLUTIONS } from '../entities/enums.js';
import { activeStaff, checkText } from './complaint-intake.service.js';
import { COMPLAINT_DOC, loadInState, transition, trimmed } from './complaint-state.js';

/** The largest amount one proposal may carry: ¥100,000. */
const MAX_AMOUNT_FEN = 10_000_000;

export interface InvestigateComplaintInput {
  id: string; cause: ComplaintCause; findings: string; responsibleUserId?: string | null; supplierId?: string | null; courierName?: string | null;
}

/**
 * Step 3, investigation (展开调查): the cause and who is responsible. Product quality is traced to
 * the supplier (contract C4: it counts against them in supplier evaluation), logistics to the
 * courier, a service failure to the staff member, who is then disciplined at implementation.
 */
export async function investigateComplaint(ctx: Ctx, input: InvestigateComplaintInput) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.JUDGED], 'investigated');
  const check = new Check();
  checkText(check, 'findings', 'The findings', input.findings, 4000);
  const person = await activeStaff(ctx, check, 'responsibleUserId', input.responsibleUserId);
  check.when(input.cause === ComplaintCause.SERVICE && !input.responsibleUserId, 'responsibleUserId', 'A service complaint names the staff member responsible', 'REQUIRED');
  let supplier: Partner | null = null;
  if (input.cause === ComplaintCause.PRODUCT_QUALITY) {
    check.when(!input.supplierId, 'supplierId', 'A product-quality complaint is traced to its supplier', 'REQUIRED');
    if (input.supplierId) {
      supplier = await ctx.em.findOne(Partner, { id: Number(input.supplierId) || -1, type: PartnerType.SUPPLIER });
      check.when(!supplier, 'supplierId', 'No such supplier', 'NOT_FOUND');
    }
  } else check.when(!!input.supplierId, 'supplierId', 'A supplier is named only when the cause is product quality');
  if (input.cause === ComplaintCause.LOGISTICS) checkText(check, 'courierName', 'The courier', input.courierName, 80);
  else check.when(!!input.courierName?.trim(), 'courierName', 'A courier is named only when the cause is logistics');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    complaint.cause = input.cause;
    complaint.findings = input.findings.trim();
    complaint.responsibleUser = person ? ref(person) : undefined;
    complaint.supplier = supplier ? ref(supplier) : undefined;
    complaint.courierName = input.cause === ComplaintCause.LOGISTICS ? input.courierName!.trim() : undefined;
    complaint.investigatedAt = now();
    const party = supplier ? `supplier ${supplier.code}` : complaint.courierName ? `courier ${complaint.courierName}` : person ? `staff ${person.email}` : 'no party named';
    transition(ctx, tx, complaint, ComplaintState.INVESTIGATED, 'investigateComplaint', `cause ${input.cause}, ${party}`, `Cause ${input.cause} (${party}): ${complaint.findings}`);
    return { complaint };
  });
}

/**
 * Step 4, proposals (提出处理方案): anyone with `complaint:write` adds a solution. The first one
 * sends the complaint for approval; more may be added until the supervisor decides.
 */
export async function proposeComplaintSolution(ctx: Ctx, input: { complaintId: string; solution: ComplaintSolution; amountFen?: number | null; description: string }) {
  const complaint = await loadInState(ctx, input.complaintId, [ComplaintState.INVESTIGATED, ComplaintState.PROPOSED], 'proposed', 'complaintId');
  const check = new Check();
  checkText(check, 'description', 'The description', input.description, 2000);
  const amount = input.amountFen;
  if (AMOUNT_SOLUTIONS.includes(input.solution)) check.when(amount == null, 'amountFen', `A ${input.solution.toLowerCase()} needs an amount`, 'REQUIRED');
  check.when(amount != null && (!Number.isInteger(amount) || amount < 1 || amount > MAX_AMOUNT_FEN), 'amountFen', 'The amount must be a whole number of fen from 1 to 10,000,000');
  if (RETURN_SOLUTIONS.includes(input.solution)) {
    const order = complaint.order ? await ctx.em.findOne(Order, complaint.order.id) : null;
    check.when(!order, 'solution', 'A refund, return or exchange goes through a return request on the complaint’s order; this complaint names no order');
    check.when(!!order && amount != null && amount > order.paidFen, 'amountFen', `At most ${order?.paidFen} fen was paid on ${order?.code}`, 'OVERREFUND');
  }
  check.when(complaint.proposals.getItems().filter((p) => p.status === ProposalStatus.PROPOSED).length >= 10, 'complaintId', 'At most 10 proposals wait for approval at a time');
  check.throwIfAny();
  const userId = ctx.viewer?.userId;
  if (!userId) throw UserError.of('FORBIDDEN', 'Only staff may propose solutions');
  return ctx.em.transactional(async (tx) => {
    const proposal = tx.create(ComplaintProposal, {
      complaint, solution: input.solution, amountFen: amount ?? undefined, description: input.description.trim(),
      status: ProposalStatus.PROPOSED, proposedBy: tx.getReference(User, userId), proposedByLabel: ctx.viewer!.label,
    });
    tx.persist(proposal);
    await tx.flush();
    const what = `proposal ${proposal.id}: ${input.solution}${amount != null ? ` ${amount} fen` : ''} — ${proposal.description}`;
    if (complaint.state === ComplaintState.INVESTIGATED) transition(ctx, tx, complaint, ComplaintState.PROPOSED, 'proposeComplaintSolution', what);
    else {
      recordTransition(ctx, tx, { type: COMPLAINT_DOC, id: complaint.id }, ComplaintState.PROPOSED, ComplaintState.PROPOSED, what);
      audit(ctx, tx, { operation: 'proposeComplaintSolution', entityType: COMPLAINT_DOC, entityId: complaint.id, summary: `${complaint.code}: ${what}` });
    }
    return { complaint, proposal };
  });
}

/**
 * Step 5, approval (主管批示): a supervisor with `complaint:approve` picks one waiting proposal and
 * signs it off; the others of the round are marked not chosen. Nobody approves their own proposal.
 */
export async function approveComplaintProposal(ctx: Ctx, input: { proposalId: string; note?: string | null }) {
  const proposal = Number.isInteger(Number(input.proposalId)) ? await ctx.em.findOne(ComplaintProposal, Number(input.proposalId)) : null;
  if (!proposal) throw UserError.of('NOT_FOUND', 'No such proposal', 'proposalId');
  const complaint = await loadInState(ctx, proposal.complaint.id, [ComplaintState.PROPOSED], 'approved', 'proposalId');
  if (proposal.status !== ProposalStatus.PROPOSED) throw UserError.of('WRONG_STATE', `This proposal was already ${proposal.status.toLowerCase().replace('_', ' ')}`, 'proposalId');
  if (!ctx.viewer?.userId) throw UserError.of('FORBIDDEN', 'Only a staff member signs off a solution', 'proposalId');
  if (proposal.proposedBy.id === ctx.viewer.userId) throw UserError.of('SELF_APPROVAL', 'You proposed this solution; another supervisor must approve it', 'proposalId');
  new Check().when((input.note ?? '').length > 2000, 'note', 'The note must be at most 2000 characters').throwIfAny();
  const at = now();
  return ctx.em.transactional(async (tx) => {
    for (const p of complaint.proposals.getItems()) {
      if (p.status !== ProposalStatus.PROPOSED) continue;
      p.status = p.id === proposal.id ? ProposalStatus.APPROVED : ProposalStatus.NOT_CHOSEN;
      p.decidedBy = ref(tx.getReference(User, ctx.viewer!.userId!));
      p.decidedAt = at;
      if (p.id === proposal.id) p.decisionNote = trimmed(input.note);
      tx.persist(p);
    }
    const what = `approved proposal ${proposal.id}: ${proposal.solution}${proposal.amountFen != null ? ` ${proposal.amountFen} fen` : ''}`;
    transition(ctx, tx, complaint, ComplaintState.APPROVED, 'approveComplaintProposal', what, [what, trimmed(input.note)].filter(Boolean).join(' — '));
    return { complaint, proposal };
  });
}

/** Step 5, sent back: every waiting proposal is rejected with the supervisor's note; the department proposes again. */
export async function rejectComplaintProposals(ctx: Ctx, input: { id: string; note: string }) {
  const complaint = await loadInState(ctx, input.id, [ComplaintState.PROPOSED], 'rejected');
  const check = new Check();
  checkText(check, 'note', 'The reason for sending it back', input.note, 2000);
  check.when(!ctx.viewer?.userId, 'id', 'Only a staff member sends proposals back', 'FORBIDDEN');
  check.throwIfAny();
  const at = now();
  return ctx.em.transactional(async (tx) => {
    const rejected: number[] = [];
    for (const p of complaint.proposals.getItems()) {
      if (p.status !== ProposalStatus.PROPOSED) continue;
      Object.assign(p, { status: ProposalStatus.REJECTED, decidedBy: ref(tx.getReference(User, ctx.viewer!.userId!)), decidedAt: at, decisionNote: input.note.trim() });
      tx.persist(p);
      rejected.push(p.id);
    }
    transition(ctx, tx, complaint, ComplaintState.INVESTIGATED, 'rejectComplaintProposals', `proposal(s) ${rejected.join(', ')} sent back`, `Sent back: ${input.note.trim()}`);
    return { complaint };
  });
}
