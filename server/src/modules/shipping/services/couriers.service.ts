import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { Courier } from '../entities/courier.entity.js';
import { CourierRate } from '../entities/courier-rate.entity.js';
import { ShippingMethod } from '../entities/shipping-method.js';
import { ANY_PROVINCE, canonicalProvince } from './provinces.js';
import { tariffProblems, type WeightTariff } from './weight-fee.js';

const CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export function listCouriers(ctx: Ctx, activeOnly?: boolean | null) {
  return ctx.em.find(Courier, activeOnly ? { active: true } : {}, { orderBy: { code: 'asc' } });
}

export async function createCourier(ctx: Ctx, input: { code: string; name: string; contactPhone?: string | null; notes?: string | null }) {
  const code = (input.code ?? '').trim().toUpperCase();
  const check = new Check()
    .when(!CODE.test(code), 'code', 'Code: 1–20 letters, digits or dashes')
    .require('name', input.name?.trim(), 'Name')
    .when((input.name ?? '').length > 80, 'name', 'Name must be at most 80 characters');
  if (check.ok && (await ctx.em.count(Courier, { code }))) check.add('code', `Courier ${code} already exists`, 'DUPLICATE');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const courier = tx.create(Courier, { code, name: input.name.trim(), contactPhone: input.contactPhone?.trim() || undefined, notes: input.notes?.trim() || undefined });
    await tx.flush();
    audit(ctx, tx, { operation: 'createCourier', entityType: 'Courier', entityId: courier.id, summary: `${code} ${courier.name}` });
    return { courier };
  });
}

export async function updateCourier(ctx: Ctx, input: { id: string; name?: string | null; contactPhone?: string | null; notes?: string | null; active?: boolean | null }) {
  const courier = await ctx.em.findOne(Courier, Number(input.id));
  if (!courier) throw UserError.of('NOT_FOUND', 'No such courier', 'id');
  new Check().when(input.name != null && !input.name.trim(), 'name', 'Name cannot be empty', 'REQUIRED').throwIfAny();
  const before = { name: courier.name, contactPhone: courier.contactPhone, notes: courier.notes, active: courier.active };
  const after = {
    name: input.name?.trim() ?? undefined,
    contactPhone: input.contactPhone === undefined ? undefined : input.contactPhone?.trim() || undefined,
    notes: input.notes === undefined ? undefined : input.notes?.trim() || undefined,
    active: input.active ?? undefined,
  };
  return ctx.em.transactional(async (tx) => {
    if (after.name !== undefined) courier.name = after.name;
    if (input.contactPhone !== undefined) courier.contactPhone = after.contactPhone;
    if (input.notes !== undefined) courier.notes = after.notes;
    if (after.active !== undefined) courier.active = after.active;
    tx.persist(courier);
    audit(ctx, tx, { operation: 'updateCourier', entityType: 'Courier', entityId: courier.id, summary: `${courier.code}: ${describeChanges(before, after)}` });
    return { courier };
  });
}

/** Province text → canonical name or `*`; adds a field error when unknown. */
export function provinceOrAny(check: Check, text: string): string {
  if (text?.trim() === ANY_PROVINCE) return ANY_PROVINCE;
  const province = canonicalProvince(text);
  if (!province) check.add('province', `Unknown province “${text}”; use a province name such as 浙江省, or * for all others`);
  return province ?? '';
}

export function checkTariff(check: Check, t: WeightTariff): void {
  for (const [field, message] of tariffProblems(t)) check.add(field, message);
}

/** Adds or replaces one row of a courier's rate card (one per method and province). */
export async function setCourierRate(ctx: Ctx, input: WeightTariff & { courierId: string; method: ShippingMethod; province: string }) {
  const check = new Check();
  const province = provinceOrAny(check, input.province);
  checkTariff(check, input);
  const courier = await ctx.em.findOne(Courier, Number(input.courierId));
  check.when(!courier, 'courierId', 'No such courier', 'NOT_FOUND').throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const existing = await tx.findOne(CourierRate, { courier: courier!.id, method: input.method, province });
    const rate = existing ?? tx.create(CourierRate, { courier: courier!, method: input.method, province, firstWeightGrams: 0, firstFeeFen: 0, additionalUnitGrams: 1, additionalFeeFen: 0 });
    Object.assign(rate, { firstWeightGrams: input.firstWeightGrams, firstFeeFen: input.firstFeeFen, additionalUnitGrams: input.additionalUnitGrams, additionalFeeFen: input.additionalFeeFen });
    await tx.flush();
    audit(ctx, tx, { operation: 'setCourierRate', entityType: 'CourierRate', entityId: rate.id, summary: `${courier!.code} ${input.method} ${province}: ${input.firstWeightGrams} g ${input.firstFeeFen} fen + ${input.additionalFeeFen} fen / ${input.additionalUnitGrams} g` });
    return { rate, courier };
  });
}

export async function removeCourierRate(ctx: Ctx, input: { id: string }) {
  const rate = await ctx.em.findOne(CourierRate, Number(input.id), { populate: ['courier'] });
  if (!rate) throw UserError.of('NOT_FOUND', 'No such rate', 'id');
  return ctx.em.transactional(async (tx) => {
    tx.remove(rate);
    audit(ctx, tx, { operation: 'removeCourierRate', entityType: 'CourierRate', entityId: input.id, summary: `${rate.courier.getEntity().code} ${rate.method} ${rate.province} removed` });
    return { rate: null, courier: rate.courier.getEntity() };
  });
}
