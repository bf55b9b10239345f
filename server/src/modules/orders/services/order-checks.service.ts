import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { User } from '../../identity/entities/user.entity.js';
import { isShipFirst } from '../../shipping/services/fee-templates.service.js';
import { shippingFee } from '../../shipping/services/shipping-fees.service.js';
import type { Order } from '../entities/order.entity.js';
import { BEFORE_SHIPPING, ConfirmationMethod, OrderStatus } from '../entities/order-enums.js';
import { readAddress, type AddressInput } from './order-address.js';
import { holdInState, loadOrder, requireState, timelineNote } from './order-state.js';

export interface PackChecklistInput {
  goodsChecked: boolean;
  specMatches: boolean;
  accessoriesIncluded: boolean;
  giftsIncluded: boolean;
  shippingSlipIncluded: boolean;
}

type CheckColumn = 'checkGoods' | 'checkSpec' | 'checkAccessories' | 'checkGifts' | 'checkSlip';
const CHECK_ITEMS: [keyof PackChecklistInput, CheckColumn, string][] = [
  ['goodsChecked', 'checkGoods', 'goods checked'],
  ['specMatches', 'checkSpec', 'spec/colour/size as ordered'],
  ['accessoriesIncluded', 'checkAccessories', 'accessories'],
  ['giftsIncluded', 'checkGifts', 'gifts earned'],
  ['shippingSlipIncluded', 'checkSlip', 'shipping slip'],
];

/** The checklist items not yet ticked, by name. */
export function missingChecks(order: Order): string[] {
  return CHECK_ITEMS.filter(([, column]) => !order[column]).map(([, , label]) => label);
}

export function checklistOf(order: Order) {
  return {
    goodsChecked: order.checkGoods, specMatches: order.checkSpec, accessoriesIncluded: order.checkAccessories,
    giftsIncluded: order.checkGifts, shippingSlipIncluded: order.checkSlip, complete: missingChecks(order).length === 0,
    checkedAt: order.checklistAt ?? null, checkedBy: order.checklistByLabel ?? null,
  };
}

/** Copies a checklist onto the order (in memory; the caller's flush writes it) and says what it changed to. */
export function applyChecklist(ctx: Ctx, order: Order, input: PackChecklistInput): string {
  for (const [field, column] of CHECK_ITEMS) order[column] = !!input[field];
  order.checklistAt = new Date();
  order.checklistByLabel = ctx.viewer?.label ?? 'system';
  const missing = missingChecks(order);
  return missing.length ? `Pack checklist: missing ${missing.join(', ')}` : 'Pack checklist complete';
}

/** Customer service confirmed the address, name and phone with the buyer; kept with who and how. */
export async function confirmOrderAddress(ctx: Ctx, input: { id: string; method: ConfirmationMethod; note?: string | null }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, BEFORE_SHIPPING, 'confirmed');
  new Check().when(input.method === ConfirmationMethod.OTHER && !input.note?.trim(), 'note', 'Say how it was confirmed', 'REQUIRED').throwIfAny();
  return ctx.em.transactional(async (tx) => {
    await holdInState(tx, order);
    Object.assign(order, {
      addressConfirmedAt: new Date(), addressConfirmedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined,
      addressConfirmedByLabel: ctx.viewer?.label ?? 'system', addressConfirmMethod: input.method, addressConfirmNote: input.note?.trim() || undefined,
    });
    tx.persist(order);
    timelineNote(ctx, tx, order, `Address, name and phone confirmed with the buyer by ${input.method}${input.note?.trim() ? `: ${input.note.trim()}` : ''}`);
    audit(ctx, tx, { operation: 'confirmOrderAddress', entityType: 'Order', entityId: order.id, summary: `${order.code}: address confirmed by ${input.method}` });
    return { order };
  });
}

/** A manager lets an unconfirmed order ship (the buyer cannot be reached, say); the reason is kept. */
export async function overrideAddressCheck(ctx: Ctx, input: { id: string; reason: string }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, BEFORE_SHIPPING, 'overridden');
  new Check().require('reason', input.reason?.trim(), 'The reason').throwIfAny();
  if (order.addressConfirmedAt) throw UserError.of('INVALID', 'The address is already confirmed; there is nothing to override', 'id');
  return ctx.em.transactional(async (tx) => {
    await holdInState(tx, order);
    Object.assign(order, {
      overrideAt: new Date(), overrideBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined,
      overrideByLabel: ctx.viewer?.label ?? 'system', overrideReason: input.reason.trim(),
    });
    tx.persist(order);
    timelineNote(ctx, tx, order, `Manager override: may ship without address confirmation — ${input.reason.trim()}`);
    audit(ctx, tx, { operation: 'overrideAddressCheck', entityType: 'Order', entityId: order.id, summary: `${order.code}: ships unconfirmed — ${input.reason.trim()}` });
    return { order };
  });
}

/**
 * Changes the shipping address before the parcel leaves. The confirmation (and any override)
 * is cleared, because it confirmed the old address. Unpaid orders are re-priced for the new
 * destination; once paid, the fee stays what the buyer paid.
 */
export async function updateOrderAddress(ctx: Ctx, input: { id: string; address: AddressInput; note?: string | null }) {
  const order = await loadOrder(ctx, input.id);
  requireState(order, BEFORE_SHIPPING, 'readdressed');
  const check = new Check();
  const address = readAddress(check, input.address, 'address.');
  check.throwIfAny();
  const unpaid = order.status === OrderStatus.PENDING_PAYMENT;
  const fee = unpaid ? await shippingFee(ctx.em, address.province, order.shippingMethod, order.weightGrams, order.goodsFen - order.discountFen) : null;
  if (fee && order.goodsFen - order.discountFen + fee.feeFen < order.paidFen) throw UserError.of('INVALID', 'The new total would be below what was already paid', 'address.province');
  return ctx.em.transactional(async (tx) => {
    await holdInState(tx, order);
    const old = `${order.province}${order.city}${order.district ?? ''}${order.addressDetail} ${order.receiverName}`;
    Object.assign(order, address, {
      district: address.district ?? null, addressConfirmedAt: null, addressConfirmedBy: null, addressConfirmedByLabel: null, addressConfirmMethod: null,
      addressConfirmNote: null, overrideAt: null, overrideBy: null, overrideByLabel: null, overrideReason: null,
      shipFirst: await isShipFirst({ ...ctx, em: tx }, address.province),
    });
    if (fee) Object.assign(order, { shippingFeeFen: fee.feeFen, totalFen: order.goodsFen - order.discountFen + fee.feeFen });
    tx.persist(order);
    timelineNote(ctx, tx, order, `Address changed (was: ${old}); it needs confirming again${input.note?.trim() ? ` — ${input.note.trim()}` : ''}`);
    audit(ctx, tx, { operation: 'updateOrderAddress', entityType: 'Order', entityId: order.id, summary: `${order.code}: address ${old} → ${address.province}${address.city}${address.addressDetail} ${address.receiverName}` });
    return { order };
  });
}
