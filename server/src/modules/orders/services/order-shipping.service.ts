import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError, type FieldError } from '../../../core/errors.js';
import { Reservation, ReservationStatus } from '../../inventory/entities/reservation.entity.js';
import { MovementType } from '../../inventory/entities/stock-movement.entity.js';
import { postMovement } from '../../inventory/services/ledger.service.js';
import { consumeReservation } from '../../inventory/services/reservations.service.js';
import { LedgerCategory } from '../../ledger/entities/ledger-entry.entity.js';
import { postLedgerEntry } from '../../ledger/services/ledger-entries.service.js';
import { Courier } from '../../shipping/entities/courier.entity.js';
import { Shipment, ShipmentStatus } from '../../shipping/entities/shipment.entity.js';
import { courierCost } from '../../shipping/services/shipping-fees.service.js';
import type { Order } from '../entities/order.entity.js';
import { OrderStatus } from '../entities/order-enums.js';
import { missingChecks } from './order-checks.service.js';
import { loadOrder, ORDER_DOC, requireState, transition } from './order-state.js';

export interface ShipmentInput { courierId: string; waybillNo: string; packageCount?: number | null; weightGrams?: number | null }
export interface ShipOrderInput { id: string; shipments: ShipmentInput[]; note?: string | null }

const WAYBILL = /^[A-Za-z0-9-]{6,40}$/;
const MAX_SHIPMENTS = 20;

/** The pre-ship checks: address confirmed (or a manager's override) and a complete pack checklist. */
function preShipProblems(order: Order): FieldError[] {
  const out: FieldError[] = [];
  if (!order.addressConfirmedAt && !order.overrideAt) {
    out.push({ field: 'id', code: 'ADDRESS_UNCONFIRMED', message: `Confirm the address, name and phone of ${order.code} with the buyer first (or a manager overrides)` });
  }
  const missing = missingChecks(order);
  if (missing.length) out.push({ field: 'checklist', code: 'CHECKLIST_INCOMPLETE', message: `The pack checklist is incomplete: ${missing.join(', ')}` });
  return out;
}

async function readShipments(ctx: Ctx, order: Order, inputs: ShipmentInput[]) {
  const check = new Check()
    .when(!inputs?.length, 'shipments', 'Give the courier and waybill number', 'REQUIRED')
    .when((inputs ?? []).length > MAX_SHIPMENTS, 'shipments', `At most ${MAX_SHIPMENTS} waybills per order`);
  const couriers = new Map((await ctx.em.find(Courier, { id: { $in: (inputs ?? []).map((s) => Number(s.courierId)).filter(Number.isInteger) } })).map((c) => [c.id, c]));
  const seen = new Set<string>();
  const out = (inputs ?? []).map((s, i) => {
    const courier = couriers.get(Number(s.courierId));
    const waybillNo = (s.waybillNo ?? '').trim();
    if (!courier) check.add(`shipments.${i}.courierId`, 'No such courier', 'NOT_FOUND');
    else check.when(!courier.active, `shipments.${i}.courierId`, `${courier.name} is inactive`);
    check.when(!WAYBILL.test(waybillNo), `shipments.${i}.waybillNo`, 'Waybill number: 6–40 letters, digits or dashes');
    check.when(seen.has(`${s.courierId}:${waybillNo}`), `shipments.${i}.waybillNo`, 'The same waybill twice', 'DUPLICATE');
    seen.add(`${s.courierId}:${waybillNo}`);
    const packageCount = s.packageCount ?? 1;
    check.when(!Number.isInteger(packageCount) || packageCount < 1 || packageCount > 99, `shipments.${i}.packageCount`, 'Packages: 1 to 99');
    check.when(s.weightGrams != null && (!Number.isInteger(s.weightGrams) || s.weightGrams < 1), `shipments.${i}.weightGrams`, 'Weight must be a whole number of grams');
    // Without weights, the order's weight is shared evenly between its waybills.
    const weightGrams = s.weightGrams ?? Math.ceil(order.weightGrams / inputs.length);
    return { courier: courier!, waybillNo, packageCount, weightGrams, index: i };
  });
  if (check.ok) {
    const taken = await ctx.em.find(Shipment, { $or: out.map((s) => ({ courier: s.courier.id, waybillNo: s.waybillNo })) });
    for (const t of taken) {
      const s = out.find((x) => x.courier.id === t.courier.id && x.waybillNo === t.waybillNo)!;
      check.add(`shipments.${s.index}.waybillNo`, `Waybill ${s.waybillNo} is already used`, 'DUPLICATE');
    }
  }
  check.throwIfAny();
  return out;
}

/** Stock leaves the ledger: reserved lines as sale-out (consuming their reservations), gift stock as gift-out. */
async function takeStock(ctx: Ctx, tx: EntityManager, order: Order): Promise<void> {
  const reservations = await tx.find(Reservation, { referenceType: ORDER_DOC, referenceId: order.code, status: ReservationStatus.ACTIVE });
  for (const r of reservations) await consumeReservation(ctx, tx, r.id, { type: ORDER_DOC, id: order.code });
  for (const line of order.lines.getItems().filter((l) => l.sku.getEntity().isGift)) {
    await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: order.warehouse!.id, type: MovementType.GIFT_OUT, quantity: -line.quantity, referenceType: ORDER_DOC, referenceId: order.code, reason: 'Gift with order' });
  }
}

/**
 * Packed → shipped. Refused unless the address was confirmed (or overridden) and the pack
 * checklist is complete; those conditions are part of the conditional update, so a change
 * made meanwhile cannot slip through. Stock leaves the ledger, the waybills are recorded, and
 * each waybill's cost from the courier's rate card is booked as a shipping-cost expense.
 */
export async function shipOrder(ctx: Ctx, input: ShipOrderInput) {
  const order = await loadOrder(ctx, input.id, ['lines', 'lines.sku']);
  requireState(order, [OrderStatus.PACKED], 'shipped');
  const problems = preShipProblems(order);
  if (problems.length) throw new UserError(problems);
  const parcels = await readShipments(ctx, order, input.shipments);
  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    const waybills = parcels.map((p) => `${p.courier.code} ${p.waybillNo}`).join(', ');
    await transition(ctx, tx, order, OrderStatus.SHIPPED, [`Waybill ${waybills}`, input.note?.trim()].filter(Boolean).join(' — '), { shippedAt: now }, {
      $or: [{ addressConfirmedAt: { $ne: null } }, { overrideAt: { $ne: null } }],
      checkGoods: true, checkSpec: true, checkAccessories: true, checkGifts: true, checkSlip: true,
    });
    await takeStock(ctx, tx, order);
    const shipments: Shipment[] = [];
    for (const p of parcels) {
      const costFen = await courierCost(tx, p.courier.id, order.province, order.shippingMethod, p.weightGrams);
      const shipment = tx.create(Shipment, { order, courier: p.courier, waybillNo: p.waybillNo, packageCount: p.packageCount, weightGrams: p.weightGrams, costFen: costFen ?? undefined, status: ShipmentStatus.IN_TRANSIT, shippedAt: now, lastEventAt: now });
      shipments.push(shipment);
      if (costFen) postLedgerEntry(ctx, tx, { category: LedgerCategory.SHIPPING_COST, amountFen: costFen, reference: p.waybillNo, sourceType: ORDER_DOC, sourceId: order.code, note: `${p.courier.name} ${order.shippingMethod} to ${order.province}`, occurredAt: now });
    }
    await tx.flush();
    audit(ctx, tx, { operation: 'shipOrder', entityType: 'Order', entityId: order.id, summary: `${order.code}: shipped, ${waybills}` });
    return { order, shipments };
  });
}

/** Ships several orders, each on its own: one refusal does not hold up the others. */
export async function shipOrders(ctx: Ctx, input: { orders: ShipOrderInput[] }) {
  if (!input.orders?.length) throw UserError.of('REQUIRED', 'Choose at least one order', 'orders');
  if (input.orders.length > 100) throw UserError.of('INVALID', 'At most 100 orders at a time', 'orders');
  const results = [];
  for (const one of input.orders) {
    const mine: Ctx = { ...ctx, em: ctx.em.fork({ clear: true }), loaders: new Map() };
    try {
      const { order } = await shipOrder(mine, one);
      results.push({ orderId: one.id, order, errors: [] as FieldError[] });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results.push({ orderId: one.id, order: null, errors: error.errors });
    }
  }
  return { results };
}
