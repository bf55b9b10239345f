import type { EntityManager } from '@mikro-orm/core';
import { num, sql } from '../../../core/db/sql.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { CallbackRating, CallbackTaskStatus } from '../entities/enums.js';
import type { CallbackReportData, ReportEntry, SpecialistFigures } from './report-figures.js';
import { now } from '../../customers/services/clock.js';

const LIST_LIMIT = 500;

/**
 * The summary report (回访总结报告) computed from the callback forms: per specialist, then summed.
 * Reach = forms with the customer reached; member coverage = members reached ÷ members targeted.
 */
export async function computeReport(em: EntityManager, campaignId: number): Promise<CallbackReportData> {
  const rows = await sql<Record<string, unknown>>(em, `
    select t.assignee_id as id, u.name as name, count(*) as tasks,
      sum(case when t.status = ? then 1 else 0 end) as completed,
      sum(case when t.reached = ? then 1 else 0 end) as reached,
      sum(case when t.late = ? then 1 else 0 end) as late,
      sum(case when t.rating = ? then 1 else 0 end) as satisfied,
      sum(case when t.rating = ? then 1 else 0 end) as average,
      sum(case when t.rating = ? then 1 else 0 end) as unsatisfied,
      sum(case when t.follow_up_needed = ? and t.follow_up_resolved_at is null then 1 else 0 end) as open_follow_ups,
      sum(case when exists (select 1 from complaint_requests r where r.callback_task_id = t.id) then 1 else 0 end) as complaints,
      sum(case when t.member_at_start = ? then 1 else 0 end) as members,
      sum(case when t.member_at_start = ? and t.reached = ? then 1 else 0 end) as members_reached
    from callback_tasks t join users u on u.id = t.assignee_id
    where t.campaign_id = ?
    group by t.assignee_id, u.name
    order by u.name, t.assignee_id`,
  [CallbackTaskStatus.DONE, true, true, CallbackRating.SATISFIED, CallbackRating.AVERAGE, CallbackRating.UNSATISFIED, true, true, true, true, campaignId]);
  const perSpecialist: SpecialistFigures[] = rows.map((r) => ({
    specialistId: num(r.id), specialistName: String(r.name), tasks: num(r.tasks), completed: num(r.completed), reached: num(r.reached), late: num(r.late),
    satisfied: num(r.satisfied), average: num(r.average), unsatisfied: num(r.unsatisfied), openFollowUps: num(r.open_follow_ups), complaints: num(r.complaints),
  }));
  const sum = (key: keyof SpecialistFigures) => perSpecialist.reduce((total, s) => total + (s[key] as number), 0);
  const totals = { members: rows.reduce((n, r) => n + num(r.members), 0), membersReached: rows.reduce((n, r) => n + num(r.members_reached), 0) };

  const entries = async (where: object, text: (t: CallbackTask) => string | undefined | null): Promise<ReportEntry[]> => {
    const tasks = await em.find(CallbackTask, { campaign: campaignId, ...where }, { populate: ['customer', 'assignee'], orderBy: { completedAt: 'asc', id: 'asc' }, limit: LIST_LIMIT });
    return tasks.filter((t) => text(t)?.trim()).map((t) => ({
      taskId: t.id, customerId: t.customer.id, customerName: t.customer.getEntity().name, specialistName: t.assignee.getEntity().name, rating: t.rating ?? null, text: text(t)!.trim(),
    }));
  };
  return {
    generatedAt: now().toISOString(),
    tasks: sum('tasks'), completed: sum('completed'), reached: sum('reached'), late: sum('late'), ...totals,
    satisfied: sum('satisfied'), average: sum('average'), unsatisfied: sum('unsatisfied'), complaints: sum('complaints'),
    suggestions: await entries({ suggestions: { $ne: null } }, (t) => t.suggestions),
    unresolvedFollowUps: await entries({ followUpNeeded: true, followUpResolvedAt: null }, (t) => t.followUpNote ?? '(no note)'),
    perSpecialist,
  };
}

export interface CampaignProgress { tasks: number; open: number; scheduled: number; done: number; expired: number; reached: number; overdue: number; members: number; membersReached: number }

/** Live task counts for a page of campaigns, in one query. */
export async function progressOf(em: EntityManager, campaignIds: readonly number[]): Promise<Map<number, CampaignProgress>> {
  if (!campaignIds.length) return new Map();
  const rows = await sql<Record<string, unknown>>(em, `
    select campaign_id as id, count(*) as tasks,
      sum(case when status = ? then 1 else 0 end) as open, sum(case when status = ? then 1 else 0 end) as scheduled,
      sum(case when status = ? then 1 else 0 end) as done, sum(case when status = ? then 1 else 0 end) as expired,
      sum(case when reached = ? then 1 else 0 end) as reached,
      sum(case when status in (?, ?) and due_at < ? then 1 else 0 end) as overdue,
      sum(case when member_at_start = ? then 1 else 0 end) as members,
      sum(case when member_at_start = ? and reached = ? then 1 else 0 end) as members_reached
    from callback_tasks where campaign_id in (${campaignIds.map(() => '?').join(',')}) group by campaign_id`,
  [CallbackTaskStatus.OPEN, CallbackTaskStatus.SCHEDULED, CallbackTaskStatus.DONE, CallbackTaskStatus.EXPIRED, true, CallbackTaskStatus.OPEN, CallbackTaskStatus.SCHEDULED, now(), true, true, true, ...campaignIds]);
  return new Map(rows.map((r) => [num(r.id), {
    tasks: num(r.tasks), open: num(r.open), scheduled: num(r.scheduled), done: num(r.done), expired: num(r.expired), reached: num(r.reached),
    overdue: num(r.overdue), members: num(r.members), membersReached: num(r.members_reached),
  }]));
}
