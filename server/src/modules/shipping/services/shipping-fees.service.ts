import type { EntityManager } from '@mikro-orm/core';
import { UserError } from '../../../core/errors.js';
import { CourierRate } from '../entities/courier-rate.entity.js';
import { ShippingFeeTemplate } from '../entities/shipping-fee-template.entity.js';
import { ShippingMethod } from '../entities/shipping-method.js';
import { ANY_PROVINCE } from './provinces.js';
import { weightFeeFen } from './weight-fee.js';

export interface ShippingFee { feeFen: number; free: boolean; template: ShippingFeeTemplate }

/** A province's own row wins over the `*` row. */
function mostSpecific<T extends { province: string }>(rows: T[], province: string): T | undefined {
  return rows.find((r) => r.province === province) ?? rows.find((r) => r.province === ANY_PROVINCE);
}

/**
 * The buyer's shipping fee: the template for the province and method (or the `*` row), first
 * weight plus additional weight; free when goods after discounts reach the template's threshold.
 */
export async function shippingFee(em: EntityManager, province: string, method: ShippingMethod, weightGrams: number, goodsAfterDiscountFen: number): Promise<ShippingFee> {
  const rows = await em.find(ShippingFeeTemplate, { method, province: { $in: [province, ANY_PROVINCE] } });
  const template = mostSpecific(rows, province);
  if (!template) throw UserError.of('NO_SHIPPING_TEMPLATE', `No shipping-fee template covers ${province} by ${method}; ask a manager to add one`, 'shippingMethod');
  const free = template.freeShippingThresholdFen != null && goodsAfterDiscountFen >= template.freeShippingThresholdFen;
  return { feeFen: free ? 0 : weightFeeFen(template, weightGrams), free, template };
}

/** What a courier charges us for a parcel, from its rate card; null when no rate covers it. */
export async function courierCost(em: EntityManager, courierId: number, province: string, method: ShippingMethod, weightGrams: number): Promise<number | null> {
  const rows = await em.find(CourierRate, { courier: courierId, method, province: { $in: [province, ANY_PROVINCE] } });
  const rate = mostSpecific(rows, province);
  return rate ? weightFeeFen(rate, weightGrams) : null;
}
