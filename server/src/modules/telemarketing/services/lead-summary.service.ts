import type { EntityManager } from '@mikro-orm/core';
import { num, sql } from '../../../core/db/sql.js';
import { LeadOutcome } from '../entities/enums.js';

export interface LeadListSummary {
  leads: number;
  called: number;
  outcomes: { outcome: string; count: number }[];
  refusalReasons: { reason: string; count: number }[];
  perStaff: { staffId: number | null; leads: number; called: number; converted: number; refused: number; interested: number }[];
}

/**
 * The monitoring sheet of lead lists: how much of each list was used (utilisation = leads called
 * at least once ÷ leads), outcomes, refusal reasons and per-staff performance, for a page of lists in three queries.
 */
export async function summariesOf(em: EntityManager, listIds: readonly number[]): Promise<Map<number, LeadListSummary>> {
  const map = new Map<number, LeadListSummary>();
  if (!listIds.length) return map;
  const marks = listIds.map(() => '?').join(',');
  const get = (id: number) => map.get(id) ?? map.set(id, { leads: 0, called: 0, outcomes: [], refusalReasons: [], perStaff: [] }).get(id)!;
  for (const r of await sql<Record<string, unknown>>(em, `select list_id, outcome, count(*) as n, sum(case when attempts > 0 then 1 else 0 end) as called from leads where list_id in (${marks}) group by list_id, outcome order by list_id, outcome`, [...listIds])) {
    const s = get(num(r.list_id));
    s.leads += num(r.n);
    s.called += num(r.called);
    s.outcomes.push({ outcome: String(r.outcome), count: num(r.n) });
  }
  for (const r of await sql<Record<string, unknown>>(em, `select list_id, refusal_reason, count(*) as n from leads where list_id in (${marks}) and refusal_reason is not null group by list_id, refusal_reason order by list_id, count(*) desc, refusal_reason`, [...listIds])) {
    get(num(r.list_id)).refusalReasons.push({ reason: String(r.refusal_reason), count: num(r.n) });
  }
  for (const r of await sql<Record<string, unknown>>(em, `select list_id, assignee_id, count(*) as n, sum(case when attempts > 0 then 1 else 0 end) as called,
      sum(case when outcome = ? then 1 else 0 end) as converted, sum(case when outcome = ? then 1 else 0 end) as refused, sum(case when outcome = ? then 1 else 0 end) as interested
    from leads where list_id in (${marks}) group by list_id, assignee_id order by list_id, assignee_id`, [LeadOutcome.CONVERTED, LeadOutcome.REFUSED, LeadOutcome.INTERESTED, ...listIds])) {
    get(num(r.list_id)).perStaff.push({ staffId: r.assignee_id == null ? null : num(r.assignee_id), leads: num(r.n), called: num(r.called), converted: num(r.converted), refused: num(r.refused), interested: num(r.interested) });
  }
  return map;
}
