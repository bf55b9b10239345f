import type { EntityManager } from '@mikro-orm/core';
import { Check } from '../../../core/errors.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { ShippingMethod } from '../../shipping/entities/shipping-method.js';
import { shippingFee } from '../../shipping/services/shipping-fees.service.js';

export interface LineInput { skuId: string; quantity: number; discountFen?: number | null; isGift?: boolean | null }

export interface PricedLine {
  sku: Sku;
  skuCode: string;
  title: string;
  quantity: number;
  unitPriceFen: number;
  discountFen: number;
  isGift: boolean;
  vipPrice: boolean;
  unitWeightGrams: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  goodsFen: number;
  discountFen: number;
  shippingFeeFen: number;
  freeShipping: boolean;
  totalFen: number;
  weightGrams: number;
}

export const MAX_LINES = 100;
const MAX_QUANTITY = 9_999;

/**
 * Prices lines at the catalog's fixed prices (the VIP price for a VIP buyer where the SKU has
 * one; 0 for gifts), with explicit line discounts only, so no private mark-up is possible.
 * Adds field errors to `check`; returns the lines it could price.
 */
export async function priceLines(em: EntityManager, check: Check, lines: LineInput[], vip: boolean, field = 'lines'): Promise<PricedLine[]> {
  check.when(!lines?.length, field, 'Add at least one line', 'REQUIRED');
  check.when((lines ?? []).length > MAX_LINES, field, `At most ${MAX_LINES} lines`);
  const ids = [...new Set((lines ?? []).map((l) => Number(l.skuId)).filter(Number.isInteger))];
  const skus = ids.length ? await em.find(Sku, { id: { $in: ids } }, { populate: ['product'] }) : [];
  const byId = new Map(skus.map((s) => [String(s.id), s]));
  const seen = new Set<string>();
  const priced: PricedLine[] = [];
  for (const [i, line] of (lines ?? []).entries()) {
    const at = `${field}.${i}`;
    const sku = byId.get(String(Number(line.skuId)));
    if (!sku) { check.add(`${at}.skuId`, 'No such SKU', 'NOT_FOUND'); continue; }
    if (!sku.active) check.add(`${at}.skuId`, `${sku.code} is no longer sold`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) check.add(`${at}.quantity`, `Quantity must be a whole number from 1 to ${MAX_QUANTITY}`);
    // Gift stock (赠品) only ever goes out free; a sellable SKU may also be given as a gift.
    const isGift = sku.isGift || !!line.isGift;
    const key = `${sku.id}:${isGift}`;
    if (seen.has(key)) check.add(`${at}.skuId`, `${sku.code} is already on the order; change that line’s quantity`, 'DUPLICATE');
    seen.add(key);
    const useVip = !isGift && vip && sku.vipPriceFen != null;
    const unitPriceFen = isGift ? 0 : useVip ? sku.vipPriceFen! : sku.priceFen;
    const discountFen = line.discountFen ?? 0;
    const quantity = Number.isInteger(line.quantity) ? line.quantity : 0;
    if (!Number.isInteger(discountFen) || discountFen < 0 || discountFen > unitPriceFen * quantity) {
      check.add(`${at}.discountFen`, 'Discount must be a whole number of fen between 0 and the line’s goods value');
    }
    if (sku.currency !== 'CNY') check.add(`${at}.skuId`, `${sku.code} is priced in ${sku.currency}; orders are in CNY`);
    const spec = Object.values(sku.spec ?? {}).join(' / ');
    priced.push({
      sku, skuCode: sku.code, title: `${sku.product.getEntity().title}${spec ? ` (${spec})` : ''}`.slice(0, 300),
      quantity, unitPriceFen, discountFen, isGift, vipPrice: useVip, unitWeightGrams: sku.weightGrams,
    });
  }
  check.when(priced.length > 0 && priced.every((l) => l.isGift), field, 'An order needs at least one line that is not a gift');
  return priced;
}

/** Totals in integer fen: goods − discounts + the shipping fee from the fee template for the weight. */
export async function priceOrder(em: EntityManager, lines: PricedLine[], province: string, method: ShippingMethod): Promise<PricedOrder> {
  const goodsFen = lines.reduce((sum, l) => sum + l.unitPriceFen * l.quantity, 0);
  const discountFen = lines.reduce((sum, l) => sum + l.discountFen, 0);
  const weightGrams = lines.reduce((sum, l) => sum + l.unitWeightGrams * l.quantity, 0);
  const fee = await shippingFee(em, province, method, weightGrams, goodsFen - discountFen);
  return { lines, goodsFen, discountFen, shippingFeeFen: fee.feeFen, freeShipping: fee.free, totalFen: goodsFen - discountFen + fee.feeFen, weightGrams };
}
