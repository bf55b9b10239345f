import type { Ctx } from '../../../core/context.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { Department } from '../../identity/entities/department.entity.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';
import { CustomerStatus } from '../entities/enums.js';
import { isPartnerCaller } from './scope.js';
import { DAY_MS, now } from './clock.js';

export interface FirstContactFigures { assigned: number; awaiting: number; overdue: number; dueWithinDay: number }

/**
 * First-contact figures per specialist (and summed per team, i.e. the specialist's department):
 * customers owned, awaiting their first contact, overdue (7-day deadline passed) and due within 24 h.
 */
export async function firstContactOverview(ctx: Ctx, input: { teamId?: string | null }) {
  const asOf = now();
  if (isPartnerCaller(ctx)) return { asOf, specialists: [], teams: [] };
  const team = input.teamId ? Number(input.teamId) : null;
  const rows = await sql<Record<string, unknown>>(ctx.em, `
    select c.assignee_id as user_id, u.department_id as team_id, count(*) as assigned,
      sum(case when c.first_contact_at is null then 1 else 0 end) as awaiting,
      sum(case when c.first_contact_at is null and c.first_contact_due_at < ? then 1 else 0 end) as overdue,
      sum(case when c.first_contact_at is null and c.first_contact_due_at >= ? and c.first_contact_due_at < ? then 1 else 0 end) as due_soon
    from customers c join users u on u.id = c.assignee_id
    where c.status = ? and c.assignee_id is not null${team ? ' and u.department_id = ?' : ''}
    group by c.assignee_id, u.department_id
    order by c.assignee_id`, [asOf, asOf, new Date(asOf.getTime() + DAY_MS), CustomerStatus.ACTIVE, ...(team ? [team] : [])]);
  const users = new Map((await ctx.em.find(User, { id: { $in: rows.map((r) => num(r.user_id)) } })).map((u) => [u.id, u]));
  const specialists = rows.map((r) => ({
    specialist: users.get(num(r.user_id))!, teamId: r.team_id == null ? null : num(r.team_id),
    assigned: num(r.assigned), awaiting: num(r.awaiting), overdue: num(r.overdue), dueWithinDay: num(r.due_soon),
  }));
  const byTeam = new Map<number | null, FirstContactFigures & { specialists: number }>();
  for (const s of specialists) {
    const t = byTeam.get(s.teamId) ?? { assigned: 0, awaiting: 0, overdue: 0, dueWithinDay: 0, specialists: 0 };
    t.assigned += s.assigned; t.awaiting += s.awaiting; t.overdue += s.overdue; t.dueWithinDay += s.dueWithinDay; t.specialists++;
    byTeam.set(s.teamId, t);
  }
  const departments = new Map((await ctx.em.find(Department, { id: { $in: [...byTeam.keys()].filter((k): k is number => k != null) } })).map((d) => [d.id, d]));
  const teams = [...byTeam.entries()].map(([id, t]) => ({ team: id == null ? null : departments.get(id) ?? null, ...t }));
  return { asOf, specialists, teams };
}

/** The specialists with a profile (ability and pool), by name. */
export async function listSpecialists(ctx: Ctx) {
  if (isPartnerCaller(ctx)) return [];
  return ctx.em.find(SpecialistProfile, {}, { populate: ['user'], orderBy: { user: { name: 'asc' } } });
}

/** Current customers and overdue first contacts per specialist, batched for a list of profiles. */
export async function workloadOf(ctx: Ctx, userIds: readonly number[]): Promise<Map<number, { customers: number; overdue: number }>> {
  if (!userIds.length) return new Map();
  const rows = await sql<Record<string, unknown>>(ctx.em, `
    select assignee_id as id, count(*) as n, sum(case when first_contact_at is null and first_contact_due_at < ? then 1 else 0 end) as overdue
    from customers where status = ? and assignee_id in (${userIds.map(() => '?').join(',')}) group by assignee_id`, [now(), CustomerStatus.ACTIVE, ...userIds]);
  return new Map(rows.map((r) => [num(r.id), { customers: num(r.n), overdue: num(r.overdue) }]));
}
