import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { can } from '../../../core/auth/viewer.js';
import type { Permission } from '../../../core/auth/permissions.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import type { Customer } from '../entities/customer.entity.js';

/**
 * Row scope for customer data. A partner (resale agent) token sees only the customers it
 * brought (Customer.agent); staff and analysts see the whole archive.
 */
export function customerScope(ctx: Ctx): FilterQuery<Customer> | null {
  const own = partnerScope(ctx.viewer);
  return own === null ? null : { agent: own };
}

/** Desk-internal lists (campaigns, chats, leads…) have no partner rows: a partner token sees none. */
export function isPartnerCaller(ctx: Ctx): boolean {
  return partnerScope(ctx.viewer) !== null;
}

/**
 * Whether a list defaults to the caller's own queue: a staff member who works the queue but does
 * not supervise it — `customer:write` without `customer:assign` (or, for callback tasks and leads,
 * `callback:work` without `callback:manage`) — sees "my customers" / "my tasks" unless they ask
 * otherwise. Read-only callers (analysts, after-sales, directors) see everything they may read.
 */
export function defaultsToMine(ctx: Ctx, explicit: boolean | null | undefined, queue: 'customers' | 'callbacks' = 'customers'): boolean {
  if (explicit != null) return explicit && !!ctx.viewer?.userId;
  const [worker, supervisor]: Permission[] = queue === 'customers' ? ['customer:write', 'customer:assign'] : ['callback:work', 'callback:manage'];
  return ctx.viewer?.kind === 'staff' && !!ctx.viewer.userId && can(ctx.viewer, worker) && !can(ctx.viewer, supervisor);
}

export function and<T>(...conditions: (FilterQuery<T> | null | undefined | false)[]): FilterQuery<T> {
  const list = conditions.filter(Boolean) as FilterQuery<T>[];
  return list.length === 0 ? ({} as FilterQuery<T>) : list.length === 1 ? list[0] : ({ $and: list } as FilterQuery<T>);
}
