import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { sql } from '../../../core/db/sql.js';
import { BEFORE_SHIPPING } from '../../orders/entities/order-enums.js';
import { ShipFirstRegion } from '../entities/ship-first-region.entity.js';
import { ShippingFeeTemplate } from '../entities/shipping-fee-template.entity.js';
import { ShippingMethod } from '../entities/shipping-method.js';
import { canonicalProvince } from './provinces.js';
import { checkTariff, provinceOrAny } from './couriers.service.js';
import type { WeightTariff } from './weight-fee.js';

export function listFeeTemplates(ctx: Ctx, method?: ShippingMethod | null) {
  return ctx.em.find(ShippingFeeTemplate, method ? { method } : {}, { orderBy: [{ method: 'asc' }, { province: 'asc' }] });
}

/** Adds or replaces the fee template row for a method and province. New orders use it; existing orders keep their fee. */
export async function setFeeTemplate(ctx: Ctx, input: WeightTariff & { method: ShippingMethod; province: string; freeShippingThresholdFen?: number | null }) {
  const check = new Check();
  const province = provinceOrAny(check, input.province);
  checkTariff(check, input);
  const threshold = input.freeShippingThresholdFen ?? null;
  check.when(threshold != null && (!Number.isInteger(threshold) || threshold < 0), 'freeShippingThresholdFen', 'Free-shipping threshold must be a whole number of fen, 0 or more');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const existing = await tx.findOne(ShippingFeeTemplate, { method: input.method, province });
    const template = existing ?? tx.create(ShippingFeeTemplate, { method: input.method, province, firstWeightGrams: 0, firstFeeFen: 0, additionalUnitGrams: 1, additionalFeeFen: 0 });
    Object.assign(template, {
      firstWeightGrams: input.firstWeightGrams, firstFeeFen: input.firstFeeFen, additionalUnitGrams: input.additionalUnitGrams,
      additionalFeeFen: input.additionalFeeFen, freeShippingThresholdFen: threshold ?? undefined,
    });
    if (threshold == null) template.freeShippingThresholdFen = null as never; // clear it in the database too
    await tx.flush();
    audit(ctx, tx, { operation: 'setShippingFeeTemplate', entityType: 'ShippingFeeTemplate', entityId: template.id, summary: `${input.method} ${province}: ${input.firstWeightGrams} g ${input.firstFeeFen} fen + ${input.additionalFeeFen} fen / ${input.additionalUnitGrams} g; free from ${threshold ?? '—'}` });
    return { template };
  });
}

export async function removeFeeTemplate(ctx: Ctx, input: { id: string }) {
  const template = await ctx.em.findOne(ShippingFeeTemplate, Number(input.id));
  if (!template) throw UserError.of('NOT_FOUND', 'No such template', 'id');
  return ctx.em.transactional(async (tx) => {
    tx.remove(template);
    audit(ctx, tx, { operation: 'removeShippingFeeTemplate', entityType: 'ShippingFeeTemplate', entityId: input.id, summary: `${template.method} ${template.province} removed` });
    return { template: null };
  });
}

export function listShipFirstRegions(ctx: Ctx) {
  return ctx.em.find(ShipFirstRegion, {}, { orderBy: { province: 'asc' } });
}

/**
 * Replaces the ship-first regions, and re-flags the orders still waiting in the warehouse so
 * the fulfilment queue reorders at once (shipped orders keep their history).
 */
export async function setShipFirstRegions(ctx: Ctx, input: { provinces: string[]; note?: string | null }) {
  const check = new Check();
  const provinces = [...new Set((input.provinces ?? []).map((text, i) => {
    const p = canonicalProvince(text);
    if (!p) check.add(`provinces.${i}`, `Unknown province “${text}”`);
    return p ?? '';
  }))];
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(ShipFirstRegion, {});
    for (const province of provinces) tx.persist(tx.create(ShipFirstRegion, { province, note: input.note?.trim() || undefined }));
    await tx.flush();
    const waiting = BEFORE_SHIPPING.map(() => '?').join(', ');
    await sql(tx, `update orders set ship_first = ? where status in (${waiting})`, [false, ...BEFORE_SHIPPING]);
    if (provinces.length) {
      await sql(tx, `update orders set ship_first = ? where status in (${waiting}) and province in (${provinces.map(() => '?').join(', ')})`, [true, ...BEFORE_SHIPPING, ...provinces]);
    }
    audit(ctx, tx, { operation: 'setShipFirstRegions', entityType: 'ShipFirstRegion', summary: provinces.length ? provinces.join(', ') : 'none' });
    return { regions: await tx.find(ShipFirstRegion, {}, { orderBy: { province: 'asc' } }) };
  });
}

/** Whether a province ships first now; read when an order is created. */
export async function isShipFirst(ctx: Ctx, province: string): Promise<boolean> {
  return (await ctx.em.count(ShipFirstRegion, { province })) > 0;
}
