import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { AuditLog } from '../../../core/audit/audit-log.entity.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';

export interface AuditLogFilterInput {
  actorId?: string | null; operation?: string | null; entityType?: string | null; entityId?: string | null;
  from?: Date | null; to?: Date | null; search?: string | null;
}

export function listAuditLogs(ctx: Ctx, args: PageArgs & { where?: AuditLogFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<AuditLog>[] = [];
  if (f.actorId) conditions.push({ actor: Number(f.actorId) });
  if (f.operation) conditions.push({ operation: f.operation });
  if (f.entityType) conditions.push({ entityType: f.entityType });
  if (f.entityId) conditions.push({ entityId: f.entityId });
  if (f.from) conditions.push({ at: { $gte: f.from } });
  if (f.to) conditions.push({ at: { $lt: f.to } });
  if (f.search?.trim()) conditions.push({ $or: [{ summary: contains(ctx.em, f.search) }, { actorLabel: contains(ctx.em, f.search) }] });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, AuditLog, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ at: dir }, { id: dir }] as never });
}
