import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { badInput } from '../../../core/errors.js';
import { likePattern, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Shipment, ShipmentStatus } from '../entities/shipment.entity.js';

export interface ShipmentFilterInput { waybillNo?: string | null; courierId?: string | null; status?: ShipmentStatus | null; orderId?: string | null }

function scoped(ctx: Ctx, and: FilterQuery<Shipment>[]): FilterQuery<Shipment> {
  const own = partnerScope(ctx.viewer);
  if (own != null) and.push({ order: { agent: own } });
  return and.length ? { $and: and } : {};
}

/** Shipments, newest first; `waybillNo` matches part of the number, so a scanned or typed fragment finds it. */
export function listShipments(ctx: Ctx, args: PageArgs & { where?: ShipmentFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const and: FilterQuery<Shipment>[] = [];
  if (f.waybillNo?.trim()) and.push({ waybillNo: { $like: likePattern(f.waybillNo) } });
  if (f.courierId) and.push({ courier: Number(f.courierId) });
  if (f.status) and.push({ status: f.status });
  if (f.orderId) and.push({ order: Number(f.orderId) });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Shipment, { ...args, where: scoped(ctx, and), orderBy: [{ shippedAt: dir }, { id: dir }] as never });
}

/** Shipments still followed (in transit or with a problem) with no tracking update for `days` days, stalest first. */
export function listOverdueShipments(ctx: Ctx, args: PageArgs & { days?: number | null; courierId?: string | null }) {
  const days = args.days ?? 3;
  if (!Number.isInteger(days) || days < 1 || days > 90) throw badInput('`days` must be between 1 and 90');
  const and: FilterQuery<Shipment>[] = [
    { status: { $in: [ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION] } },
    { lastEventAt: { $lt: new Date(Date.now() - days * 86_400_000) } },
  ];
  if (args.courierId) and.push({ courier: Number(args.courierId) });
  return paginate(ctx.em, Shipment, { ...args, where: scoped(ctx, and), orderBy: [{ lastEventAt: 'asc' }, { id: 'asc' }] as never });
}
