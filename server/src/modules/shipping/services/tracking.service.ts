import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { OrderStatus } from '../../orders/entities/order-enums.js';
import { timelineNote, transition } from '../../orders/services/order-state.js';
import { Shipment, ShipmentStatus } from '../entities/shipment.entity.js';
import { TrackingEvent, TrackingSource, TrackingStatus } from '../entities/tracking-event.entity.js';

export interface TrackingInput { at: Date; status: TrackingStatus; location?: string | null; description?: string | null }

/** Once signed for or returned, a waybill is no longer followed. */
export const FINAL = [ShipmentStatus.SIGNED, ShipmentStatus.RETURNED];

const SHIPMENT_STATUS: Record<TrackingStatus, ShipmentStatus> = {
  COLLECTED: ShipmentStatus.IN_TRANSIT, IN_TRANSIT: ShipmentStatus.IN_TRANSIT, OUT_FOR_DELIVERY: ShipmentStatus.IN_TRANSIT,
  SIGNED: ShipmentStatus.SIGNED, EXCEPTION: ShipmentStatus.EXCEPTION, RETURNED: ShipmentStatus.RETURNED,
};

/** Problems with one event, as [field, message, code]. */
export function eventProblems(shipment: Shipment, e: TrackingInput): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (FINAL.includes(shipment.status)) out.push(['waybillNo', `Waybill ${shipment.waybillNo} is already ${shipment.status.toLowerCase()}; it is no longer followed`, 'WRONG_STATE']);
  if (!(e.at instanceof Date) || Number.isNaN(e.at.getTime())) out.push(['at', 'Give the event’s time', 'REQUIRED']);
  else if (e.at.getTime() > Date.now() + 5 * 60_000) out.push(['at', 'The event cannot be in the future', 'INVALID']);
  if ((e.location ?? '').length > 120) out.push(['location', 'Location must be at most 120 characters', 'INVALID']);
  if ((e.description ?? '').length > 500) out.push(['description', 'Description must be at most 500 characters', 'INVALID']);
  return out;
}

/**
 * Adds one event in the caller's transaction and moves the shipment on. When the last
 * parcel of an order is signed for, the order becomes DELIVERED.
 */
export async function applyEvent(ctx: Ctx, tx: EntityManager, shipment: Shipment, e: TrackingInput, source: TrackingSource): Promise<TrackingEvent> {
  const event = tx.create(TrackingEvent, {
    shipment, at: e.at, status: e.status, location: e.location?.trim() || undefined, description: e.description?.trim() || undefined, source,
    actor: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, actorLabel: ctx.viewer?.label ?? 'system',
  });
  tx.persist(event);
  // Guarded like order states: a shipment signed meanwhile takes no more events.
  const next = SHIPMENT_STATUS[e.status];
  const lastEventAt = e.at > shipment.lastEventAt ? e.at : shipment.lastEventAt;
  const changed = await tx.nativeUpdate(Shipment, { id: shipment.id, status: shipment.status }, {
    status: next, lastEventAt, signedAt: next === ShipmentStatus.SIGNED ? e.at : shipment.signedAt ?? null, updatedAt: new Date(),
  } as never);
  if (!changed) throw UserError.of('WRONG_STATE', `Waybill ${shipment.waybillNo} was updated meanwhile; retry`, 'waybillNo');
  Object.assign(shipment, { status: next, lastEventAt, signedAt: next === ShipmentStatus.SIGNED ? e.at : shipment.signedAt });

  const order = await tx.findOneOrFail(Order, shipment.order.id);
  if (next === ShipmentStatus.SIGNED && order.status === OrderStatus.SHIPPED) {
    const open = await tx.count(Shipment, { order: order.id, status: { $ne: ShipmentStatus.SIGNED } });
    if (open === 0) await transition(ctx, tx, order, OrderStatus.DELIVERED, `Signed for (${shipment.waybillNo})${e.description ? `: ${e.description}` : ''}`, { deliveredAt: e.at });
  } else if (next === ShipmentStatus.EXCEPTION || next === ShipmentStatus.RETURNED) {
    timelineNote(ctx, tx, order, `Waybill ${shipment.waybillNo}: ${e.status}${e.description ? ` — ${e.description}` : ''}`);
  }
  return event;
}

/** A shipment the caller may see (agent tokens: their own orders' only). */
export async function loadShipment(ctx: Ctx, id: string): Promise<Shipment> {
  const own = partnerScope(ctx.viewer);
  const shipment = Number.isInteger(Number(id)) ? await ctx.em.findOne(Shipment, own == null ? { id: Number(id) } : { id: Number(id), order: { agent: own } }) : null;
  if (!shipment) throw UserError.of('NOT_FOUND', 'No such shipment', 'shipmentId');
  return shipment;
}

/** Staff enter a tracking event by hand (from the courier's site or a phone call). */
export async function addTrackingEvent(ctx: Ctx, input: TrackingInput & { shipmentId: string }) {
  const shipment = await loadShipment(ctx, input.shipmentId);
  const check = new Check();
  for (const [field, message, code] of eventProblems(shipment, input)) check.add(field, message, code);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const event = await applyEvent(ctx, tx, shipment, input, TrackingSource.MANUAL);
    await tx.flush();
    audit(ctx, tx, { operation: 'addTrackingEvent', entityType: 'Shipment', entityId: shipment.id, summary: `${shipment.waybillNo}: ${input.status}${input.location ? ` at ${input.location}` : ''}` });
    return { shipment, event };
  });
}
