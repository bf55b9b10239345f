import type { Ctx } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { isPartnerCaller } from '../../customers/services/scope.js';
import { DAY_MS, now } from '../../customers/services/clock.js';
import { RESPONSE_STRETCH_SECONDS, RESPONSE_TARGET_SECONDS } from './response-times.js';

export interface ResponseRow {
  specialist: User | null;
  conversations: number;
  answeredConversations: number;
  avgFirstResponseSeconds: number | null;
  firstResponseWithinTarget: number;
  responses: number;
  avgResponseSeconds: number | null;
  withinTarget: number;
  withinStretch: number;
  slowestSeconds: number | null;
}

const avg = (total: number, count: number) => (count ? Math.round((total / count) * 10) / 10 : null);

/**
 * Response times per specialist in a period, against the 20 s target (and the 10 s stretch):
 * first responses from the conversations they handled (started in the period), all responses
 * from the replies they wrote (sent in the period). The last row (specialist null) is the team.
 */
export async function responseTimeStats(ctx: Ctx, input: { from?: Date | null; to?: Date | null; staffId?: string | null }) {
  const to = input.to ?? now();
  const from = input.from ?? new Date(to.getTime() - 30 * DAY_MS);
  if (from >= to) throw badInput('`from` must be before `to`');
  const base = { from, to, targetSeconds: RESPONSE_TARGET_SECONDS, stretchSeconds: RESPONSE_STRETCH_SECONDS };
  if (isPartnerCaller(ctx)) return { ...base, rows: [] as ResponseRow[] };
  const staff = input.staffId ? Number(input.staffId) : null;
  const replies = await sql<Record<string, unknown>>(ctx.em, `
    select staff_id as id, count(*) as responses, sum(response_seconds) as total, max(response_seconds) as slowest,
      sum(case when response_seconds <= ? then 1 else 0 end) as within_target, sum(case when response_seconds <= ? then 1 else 0 end) as within_stretch
    from conversation_messages where response_seconds is not null and staff_id is not null and at >= ? and at < ?${staff ? ' and staff_id = ?' : ''}
    group by staff_id`, [RESPONSE_TARGET_SECONDS, RESPONSE_STRETCH_SECONDS, from, to, ...(staff ? [staff] : [])]);
  const firsts = await sql<Record<string, unknown>>(ctx.em, `
    select staff_id as id, count(*) as conversations, count(first_response_seconds) as answered, sum(first_response_seconds) as first_total,
      sum(case when first_response_seconds <= ? then 1 else 0 end) as first_within
    from conversations where staff_id is not null and started_at >= ? and started_at < ?${staff ? ' and staff_id = ?' : ''}
    group by staff_id`, [RESPONSE_TARGET_SECONDS, from, to, ...(staff ? [staff] : [])]);
  const ids = [...new Set([...replies, ...firsts].map((r) => num(r.id)))];
  const users = new Map((ids.length ? await ctx.em.find(User, { id: { $in: ids } }) : []).map((u) => [u.id, u]));
  const acc = new Map<number | null, { conversations: number; answered: number; firstTotal: number; firstWithin: number; responses: number; total: number; within: number; stretch: number; slowest: number | null }>();
  const get = (id: number | null) => acc.get(id) ?? acc.set(id, { conversations: 0, answered: 0, firstTotal: 0, firstWithin: 0, responses: 0, total: 0, within: 0, stretch: 0, slowest: null }).get(id)!;
  for (const r of firsts) for (const a of [get(num(r.id)), get(null)]) {
    a.conversations += num(r.conversations); a.answered += num(r.answered); a.firstTotal += num(r.first_total); a.firstWithin += num(r.first_within);
  }
  for (const r of replies) for (const a of [get(num(r.id)), get(null)]) {
    a.responses += num(r.responses); a.total += num(r.total); a.within += num(r.within_target); a.stretch += num(r.within_stretch);
    a.slowest = Math.max(a.slowest ?? 0, num(r.slowest));
  }
  const rows: ResponseRow[] = [...acc.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : (users.get(a)?.name ?? '').localeCompare(users.get(b)?.name ?? '', 'zh-CN') || a - b))
    .map(([id, a]) => ({
      specialist: id === null ? null : users.get(id) ?? null, conversations: a.conversations, answeredConversations: a.answered,
      avgFirstResponseSeconds: avg(a.firstTotal, a.answered), firstResponseWithinTarget: a.firstWithin,
      responses: a.responses, avgResponseSeconds: avg(a.total, a.responses), withinTarget: a.within, withinStretch: a.stretch, slowestSeconds: a.slowest,
    }));
  return { ...base, rows };
}
