import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { num, sql } from '../../../core/db/sql.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { and } from '../../customers/services/scope.js';
import { now } from '../../customers/services/clock.js';
import { Complaint } from '../entities/complaint.entity.js';
import { ComplaintCategory, ComplaintCause, ComplaintState, OPEN_COMPLAINT_STATES } from '../entities/enums.js';
import { STEP_OF } from './complaint-state.js';

export enum ComplaintSortField { RECEIVED_AT = 'RECEIVED_AT', DUE_AT = 'DUE_AT', RESOLVED_AT = 'RESOLVED_AT', UPDATED_AT = 'UPDATED_AT', CODE = 'CODE' }

export interface ComplaintFilterInput {
  state?: ComplaintState | null; states?: ComplaintState[] | null; step?: number | null; open?: boolean | null; overdue?: boolean | null;
  category?: ComplaintCategory | null; cause?: ComplaintCause | null; responsibleDepartmentId?: string | null; handlerId?: string | null; mine?: boolean | null;
  customerId?: string | null; supplierId?: string | null; orderId?: string | null; receivedFrom?: Date | null; receivedTo?: Date | null; search?: string | null;
}

const SORT_COLUMN: Record<ComplaintSortField, string> = { RECEIVED_AT: 'receivedAt', DUE_AT: 'dueAt', RESOLVED_AT: 'resolvedAt', UPDATED_AT: 'updatedAt', CODE: 'code' };

/** A supplier's token sees only the complaints traced to it; staff and analysts see all. */
function scope(ctx: Ctx): FilterQuery<Complaint> | null {
  const own = partnerScope(ctx.viewer);
  return own === null ? null : { supplier: own };
}

const statesOfStep = (step: number) => (Object.keys(STEP_OF) as ComplaintState[]).filter((s) => STEP_OF[s] === step);

export function complaintWhere(ctx: Ctx, f: ComplaintFilterInput): FilterQuery<Complaint> {
  const at = now();
  return and<Complaint>(
    scope(ctx),
    !!f.state && { state: f.state },
    !!f.states?.length && { state: { $in: f.states } },
    f.step != null && { state: { $in: statesOfStep(f.step) } },
    f.open === true && { state: { $in: OPEN_COMPLAINT_STATES } },
    f.open === false && { state: { $nin: OPEN_COMPLAINT_STATES } },
    f.overdue === true && { state: { $in: OPEN_COMPLAINT_STATES }, dueAt: { $lt: at } },
    f.overdue === false && { $or: [{ state: { $nin: OPEN_COMPLAINT_STATES } }, { dueAt: { $gte: at } }] },
    !!f.category && { category: f.category },
    !!f.cause && { cause: f.cause },
    !!f.responsibleDepartmentId && { responsibleDepartment: Number(f.responsibleDepartmentId) },
    !!f.handlerId && { handler: Number(f.handlerId) },
    f.mine === true && { handler: ctx.viewer?.userId ?? -1 },
    !!f.customerId && { customer: Number(f.customerId) },
    !!f.supplierId && { supplier: Number(f.supplierId) },
    !!f.orderId && { order: Number(f.orderId) },
    !!f.receivedFrom && { receivedAt: { $gte: f.receivedFrom } },
    !!f.receivedTo && { receivedAt: { $lt: f.receivedTo } },
    !!f.search?.trim() && { $or: [{ code: contains(ctx.em, f.search!) }, { content: contains(ctx.em, f.search!) }, { customer: { name: contains(ctx.em, f.search!) } }] },
  );
}

/** One complaint, within the caller's row scope. */
export function getComplaint(ctx: Ctx, id: string): Promise<Complaint | null> | null {
  const own = partnerScope(ctx.viewer);
  return Number.isInteger(Number(id)) ? ctx.em.findOne(Complaint, own === null ? { id: Number(id) } : { id: Number(id), supplier: own }) : null;
}

/** The complaint list: filters, sort (default newest received first), one page. */
export function listComplaints(ctx: Ctx, args: PageArgs & { where?: ComplaintFilterInput | null; sort?: { field?: ComplaintSortField | null; direction?: SortDirection | null } | null }) {
  const field = SORT_COLUMN[args.sort?.field ?? ComplaintSortField.RECEIVED_AT];
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Complaint, { ...args, where: complaintWhere(ctx, args.where ?? {}), orderBy: [{ [field]: dir }, { id: dir }] as never });
}

/** The escalation list: open complaints past their 24-hour deadline, longest overdue first. */
export function overdueComplaints(ctx: Ctx, args: PageArgs & { responsibleDepartmentId?: string | null; handlerId?: string | null }) {
  const where = complaintWhere(ctx, { overdue: true, responsibleDepartmentId: args.responsibleDepartmentId, handlerId: args.handlerId });
  return paginate(ctx.em, Complaint, { ...args, where, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] as never });
}

export interface BoardColumn { state: ComplaintState; step: number; count: number; overdueCount: number }

/** Counts per state for the kanban board, every state listed (zero included), in loop order. One grouped query. */
export async function complaintBoard(ctx: Ctx, f: { handlerId?: string | null; responsibleDepartmentId?: string | null; mine?: boolean | null }): Promise<BoardColumn[]> {
  const own = partnerScope(ctx.viewer);
  const conditions: string[] = [];
  const params: unknown[] = [now(), ...OPEN_COMPLAINT_STATES];
  const handler = f.mine ? ctx.viewer?.userId ?? -1 : f.handlerId ? Number(f.handlerId) : null;
  if (handler != null) { conditions.push('handler_id = ?'); params.push(handler); }
  if (f.responsibleDepartmentId) { conditions.push('responsible_department_id = ?'); params.push(Number(f.responsibleDepartmentId)); }
  if (own !== null) { conditions.push('supplier_id = ?'); params.push(own); }
  const rows = await sql<{ state: string; n: unknown; overdue: unknown }>(ctx.em, `
    select state, count(*) as n, sum(case when due_at < ? and state in (${OPEN_COMPLAINT_STATES.map(() => '?').join(', ')}) then 1 else 0 end) as overdue
    from complaints${conditions.length ? ` where ${conditions.join(' and ')}` : ''} group by state`, params);
  const byState = new Map(rows.map((r) => [r.state, r]));
  return (Object.values(ComplaintState) as ComplaintState[]).map((state) => ({
    state, step: STEP_OF[state], count: num(byState.get(state)?.n), overdueCount: num(byState.get(state)?.overdue),
  }));
}
