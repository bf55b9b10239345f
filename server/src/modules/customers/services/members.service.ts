import { ref, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { sql } from '../../../core/db/sql.js';
import { Customer } from '../entities/customer.entity.js';
import { MemberLevel } from '../entities/member-level.entity.js';
import { CustomerStatus } from '../entities/enums.js';
import { now } from './clock.js';

const CODE = /^[A-Z][A-Z0-9_-]{1,29}$/;

export function listMemberLevels(ctx: Ctx) {
  return ctx.em.find(MemberLevel, {}, { orderBy: { thresholdFen: 'asc' } });
}

type LevelFields = { code?: string | null; name?: string | null; thresholdFen?: number | null; grantsVip?: boolean | null; description?: string | null };

async function checkLevel(ctx: Ctx, input: LevelFields, creating: boolean, id?: number) {
  const check = new Check();
  if (creating) check.when(!CODE.test(input.code ?? ''), 'code', 'Code must be 2–30 upper-case letters, digits, _ or -');
  if (creating || input.name != null) check.when(!input.name?.trim(), 'name', 'Name is required', 'REQUIRED').when((input.name ?? '').length > 60, 'name', 'Name must be at most 60 characters');
  if (creating || input.thresholdFen != null) check.when(!Number.isInteger(input.thresholdFen) || input.thresholdFen! < 0, 'thresholdFen', 'Threshold must be a whole number of fen, 0 or more');
  if (creating && input.code && (await ctx.em.count(MemberLevel, { code: input.code }))) check.add('code', 'A level with this code exists', 'DUPLICATE');
  if (input.thresholdFen != null && (await ctx.em.count(MemberLevel, { thresholdFen: input.thresholdFen, ...(id ? { id: { $ne: id } } : {}) }))) check.add('thresholdFen', 'Another level has this threshold', 'DUPLICATE');
  check.throwIfAny();
}

export async function createMemberLevel(ctx: Ctx, input: LevelFields & { code: string; name: string; thresholdFen: number }) {
  await checkLevel(ctx, input, true);
  const level = ctx.em.create(MemberLevel, { code: input.code, name: input.name.trim(), thresholdFen: input.thresholdFen, grantsVip: input.grantsVip ?? false, description: input.description?.trim() || undefined });
  return ctx.em.transactional(async (tx) => {
    tx.persist(level);
    await tx.flush();
    audit(ctx, tx, { operation: 'createMemberLevel', entityType: 'MemberLevel', entityId: level.id, summary: `${level.code} from ${level.thresholdFen} fen${level.grantsVip ? ', VIP' : ''}` });
    return { memberLevel: level };
  });
}

/** Changing a threshold does not move existing members; it applies from the next recorded spend. */
export async function updateMemberLevel(ctx: Ctx, input: LevelFields & { id: string }) {
  const level = await ctx.em.findOne(MemberLevel, Number(input.id));
  if (!level) throw UserError.of('NOT_FOUND', 'No such member level', 'id');
  await checkLevel(ctx, input, false, level.id);
  const before = { name: level.name, thresholdFen: level.thresholdFen, grantsVip: level.grantsVip, description: level.description };
  if (input.name != null) level.name = input.name.trim();
  if (input.thresholdFen != null) level.thresholdFen = input.thresholdFen;
  if (input.grantsVip != null) level.grantsVip = input.grantsVip;
  if (input.description !== undefined) level.description = input.description?.trim() || (null as never);
  return ctx.em.transactional(async (tx) => {
    tx.persist(level);
    audit(ctx, tx, { operation: 'updateMemberLevel', entityType: 'MemberLevel', entityId: level.id, summary: describeChanges(before, { name: level.name, thresholdFen: level.thresholdFen, grantsVip: level.grantsVip, description: level.description }) });
    return { memberLevel: level };
  });
}

function applyLevel(customer: Customer, level: MemberLevel | null, at: Date) {
  customer.memberLevel = (level ? ref(level) : null) as never;
  if (level && !customer.memberSince) customer.memberSince = at;
  if (!level) customer.memberSince = null as never;
  const vip = level?.grantsVip ?? false;
  if (vip && !customer.vip) customer.vipSince = at;
  if (!vip) customer.vipSince = null as never;
  customer.vip = vip;
}

/** Sets (or clears, with null) a customer's level by hand, e.g. enrolment or a correction; VIP follows the level. */
export async function setCustomerMemberLevel(ctx: Ctx, input: { customerId: string; memberLevelId?: string | null; note?: string | null }) {
  const customer = await ctx.em.findOne(Customer, Number(input.customerId), { populate: ['memberLevel'] });
  if (!customer) throw UserError.of('NOT_FOUND', 'No such customer', 'customerId');
  if (customer.status !== CustomerStatus.ACTIVE) throw UserError.of('WRONG_STATE', 'A merged customer cannot change level', 'customerId');
  const level = input.memberLevelId ? await ctx.em.findOne(MemberLevel, Number(input.memberLevelId)) : null;
  if (input.memberLevelId && !level) throw UserError.of('NOT_FOUND', 'No such member level', 'memberLevelId');
  const from = customer.memberLevel?.getEntity().code ?? null;
  return ctx.em.transactional(async (tx) => {
    applyLevel(customer, level, now());
    tx.persist(customer);
    recordTransition(ctx, tx, { type: 'CustomerMembership', id: customer.id }, from, level?.code ?? 'NONE', input.note?.trim() || 'set by hand');
    audit(ctx, tx, { operation: 'setCustomerMemberLevel', entityType: 'Customer', entityId: customer.id, summary: `level ${from ?? 'none'} → ${level?.code ?? 'none'}${customer.vip ? ' (VIP)' : ''}` });
    return { customer };
  });
}

/**
 * For the orders module: records a completed order's value on the customer, inside the caller's
 * transaction. Lifetime value and order count grow by a conditional-free atomic update (safe under
 * concurrent completions); the customer then moves up to the highest level whose threshold the
 * lifetime value reaches, and becomes VIP when that level grants it. Levels never go down here.
 * A merged customer's spend goes to the record it was merged into.
 */
export async function recordCompletedOrderSpend(ctx: Ctx, em: EntityManager, customerId: number, amountFen: number, completedAt: Date = now()) {
  if (!Number.isInteger(amountFen) || amountFen <= 0) throw UserError.of('INVALID', 'A completed order’s value must be a whole number of fen above 0', 'amountFen');
  let customer = await em.findOne(Customer, customerId, { refresh: true });
  for (let hops = 0; customer?.status === CustomerStatus.MERGED && customer.mergedInto && hops < 5; hops++) customer = await em.findOne(Customer, customer.mergedInto.id, { refresh: true });
  if (!customer || customer.status !== CustomerStatus.ACTIVE) throw UserError.of('NOT_FOUND', 'No such customer', 'customerId');
  await sql(em, `update customers set lifetime_value_fen = lifetime_value_fen + ?, order_count = order_count + 1,
      last_order_at = case when last_order_at is null or last_order_at < ? then ? else last_order_at end,
      first_order_at = case when first_order_at is null or first_order_at > ? then ? else first_order_at end, updated_at = ?
    where id = ?`, [amountFen, completedAt, completedAt, completedAt, completedAt, now(), customer.id]);
  customer = await em.findOneOrFail(Customer, customer.id, { refresh: true, populate: ['memberLevel'] });
  const current = customer.memberLevel?.getEntity() ?? null;
  const target = await em.findOne(MemberLevel, { thresholdFen: { $lte: customer.lifetimeValueFen } }, { orderBy: { thresholdFen: 'desc' } });
  const upgraded = !!target && (!current || target.thresholdFen > current.thresholdFen);
  const becameVip = upgraded && target!.grantsVip && !customer.vip;
  if (upgraded) {
    const at = now();
    customer.memberLevel = ref(target!);
    if (!customer.memberSince) customer.memberSince = at;
    if (becameVip) { customer.vip = true; customer.vipSince = at; }
    em.persist(customer);
    recordTransition(ctx, em, { type: 'CustomerMembership', id: customer.id }, current?.code ?? null, target!.code, `lifetime value reached ${customer.lifetimeValueFen} fen`);
    audit(ctx, em, { operation: becameVip ? 'vipUpgrade' : 'memberUpgrade', entityType: 'Customer', entityId: customer.id, summary: `level ${current?.code ?? 'none'} → ${target!.code} at lifetime value ${customer.lifetimeValueFen} fen${becameVip ? '; now VIP' : ''}` });
  }
  return { customer, upgraded, becameVip };
}
