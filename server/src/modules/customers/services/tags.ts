import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { CustomerTag } from '../entities/customer-tag.entity.js';
import type { Customer } from '../entities/customer.entity.js';

/** Tags of many customers in one query, sorted. */
export async function tagsOf(em: EntityManager, customerIds: readonly number[]): Promise<Map<number, string[]>> {
  const byCustomer = new Map<number, string[]>();
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await em.find(CustomerTag, { customer: { $in: customerIds.slice(i, i + 500) as number[] } }, { orderBy: { tag: 'asc' } });
    for (const row of rows) byCustomer.set(row.customer.id, [...(byCustomer.get(row.customer.id) ?? []), row.tag]);
  }
  return byCustomer;
}

/** Per-request batch loader for Customer.tags. */
export function tagLoader(ctx: Ctx) {
  return loader<number, string[]>(ctx, 'customer.tags', (ids) => tagsOf(ctx.em, ids), []);
}

/** Adds the tags the customer lacks (keeps the others). */
export function addTags(em: EntityManager, customer: Customer, current: string[], wanted: string[]): void {
  for (const tag of wanted) if (!current.includes(tag)) em.persist(em.create(CustomerTag, { customer, tag }));
}

/** Makes the customer's tags exactly `wanted`. */
export async function replaceTags(em: EntityManager, customer: Customer, current: string[], wanted: string[]): Promise<void> {
  const drop = current.filter((t) => !wanted.includes(t));
  if (drop.length) await em.nativeDelete(CustomerTag, { customer: customer.id, tag: { $in: drop } });
  addTags(em, customer, current, wanted);
}
