import { ref, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerAssignment } from '../entities/customer-assignment.entity.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';
import { AssignmentMethod, CustomerStatus } from '../entities/enums.js';
import { distributionPool, eligibleSpecialists, pickBalanced } from './specialists.js';
import { DAY_MS, now } from './clock.js';

/** A specialist must make first contact within a week of each assignment [P]. */
export const FIRST_CONTACT_DAYS = 7;
const MAX_BATCH = 5000;

/** Ends the current assignment (keeping it as history) and starts a new one with a fresh 7-day deadline. */
export function startAssignment(ctx: Ctx, em: EntityManager, customer: Customer, specialist: User, method: AssignmentMethod, at: Date, note?: string | null) {
  const row = em.create(CustomerAssignment, {
    customer, specialist, method, assignedAt: at, dueAt: new Date(at.getTime() + FIRST_CONTACT_DAYS * DAY_MS), note: note ?? undefined,
    assignedBy: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined, assignedByLabel: ctx.viewer?.label ?? 'system',
  });
  customer.assignee = ref(specialist);
  customer.assignedAt = at;
  customer.firstContactDueAt = row.dueAt;
  customer.firstContactAt = null as never;
  em.persist([row, customer]);
  return row;
}

async function endAssignments(em: EntityManager, customerIds: number[], at: Date, reason: string) {
  for (let i = 0; i < customerIds.length; i += 500) {
    await em.nativeUpdate(CustomerAssignment, { customer: { $in: customerIds.slice(i, i + 500) }, endedAt: null }, { endedAt: at, endReason: reason });
  }
}

async function loadCustomers(ctx: Ctx, check: Check, ids: string[]): Promise<Customer[]> {
  const unique = [...new Set(ids.map(Number))];
  check.when(!unique.length, 'customerIds', 'Choose at least one customer', 'REQUIRED').when(unique.length > MAX_BATCH, 'customerIds', `At most ${MAX_BATCH} customers at once`);
  if (!check.ok) return [];
  const customers: Customer[] = [];
  for (let i = 0; i < unique.length; i += 500) customers.push(...(await ctx.em.find(Customer, { id: { $in: unique.slice(i, i + 500) } })));
  check.when(customers.length !== unique.length, 'customerIds', 'One or more customers do not exist', 'NOT_FOUND');
  check.when(customers.some((c) => c.status !== CustomerStatus.ACTIVE), 'customerIds', 'Merged customers cannot be assigned', 'WRONG_STATE');
  return customers;
}

/** Assigns customers to one specialist by hand; customers already theirs are left as they are. */
export async function assignCustomers(ctx: Ctx, input: { customerIds: string[]; specialistId: string; note?: string | null }) {
  const check = new Check();
  const customers = await loadCustomers(ctx, check, input.customerIds);
  const specialist = (await eligibleSpecialists(ctx.em, [Number(input.specialistId)])).get(Number(input.specialistId));
  check.when(!specialist, 'specialistId', 'Not an active staff member who can work customers (needs `customer:write`)', 'INVALID');
  check.throwIfAny();
  const changing = customers.filter((c) => c.assignee?.id !== specialist!.id);
  const at = now();
  return ctx.em.transactional(async (tx) => {
    await endAssignments(tx, changing.map((c) => c.id), at, 'REASSIGNED');
    for (const customer of changing) startAssignment(ctx, tx, customer, specialist!, AssignmentMethod.MANUAL, at, input.note);
    await tx.flush();
    audit(ctx, tx, { operation: 'assignCustomers', entityType: 'Customer', entityId: changing.length === 1 ? changing[0].id : null, summary: `${changing.length} customer(s) assigned to ${specialist!.email}; ${customers.length - changing.length} already theirs${changing.length > 1 ? ` (ids ${changing.slice(0, 50).map((c) => c.id).join(', ')}${changing.length > 50 ? ', …' : ''})` : ''}` });
    return { assigned: changing.length, unchanged: customers.length - changing.length, customers };
  });
}

/** Current customers per specialist: the load automatic assignment balances. */
export async function customerLoads(em: EntityManager, userIds: number[]): Promise<Map<number, number>> {
  if (!userIds.length) return new Map();
  const rows = await sql<{ id: unknown; n: unknown }>(em, `select assignee_id as id, count(*) as n from customers where status = ? and assignee_id in (${userIds.map(() => '?').join(',')}) group by assignee_id`, [CustomerStatus.ACTIVE, ...userIds]);
  return new Map(rows.map((r) => [num(r.id), num(r.n)]));
}

/**
 * Distributes customers across the pool, balancing each specialist's total load against their
 * ability. Without ids it takes every unassigned active customer (oldest first, up to 5,000).
 */
export async function autoAssignCustomers(ctx: Ctx, input: { customerIds?: string[] | null; specialistIds?: string[] | null; note?: string | null }) {
  const check = new Check();
  const customers = input.customerIds?.length
    ? await loadCustomers(ctx, check, input.customerIds)
    : await ctx.em.find(Customer, { status: CustomerStatus.ACTIVE, assignee: null }, { orderBy: { id: 'asc' }, limit: MAX_BATCH });
  const { pool, unknown } = await distributionPool(ctx.em, input.specialistIds?.map(Number));
  check.when(unknown.length > 0, 'specialistIds', `Not active staff who can work customers: ${unknown.join(', ')}`);
  check.when(!pool.length, 'specialistIds', 'No specialists to assign to: add specialists to the pool or name them', 'REQUIRED');
  check.when(check.ok && !customers.length, 'customerIds', 'No unassigned customers to distribute', 'REQUIRED');
  check.throwIfAny();
  const loads = await customerLoads(ctx.em, pool.map((p) => p.user.id));
  // A customer being moved no longer counts on their current owner's load.
  for (const c of customers) if (c.assignee && loads.has(c.assignee.id)) loads.set(c.assignee.id, loads.get(c.assignee.id)! - 1);
  const before = new Map(loads);
  const at = now();
  return ctx.em.transactional(async (tx) => {
    const plan = customers.map((customer) => ({ customer, to: pickBalanced(pool, loads).user }));
    const moving = plan.filter((p) => p.customer.assignee?.id !== p.to.id);
    await endAssignments(tx, moving.map((p) => p.customer.id), at, 'REASSIGNED');
    for (const p of moving) startAssignment(ctx, tx, p.customer, p.to, AssignmentMethod.AUTO, at, input.note);
    await tx.flush();
    const specialists = pool.map((p) => ({ specialist: p.user, abilityPercent: p.abilityPercent, before: before.get(p.user.id) ?? 0, added: plan.filter((x) => x.to.id === p.user.id).length, after: loads.get(p.user.id) ?? 0 }));
    audit(ctx, tx, { operation: 'autoAssignCustomers', entityType: 'Customer', summary: `${plan.length} customer(s) distributed: ${specialists.map((s) => `${s.specialist.email} +${s.added} (ability ${s.abilityPercent} %)`).join(', ')}` });
    return { assigned: plan.length, specialists };
  });
}

/** Sets a specialist's ability factor and pool membership (creates the profile on first use). */
export async function setSpecialistProfile(ctx: Ctx, input: { userId: string; abilityPercent?: number | null; inPool?: boolean | null; note?: string | null }) {
  const check = new Check().when(input.abilityPercent != null && (!Number.isInteger(input.abilityPercent) || input.abilityPercent < 10 || input.abilityPercent > 500), 'abilityPercent', 'Ability must be a whole percentage from 10 to 500');
  const user = (await eligibleSpecialists(ctx.em, [Number(input.userId)])).get(Number(input.userId));
  check.when(!user, 'userId', 'Not an active staff member who can work customers (needs `customer:write`)');
  check.throwIfAny();
  const profile = (await ctx.em.findOne(SpecialistProfile, { user: user!.id })) ?? ctx.em.create(SpecialistProfile, { user: user! });
  const before = `${profile.abilityPercent} %, ${profile.inPool ? 'in pool' : 'out of pool'}`;
  if (input.abilityPercent != null) profile.abilityPercent = input.abilityPercent;
  if (input.inPool != null) profile.inPool = input.inPool;
  if (input.note !== undefined) profile.note = input.note?.trim() || (null as never);
  return ctx.em.transactional(async (tx) => {
    tx.persist(profile);
    await tx.flush();
    audit(ctx, tx, { operation: 'setSpecialistProfile', entityType: 'SpecialistProfile', entityId: profile.id, summary: `${user!.email}: ${before} → ${profile.abilityPercent} %, ${profile.inPool ? 'in pool' : 'out of pool'}` });
    return { specialist: profile };
  });
}
