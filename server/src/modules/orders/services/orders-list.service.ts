import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { UserError } from '../../../core/errors.js';
import { likePattern, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Shipment } from '../../shipping/entities/shipment.entity.js';
import { canonicalProvince } from '../../shipping/services/provinces.js';
import { Order } from '../entities/order.entity.js';
import { OPEN_FULFILMENT, OrderChannel, type OrderStatus } from '../entities/order-enums.js';
import { loadOrder } from './order-state.js';

export interface OrderFilterInput {
  statuses?: OrderStatus[] | null;
  channel?: OrderChannel | null;
  province?: string | null;
  placedFrom?: Date | null;
  placedBefore?: Date | null;
  agentId?: string | null;
  customerId?: string | null;
  warehouseId?: string | null;
  shipFirst?: boolean | null;
  search?: string | null;
}

export enum OrderSortField { PLACED_AT = 'PLACED_AT', PAID_AT = 'PAID_AT', TOTAL = 'TOTAL', CODE = 'CODE' }
const COLUMN: Record<OrderSortField, string> = { PLACED_AT: 'placedAt', PAID_AT: 'paidAt', TOTAL: 'totalFen', CODE: 'code' };

async function orderWhere(ctx: Ctx, f: OrderFilterInput): Promise<FilterQuery<Order>> {
  const and: FilterQuery<Order>[] = [];
  const own = partnerScope(ctx.viewer);
  if (own != null) and.push({ agent: own });
  if (f.statuses?.length) and.push({ status: { $in: f.statuses } });
  if (f.channel) and.push({ channel: f.channel });
  if (f.province?.trim()) and.push({ province: canonicalProvince(f.province) ?? f.province.trim() });
  if (f.placedFrom) and.push({ placedAt: { $gte: f.placedFrom } });
  if (f.placedBefore) and.push({ placedAt: { $lt: f.placedBefore } });
  if (f.agentId) and.push({ agent: Number(f.agentId) });
  if (f.customerId) and.push({ customer: Number(f.customerId) });
  if (f.warehouseId) and.push({ warehouse: Number(f.warehouseId) });
  if (f.shipFirst != null) and.push({ shipFirst: f.shipFirst });
  if (f.search?.trim()) {
    const like = likePattern(f.search);
    // A waybill fragment finds its order too.
    const byWaybill = (await ctx.em.find(Shipment, { waybillNo: { $like: like } }, { fields: ['order'], limit: 100 })).map((s) => s.order.id);
    and.push({ $or: [{ code: { $like: like } }, { platformOrderNo: { $like: like } }, { receiverName: { $like: like } }, { buyerAccount: { $like: like } }, ...(byWaybill.length ? [{ id: { $in: byWaybill } }] : [])] });
  }
  return and.length ? { $and: and } : {};
}

/** Orders matching the filter; an agent token sees only its own. */
export async function listOrders(ctx: Ctx, args: PageArgs & { where?: OrderFilterInput | null; sort?: { field: OrderSortField; direction: SortDirection } | null }) {
  const sort = args.sort ?? { field: OrderSortField.PLACED_AT, direction: SortDirection.DESC };
  const dir = sort.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Order, { ...args, where: await orderWhere(ctx, args.where ?? {}), orderBy: [{ [COLUMN[sort.field]]: dir }, { id: dir }] as never });
}

/**
 * The warehouse's queue: paid orders not yet shipped, ship-first regions at the front, then
 * the longest-waiting first.
 */
export async function fulfilmentQueue(ctx: Ctx, args: PageArgs & { where?: OrderFilterInput | null }) {
  const f = args.where ?? {};
  const statuses = f.statuses?.length ? f.statuses.filter((s) => OPEN_FULFILMENT.includes(s)) : OPEN_FULFILMENT;
  // Asking the queue for shipped or ended orders gives an empty page, not the whole queue.
  const where = statuses.length ? await orderWhere(ctx, { ...f, statuses }) : { id: -1 };
  return paginate(ctx.em, Order, { ...args, where, orderBy: [{ shipFirst: 'desc' }, { paidAt: 'asc' }, { id: 'asc' }] as never });
}

/** One order, or null when it does not exist or the caller may not see it. */
export async function findOrder(ctx: Ctx, id: string) {
  try {
    return await loadOrder(ctx, id);
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}
