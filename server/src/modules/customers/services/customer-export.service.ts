import type { Ctx } from '../../../core/context.js';
import { toCsv } from '../../../core/csv.js';
import { Customer } from '../entities/customer.entity.js';
import { customerOrder, customerWhere, type CustomerFilterInput, type CustomerSortField } from './customer-query.js';
import type { SortDirection } from '../../../core/graphql/pagination.js';
import { showContact } from './pii.js';
import { rfmOf } from './rfm.js';
import { tagsOf } from './tags.js';
import { now } from './clock.js';

export const EXPORT_LIMIT = 10_000;

/** The customer list as CSV. Contact columns pass through the same masking as the API. */
export async function customersCsv(ctx: Ctx, where: CustomerFilterInput, sort?: { field: CustomerSortField; direction: SortDirection } | null): Promise<string> {
  const rows = await ctx.em.find(Customer, customerWhere(ctx, where), { populate: ['memberLevel', 'assignee'], orderBy: customerOrder(sort), limit: EXPORT_LIMIT });
  const tags = await tagsOf(ctx.em, rows.map((c) => c.id));
  const at = now();
  return toCsv(
    ['id', 'name', 'platform_account', 'phone', 'email', 'address', 'channel', 'tags', 'member_level', 'vip', 'lifetime_value_fen', 'order_count', 'last_order_at', 'rfm_segment', 'assignee', 'first_contact_due_at', 'first_contact_at'],
    rows.map((c) => [
      c.id, c.name, showContact(ctx, 'platformAccount', c.platformAccount), showContact(ctx, 'phone', c.phone), showContact(ctx, 'email', c.email),
      showContact(ctx, 'address', c.address), c.channel, (tags.get(c.id) ?? []).join(';'), c.memberLevel?.getEntity().code ?? '', c.vip ? 'yes' : 'no',
      c.lifetimeValueFen, c.orderCount, c.lastOrderAt?.toISOString() ?? '', rfmOf(c, at).segment, c.assignee?.getEntity().email ?? '',
      c.firstContactDueAt?.toISOString() ?? '', c.firstContactAt?.toISOString() ?? '',
    ]),
  );
}
