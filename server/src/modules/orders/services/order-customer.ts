import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check } from '../../../core/errors.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerStatus } from '../../customers/entities/enums.js';
import { recordCompletedOrderSpend } from '../../customers/services/members.service.js';
import type { Order } from '../entities/order.entity.js';

export interface OrderCustomer {
  /** The customer's id, to link the order; null when the order has none. */
  id: number | null;
  /** VIP buyers get the SKUs' VIP prices. */
  vip: boolean;
}

/** Follows merges to the record in use. */
async function inUse(em: EntityManager, customer: Customer | null): Promise<Customer | null> {
  for (let hops = 0; customer?.status === CustomerStatus.MERGED && customer.mergedInto && hops < 5; hops++) customer = await em.findOne(Customer, customer.mergedInto.id);
  return customer?.status === CustomerStatus.ACTIVE ? customer : null;
}

/**
 * The order's customer and whether VIP prices apply. An agent token may only name its own
 * customers. Without a customer id, a platform order is linked to the customer with the same
 * platform account, when there is exactly that one.
 */
export async function resolveCustomer(ctx: Ctx, check: Check, customerId: string | null | undefined, buyerAccount?: string | null, field = 'customerId'): Promise<OrderCustomer> {
  const own = partnerScope(ctx.viewer);
  let customer: Customer | null = null;
  if (customerId) {
    customer = await inUse(ctx.em, Number.isInteger(Number(customerId)) ? await ctx.em.findOne(Customer, Number(customerId)) : null);
    if (!customer || (own != null && customer.agent?.id !== own)) { check.add(field, 'No such customer', 'NOT_FOUND'); return { id: null, vip: false }; }
  } else if (buyerAccount?.trim()) {
    const matches = await ctx.em.find(Customer, { platformAccount: buyerAccount.trim(), status: CustomerStatus.ACTIVE, ...(own != null ? { agent: own } : {}) }, { limit: 2 });
    customer = matches.length === 1 ? matches[0] : null;
  }
  return { id: customer?.id ?? null, vip: !!customer?.vip };
}

/** Adds a completed order's net payment to its customer's spend (lifetime value, level, VIP), in the caller's transaction. */
export async function completedOrderSpend(ctx: Ctx, em: EntityManager, order: Order): Promise<void> {
  if (!order.customer || order.paidFen <= 0) return;
  await recordCompletedOrderSpend(ctx, em, order.customer.id, order.paidFen, order.endedAt ?? new Date());
}
