import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerChannel, CustomerStatus } from '../entities/enums.js';
import { seesPii } from './pii.js';
import { normalisePhone, normaliseTags } from './normalise.js';
import { segmentWhere, type RfmSegment } from './rfm.js';
import { and, customerScope, defaultsToMine } from './scope.js';
import { now } from './clock.js';

export interface CustomerFilterInput {
  search?: string | null;
  mine?: boolean | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  teamId?: string | null;
  channel?: CustomerChannel | null;
  memberLevelId?: string | null;
  membersOnly?: boolean | null;
  vip?: boolean | null;
  tags?: string[] | null;
  segment?: RfmSegment | null;
  firstContactOverdue?: boolean | null;
  awaitingFirstContact?: boolean | null;
  status?: CustomerStatus | null;
  createdFrom?: Date | null;
  createdTo?: Date | null;
}

export type CustomerSortField = 'NAME' | 'CREATED_AT' | 'LIFETIME_VALUE' | 'LAST_ORDER_AT' | 'FIRST_CONTACT_DUE_AT';
const SORT_COLUMNS: Record<CustomerSortField, string> = {
  NAME: 'name', CREATED_AT: 'createdAt', LIFETIME_VALUE: 'lifetimeValueFen', LAST_ORDER_AT: 'lastOrderAt', FIRST_CONTACT_DUE_AT: 'firstContactDueAt',
};

/** Customers carrying any of the tags (a sub-query, so a customer with two matching tags appears once). */
export function taggedWhere(tags: string[]): FilterQuery<Customer> {
  return { [raw((alias) => `${alias}.id in (select customer_id from customer_tags where tag in (${tags.map(() => '?').join(', ')}))`, tags)]: [] } as FilterQuery<Customer>;
}

/**
 * Search matches the name and the platform account. Phone and e-mail are searched only for
 * callers who may see them, so a masked caller cannot probe contact data digit by digit; a
 * masked caller matches a platform account only in full.
 */
function searchWhere(ctx: Ctx, search: string): FilterQuery<Customer> {
  const text = search.trim();
  const or: FilterQuery<Customer>[] = [{ name: contains(ctx.em, text) }];
  if (seesPii(ctx.viewer)) {
    or.push({ platformAccount: contains(ctx.em, text) }, { email: contains(ctx.em, text) });
    const digits = normalisePhone(text);
    if (digits && /^\d{3,}$/.test(digits)) or.push({ phone: contains(ctx.em, digits) });
  } else {
    or.push({ platformAccount: text });
  }
  return { $or: or };
}

/** The filter as a query condition, with the caller's row scope and the "my customers" default. Build afresh per query. */
export function customerWhere(ctx: Ctx, f: CustomerFilterInput = {}): FilterQuery<Customer> {
  const at = now();
  // Browsing defaults to "my customers" for specialists; naming an owner or searching looks through the archive.
  const widened = !!f.assigneeId || f.unassigned != null || (f.mine == null && !!f.search?.trim());
  const mine = !widened && defaultsToMine(ctx, f.mine);
  const tags = normaliseTags(f.tags);
  const awaiting = { assignee: { $ne: null }, firstContactAt: null };
  return and<Customer>(
    customerScope(ctx),
    { status: f.status ?? CustomerStatus.ACTIVE },
    mine && { assignee: ctx.viewer!.userId! },
    !!f.assigneeId && { assignee: Number(f.assigneeId) },
    f.unassigned === true && { assignee: null },
    f.unassigned === false && { assignee: { $ne: null } },
    !!f.teamId && { assignee: { department: Number(f.teamId) } },
    !!f.channel && { channel: f.channel },
    !!f.memberLevelId && { memberLevel: Number(f.memberLevelId) },
    f.membersOnly === true && { memberLevel: { $ne: null } },
    f.membersOnly === false && { memberLevel: null },
    f.vip != null && { vip: f.vip },
    tags.length > 0 && taggedWhere(tags),
    !!f.segment && segmentWhere(f.segment, at),
    f.firstContactOverdue === true && { ...awaiting, firstContactDueAt: { $lt: at } },
    f.firstContactOverdue === false && { $or: [{ firstContactAt: { $ne: null } }, { firstContactDueAt: null }, { firstContactDueAt: { $gte: at } }] },
    f.awaitingFirstContact === true && awaiting,
    !!f.createdFrom && { createdAt: { $gte: f.createdFrom } },
    !!f.createdTo && { createdAt: { $lt: f.createdTo } },
    !!f.search?.trim() && searchWhere(ctx, f.search),
  );
}

export function customerOrder(sort?: { field: CustomerSortField; direction: SortDirection } | null) {
  const s = sort ?? { field: 'NAME' as const, direction: SortDirection.ASC };
  const dir = s.direction === SortDirection.DESC ? 'desc' : 'asc';
  return [{ [SORT_COLUMNS[s.field]]: dir }, { id: dir }] as never;
}

export function listCustomers(ctx: Ctx, args: PageArgs & { where?: CustomerFilterInput | null; sort?: { field: CustomerSortField; direction: SortDirection } | null }) {
  return paginate(ctx.em, Customer, { ...args, where: customerWhere(ctx, args.where ?? {}), orderBy: customerOrder(args.sort) });
}

/** One customer within the caller's row scope (merged records stay readable for their history). */
export function getCustomer(ctx: Ctx, id: string): Promise<Customer | null> {
  return ctx.em.findOne(Customer, and<Customer>(customerScope(ctx), { id: Number(id) }));
}
