import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { can } from '../../../core/auth/viewer.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay, shopMinuteOfDay, startOfShopDay } from '../../../core/time.js';
import { User } from '../../identity/entities/user.entity.js';
import { and, defaultsToMine, isPartnerCaller } from '../../customers/services/scope.js';
import { eligibleSpecialists } from '../../customers/services/specialists.js';
import { assertOutsideQuietHours, formatMinute } from '../../customers/services/quiet-hours.js';
import { DAY_MS, now } from '../../customers/services/clock.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { CallbackTaskStatus, CampaignStatus } from '../entities/enums.js';

export interface TaskFilterInput {
  campaignId?: string | null; customerId?: string | null; assigneeId?: string | null; mine?: boolean | null;
  status?: CallbackTaskStatus | null; open?: boolean | null; dueToday?: boolean | null; overdue?: boolean | null; followUpOpen?: boolean | null;
}

const OPEN = [CallbackTaskStatus.OPEN, CallbackTaskStatus.SCHEDULED];

/** Callback tasks; a specialist (no `callback:manage`) sees their own unless they name a campaign and ask for all. */
export function listTasks(ctx: Ctx, args: PageArgs & { where?: TaskFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const at = now();
  const mine = !f.assigneeId && defaultsToMine(ctx, f.mine, 'callbacks');
  const tz = ctx.config.shopTimezone;
  const endOfToday = startOfShopDay(shopDay(new Date(at.getTime() + DAY_MS), tz), tz);
  const where = and<CallbackTask>(
    isPartnerCaller(ctx) && { id: -1 },
    !!f.campaignId && { campaign: Number(f.campaignId) },
    !!f.customerId && { customer: Number(f.customerId) },
    !!f.assigneeId && { assignee: Number(f.assigneeId) },
    mine && { assignee: ctx.viewer!.userId! },
    !!f.status && { status: f.status },
    f.open === true && { status: { $in: OPEN } },
    f.open === false && { status: { $nin: OPEN } },
    f.dueToday === true && { status: { $in: OPEN }, dueAt: { $lt: endOfToday } },
    f.overdue === true && { status: { $in: OPEN }, dueAt: { $lt: at } },
    f.followUpOpen === true && { followUpNeeded: true, followUpResolvedAt: null },
  ) as FilterQuery<CallbackTask>;
  const dir = args.sort?.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, CallbackTask, { ...args, where, orderBy: [{ dueAt: dir }, { scheduledAt: dir }, { id: dir }] as never });
}

/** A task the caller may work: theirs, or any task for a supervisor with `callback:manage`. */
export async function loadWorkableTask(ctx: Ctx, id: string, verb: string, statuses: CallbackTaskStatus[] = OPEN): Promise<CallbackTask> {
  const task = await ctx.em.findOne(CallbackTask, Number(id), { populate: ['campaign', 'customer'] });
  if (!task || isPartnerCaller(ctx)) throw UserError.of('NOT_FOUND', 'No such callback task', 'taskId');
  if (task.assignee.id !== ctx.viewer?.userId && !can(ctx.viewer, 'callback:manage')) throw UserError.of('FORBIDDEN', 'This task belongs to another specialist', 'taskId');
  if (task.campaign.getEntity().status !== CampaignStatus.RUNNING) throw UserError.of('WRONG_STATE', `The campaign is ${task.campaign.getEntity().status.toLowerCase()}; its tasks cannot be ${verb}`, 'taskId');
  if (!statuses.includes(task.status)) throw UserError.of('WRONG_STATE', `A ${task.status.toLowerCase()} task cannot be ${verb}`, 'taskId');
  return task;
}

/** Plans a call: inside the due window, and never in the campaign's quiet hours. */
export async function scheduleTask(ctx: Ctx, input: { taskId: string; at: Date }) {
  const task = await loadWorkableTask(ctx, input.taskId, 'scheduled');
  const campaign = task.campaign.getEntity();
  const tz = ctx.config.shopTimezone;
  new Check().when(input.at.getTime() < now().getTime() - 60_000, 'at', 'A call cannot be scheduled in the past').throwIfAny();
  if (input.at > task.dueAt) {
    throw UserError.of('OUTSIDE_DUE_WINDOW', `The callback is due by ${shopDay(task.dueAt, tz)} ${formatMinute(shopMinuteOfDay(task.dueAt, tz))} (${tz}), ${campaign.dueDays} day(s) after the trigger; schedule it before then`, 'at');
  }
  assertOutsideQuietHours(input.at, campaign.quietHours, tz, 'at', 'A callback');
  const from = task.status;
  task.status = CallbackTaskStatus.SCHEDULED;
  task.scheduledAt = input.at;
  return ctx.em.transactional(async (tx) => {
    tx.persist(task);
    recordTransition(ctx, tx, { type: 'CallbackTask', id: task.id }, from, task.status, `for ${input.at.toISOString()}`);
    audit(ctx, tx, { operation: 'scheduleCallback', entityType: 'CallbackTask', entityId: task.id, summary: `${campaign.code} task ${task.id} scheduled for ${input.at.toISOString()}` });
    return { task };
  });
}

/** Marks a follow-up from a callback form as done. */
export async function resolveFollowUp(ctx: Ctx, input: { taskId: string; resolution: string }) {
  const task = await ctx.em.findOne(CallbackTask, Number(input.taskId), { populate: ['campaign'] });
  if (!task || isPartnerCaller(ctx)) throw UserError.of('NOT_FOUND', 'No such callback task', 'taskId');
  if (task.assignee.id !== ctx.viewer?.userId && !can(ctx.viewer, 'callback:manage')) throw UserError.of('FORBIDDEN', 'This task belongs to another specialist', 'taskId');
  if (!task.followUpNeeded || task.followUpResolvedAt) throw UserError.of('WRONG_STATE', 'This task has no open follow-up', 'taskId');
  new Check().require('resolution', input.resolution?.trim(), 'Resolution').throwIfAny();
  task.followUpResolvedAt = now();
  task.followUpResolution = input.resolution.trim();
  return ctx.em.transactional(async (tx) => {
    tx.persist(task);
    audit(ctx, tx, { operation: 'resolveCallbackFollowUp', entityType: 'CallbackTask', entityId: task.id, summary: `follow-up resolved: ${task.followUpResolution!.slice(0, 200)}` });
    return { task };
  });
}

/** Moves open tasks to another specialist (e.g. someone is away). */
export async function reassignTasks(ctx: Ctx, input: { taskIds: string[]; specialistId: string; note?: string | null }) {
  const ids = [...new Set(input.taskIds.map(Number))];
  const check = new Check().when(!ids.length, 'taskIds', 'Choose at least one task', 'REQUIRED').when(ids.length > 1000, 'taskIds', 'At most 1,000 tasks at once');
  check.throwIfAny();
  const tasks = await ctx.em.find(CallbackTask, { id: { $in: ids } });
  const specialist = (await eligibleSpecialists(ctx.em, [Number(input.specialistId)])).get(Number(input.specialistId));
  check.when(tasks.length !== ids.length, 'taskIds', 'One or more tasks do not exist', 'NOT_FOUND');
  check.when(tasks.some((t) => !OPEN.includes(t.status)), 'taskIds', 'Only open or scheduled tasks can be reassigned', 'WRONG_STATE');
  check.when(!specialist, 'specialistId', 'Not an active staff member who can work customers (needs `customer:write`)');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    for (const task of tasks) {
      recordTransition(ctx, tx, { type: 'CallbackTask', id: task.id }, task.status, task.status, `reassigned from user #${task.assignee.id} to ${specialist!.email}${input.note ? `: ${input.note}` : ''}`);
      task.assignee = tx.getReference(User, specialist!.id, { wrapped: true });
      tx.persist(task);
    }
    audit(ctx, tx, { operation: 'reassignCallbackTasks', entityType: 'CallbackTask', entityId: tasks.length === 1 ? tasks[0].id : null, summary: `${tasks.length} task(s) to ${specialist!.email}` });
    return { tasks };
  });
}
