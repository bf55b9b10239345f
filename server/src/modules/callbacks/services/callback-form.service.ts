import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { can } from '../../../core/auth/viewer.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { ContactChannel, ContactDirection, ContactKind, ContactOutcome } from '../../customers/entities/enums.js';
import { checkContactTime, recordContact } from '../../customers/services/contacts.service.js';
import { and, customerScope } from '../../customers/services/scope.js';
import { now } from '../../customers/services/clock.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { ComplaintRequest } from '../entities/complaint-request.entity.js';
import { CallbackRating, CallbackTaskStatus, ComplaintRequestStatus } from '../entities/enums.js';
import { loadWorkableTask } from './tasks.service.js';

export interface CallbackFormInput {
  taskId: string;
  channel: ContactChannel;
  calledAt?: Date | null;
  reached: boolean;
  giveUp?: boolean | null;
  rating?: CallbackRating | null;
  opinions?: string | null;
  suggestions?: string | null;
  followUpNeeded?: boolean | null;
  followUpNote?: string | null;
  raiseComplaint?: boolean | null;
  complaintSummary?: string | null;
}

const text = (v: string | null | undefined) => v?.trim() || undefined;

/** Every record complete [P]: a reached customer needs a rating; dissatisfaction needs the reason; a follow-up needs a note. */
function checkForm(input: CallbackFormInput): Check {
  const check = new Check();
  if (input.reached) {
    check.when(!input.rating, 'rating', 'Record the customer’s satisfaction', 'REQUIRED');
    check.when(input.rating === CallbackRating.UNSATISFIED && !text(input.opinions), 'opinions', 'Note what the customer is unhappy about', 'REQUIRED');
    check.when(!!input.giveUp, 'giveUp', 'A reached customer is not given up');
  } else {
    check.when(!!input.rating || !!text(input.opinions) || !!text(input.suggestions), 'rating', 'Rating, opinions and suggestions are only for a reached customer');
  }
  check.when(!!input.followUpNeeded && !text(input.followUpNote), 'followUpNote', 'Say what must be followed up', 'REQUIRED');
  check.when(!!input.raiseComplaint && input.rating !== CallbackRating.UNSATISFIED, 'raiseComplaint', 'Only an unsatisfied result raises a complaint');
  for (const key of ['opinions', 'suggestions', 'followUpNote', 'complaintSummary'] as const) check.when((input[key] ?? '').length > 4000, key, 'At most 4000 characters');
  return check;
}

export function openComplaintRequest(ctx: Ctx, em: EntityManager, task: CallbackTask, summary: string): ComplaintRequest {
  const request = em.create(ComplaintRequest, {
    customer: task.customer, callbackTask: task, summary, status: ComplaintRequestStatus.OPEN,
    raisedBy: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined, raisedByLabel: ctx.viewer?.label ?? 'system',
  });
  em.persist(request);
  return request;
}

/**
 * Records a callback form (回访记录表). A call or text inside the campaign's quiet hours is refused.
 * Reached (or given up) completes the task; an unanswered attempt leaves it open for another try.
 * The call is also written to the customer's contact log; an unsatisfied result can open a
 * complaint request in the same step.
 */
export async function recordCallback(ctx: Ctx, input: CallbackFormInput) {
  const task = await loadWorkableTask(ctx, input.taskId, 'recorded');
  const campaign = task.campaign.getEntity();
  const calledAt = input.calledAt ?? now();
  checkForm(input).throwIfAny();
  checkContactTime(ctx, { at: calledAt, channel: input.channel, direction: ContactDirection.OUTBOUND }, 'calledAt', campaign.quietHours);
  const from = task.status;
  const completes = input.reached || !!input.giveUp;
  Object.assign(task, {
    attempts: task.attempts + 1, channel: input.channel, calledAt, reached: input.reached, scheduledAt: null,
    status: completes ? CallbackTaskStatus.DONE : CallbackTaskStatus.OPEN,
  });
  if (completes) {
    Object.assign(task, {
      rating: input.rating ?? undefined, opinions: text(input.opinions), suggestions: text(input.suggestions), completedAt: calledAt, late: calledAt > task.dueAt,
      followUpNeeded: !!input.followUpNeeded, followUpNote: text(input.followUpNote),
    });
  }
  return ctx.em.transactional(async (tx) => {
    tx.persist(task);
    const outcome = !input.reached ? ContactOutcome.NOT_REACHED : input.followUpNeeded ? ContactOutcome.FOLLOW_UP : ContactOutcome.REACHED;
    const summary = [`回访 ${campaign.code} ${campaign.name}`, input.rating, text(input.opinions), text(input.suggestions)].filter(Boolean).join(' · ');
    await recordContact(ctx, tx, task.customer.getEntity(), { kind: ContactKind.CALLBACK, channel: input.channel, direction: ContactDirection.OUTBOUND, outcome, summary, at: calledAt, referenceType: 'CallbackTask', referenceId: String(task.id) });
    const complaint = input.raiseComplaint ? openComplaintRequest(ctx, tx, task, text(input.complaintSummary) ?? text(input.opinions)!) : null;
    await tx.flush();
    if (from !== task.status) recordTransition(ctx, tx, { type: 'CallbackTask', id: task.id }, from, task.status, input.reached ? `reached, ${input.rating?.toLowerCase()}` : input.giveUp ? 'not reached; given up' : 'not reached');
    if (complaint) recordTransition(ctx, tx, { type: 'ComplaintRequest', id: complaint.id }, null, ComplaintRequestStatus.OPEN, `from callback ${campaign.code}`);
    audit(ctx, tx, { operation: 'recordCallback', entityType: 'CallbackTask', entityId: task.id, summary: `${campaign.code}: ${input.reached ? `reached, ${input.rating}` : 'not reached'}${input.giveUp ? ', given up' : ''}${task.late ? ', late' : ''}${complaint ? `; complaint request #${complaint.id}` : ''}` });
    return { task, complaintRequest: complaint };
  });
}

/** Opens a complaint request for an unsatisfied callback after the form was recorded. */
export async function raiseCallbackComplaint(ctx: Ctx, input: { taskId: string; summary: string }) {
  const task = await ctx.em.findOne(CallbackTask, Number(input.taskId), { populate: ['campaign'] });
  if (!task) throw UserError.of('NOT_FOUND', 'No such callback task', 'taskId');
  if (task.assignee.id !== ctx.viewer?.userId && !can(ctx.viewer, 'callback:manage')) throw UserError.of('FORBIDDEN', 'This task belongs to another specialist', 'taskId');
  if (task.rating !== CallbackRating.UNSATISFIED) throw UserError.of('WRONG_STATE', 'Only an unsatisfied callback raises a complaint', 'taskId');
  if (await ctx.em.count(ComplaintRequest, { callbackTask: task.id })) throw UserError.of('CONFLICT', 'A complaint request for this callback exists already', 'taskId');
  new Check().require('summary', input.summary?.trim(), 'Summary').throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const complaintRequest = openComplaintRequest(ctx, tx, task, input.summary.trim());
    await tx.flush();
    recordTransition(ctx, tx, { type: 'ComplaintRequest', id: complaintRequest.id }, null, ComplaintRequestStatus.OPEN, `from callback ${task.campaign.getEntity().code}`);
    audit(ctx, tx, { operation: 'raiseCallbackComplaint', entityType: 'ComplaintRequest', entityId: complaintRequest.id, summary: `from callback task ${task.id}` });
    return { complaintRequest };
  });
}

export function listComplaintRequests(ctx: Ctx, args: PageArgs & { where?: { status?: ComplaintRequestStatus | null; customerId?: string | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const scope = customerScope(ctx);
  const where = and<ComplaintRequest>(scope && { customer: scope }, !!f.status && { status: f.status }, !!f.customerId && { customer: Number(f.customerId) }) as FilterQuery<ComplaintRequest>;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, ComplaintRequest, { ...args, where, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}

/**
 * For the after-sales module: marks a complaint request as registered, with the complaint's id,
 * inside the caller's transaction. Only an open request can be linked.
 */
export async function linkComplaintRequest(ctx: Ctx, em: EntityManager, requestId: number, complaintRef: string): Promise<ComplaintRequest> {
  const request = await em.findOne(ComplaintRequest, requestId);
  if (!request) throw UserError.of('NOT_FOUND', 'No such complaint request', 'complaintRequestId');
  if (request.status !== ComplaintRequestStatus.OPEN) throw UserError.of('WRONG_STATE', `A ${request.status.toLowerCase()} complaint request cannot be linked`, 'complaintRequestId');
  request.status = ComplaintRequestStatus.LINKED;
  request.complaintRef = complaintRef;
  em.persist(request);
  recordTransition(ctx, em, { type: 'ComplaintRequest', id: request.id }, ComplaintRequestStatus.OPEN, ComplaintRequestStatus.LINKED, `complaint ${complaintRef}`);
  return request;
}
