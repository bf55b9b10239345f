import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { ReturnReasonCode, ReturnStatus, ReturnType } from '../entities/return-enums.js';
import { ReturnRequest } from '../entities/return-request.entity.js';

export enum ReturnSortField { CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT', CODE = 'CODE' }

export interface ReturnRequestFilter {
  status?: ReturnStatus | null; statuses?: ReturnStatus[] | null; type?: ReturnType | null; reasonCode?: ReturnReasonCode | null;
  warehouseId?: string | null; orderId?: string | null; complaintCode?: string | null;
  from?: Date | null; to?: Date | null; search?: string | null;
}

/** Return requests, filtered and sorted; an agent token sees only those of its own orders. */
export function listReturnRequests(ctx: Ctx, args: PageArgs & { where?: ReturnRequestFilter | null; sort?: { field: ReturnSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const and: FilterQuery<ReturnRequest>[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.statuses?.length) and.push({ status: { $in: f.statuses } });
  if (f.type) and.push({ type: f.type });
  if (f.reasonCode) and.push({ reasonCode: f.reasonCode });
  if (f.warehouseId) and.push({ warehouse: Number(f.warehouseId) });
  if (f.orderId) and.push({ order: Number(f.orderId) });
  if (f.complaintCode?.trim()) and.push({ complaintCode: f.complaintCode.trim() });
  if (f.from) and.push({ createdAt: { $gte: f.from } });
  if (f.to) and.push({ createdAt: { $lt: f.to } });
  if (f.search?.trim()) {
    const like = contains(ctx.em, f.search);
    and.push({ $or: [{ code: like }, { orderCode: like }, { buyerAccount: like }, { receiverName: like }, { complaintCode: like }] });
  }
  const own = partnerScope(ctx.viewer);
  if (own != null) and.push({ order: { agent: own } });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  const column = args.sort?.field === ReturnSortField.UPDATED_AT ? 'updatedAt' : args.sort?.field === ReturnSortField.CODE ? 'code' : 'createdAt';
  return paginate(ctx.em, ReturnRequest, { ...args, where: and.length ? { $and: and } : {}, orderBy: [{ [column]: dir }, { id: dir }] as never });
}

/** One request, or null when it does not exist or is outside the caller's scope. */
export function findReturnRequest(ctx: Ctx, id: string) {
  const own = partnerScope(ctx.viewer);
  if (!Number.isInteger(Number(id))) return null;
  return ctx.em.findOne(ReturnRequest, own == null ? { id: Number(id) } : { id: Number(id), order: { agent: own } });
}
