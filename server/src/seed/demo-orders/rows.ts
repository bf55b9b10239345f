import { LedgerCategory, LedgerDirection } from '../../modules/ledger/entities/ledger-entry.entity.js';
import { OrderChannel, OrderStatus } from '../../modules/orders/entities/order-enums.js';
import { PaymentKind } from '../../modules/orders/entities/payment.entity.js';
import { ShipmentStatus } from '../../modules/shipping/entities/shipment.entity.js';
import { TrackingSource } from '../../modules/shipping/entities/tracking-event.entity.js';
import type { Value } from './bulk-insert.js';
import type { StockSim } from './stock-sim.js';
import type { Story } from './order-story.js';

type Row = Record<string, Value>;
export interface Actor { id: number | null; label: string }

/** The rows of one batch of orders, table by table, and the next id of each table. */
export class RowSet {
  orders: Row[] = []; lines: Row[] = []; payments: Row[] = []; ledger: Row[] = []; shipments: Row[] = []; tracking: Row[] = []; events: Row[] = [];
  constructor(public ids: Record<'order' | 'line' | 'payment' | 'ledger' | 'shipment' | 'tracking' | 'event', number>) {}
  clear() { this.orders = []; this.lines = []; this.payments = []; this.ledger = []; this.shipments = []; this.tracking = []; this.events = []; }
}

export interface RowContext {
  rows: RowSet;
  sim: StockSim;
  dayOf: (at: Date) => string;
  actor: (label: string) => Actor;
  warehouseFor: (province: string) => number;
  courierId: (code: string) => number;
  courierCost: (code: string, province: string, method: string, grams: number) => number | null;
  shipFirst: Set<string>;
  batchFor: (day: string) => number;
  timeZone: string;
}

/** Adds a money ledger row. */
export function ledgerRow(c: RowContext, category: LedgerCategory, direction: LedgerDirection, amountFen: number, at: Date, ref: { reference?: string; sourceType?: string; sourceId?: string; note?: string }, actor: Actor) {
  c.rows.ledger.push({
    id: c.rows.ids.ledger++, direction, category, amountFen, currency: 'CNY', reference: ref.reference, sourceType: ref.sourceType, sourceId: ref.sourceId,
    note: ref.note, actor: actor.id, actorLabel: actor.label, occurredAt: at, businessDay: c.dayOf(at), recordedAt: at,
  });
}

/** Every row one order's story leaves behind. */
export function writeStory(c: RowContext, s: Story): void {
  const r = c.rows;
  const id = r.ids.order++;
  const code = `SO${c.dayOf(s.placedAt).slice(2).replaceAll('-', '')}${String(id).padStart(7, '0')}`;
  const platformOrderNo = s.channel === OrderChannel.OWN_SHOP ? undefined : s.channel === OrderChannel.AGENT ? `AG${String(id).padStart(8, '0')}` : `2${c.dayOf(s.placedAt).replaceAll('-', '').slice(2)}${String(id).padStart(11, '0')}`;
  const warehouseId = c.warehouseFor(s.province);
  const last = s.steps[s.steps.length - 1].at;
  const system: Actor = { id: null, label: 'system' };
  const paid = s.paidAt ? s.totalFen - (s.cancelledAt ? s.totalFen : 0) - (s.returned?.amountFen ?? 0) : 0;
  const packer = c.actor(s.steps.find((x) => x.to === OrderStatus.PACKED)?.actor ?? 'system');
  r.orders.push({
    id, createdAt: s.placedAt, updatedAt: last, code, channel: s.channel, platformOrderNo, externalKey: platformOrderNo ? `${s.channel}:${s.agentId ?? ''}:${platformOrderNo}` : undefined,
    agent: s.agentId, customer: undefined, buyerAccount: s.buyerAccount, status: s.status, shippingMethod: s.method, receiverName: s.receiverName,
    receiverPhone: s.receiverPhone, province: s.province, city: s.city, district: s.district, addressDetail: s.addressDetail, buyerNote: s.buyerNote,
    currency: 'CNY', goodsFen: s.goodsFen, discountFen: s.discountFen, shippingFeeFen: s.shippingFeeFen, totalFen: s.totalFen, paidFen: paid, weightGrams: s.weightGrams,
    warehouse: s.allocated ? warehouseId : undefined, shipFirst: c.shipFirst.has(s.province), placedAt: s.placedAt, paidAt: s.paidAt, shippedAt: s.shippedAt,
    deliveredAt: s.deliveredAt, endedAt: s.endedAt, endReason: s.endReason,
    addressConfirmedAt: s.confirmed?.at, addressConfirmedBy: s.confirmed ? c.actor(s.confirmed.by).id : undefined, addressConfirmedByLabel: s.confirmed?.by,
    addressConfirmMethod: s.confirmed?.method, addressConfirmNote: undefined,
    overrideAt: s.override?.at, overrideBy: s.override ? c.actor(s.override.by).id : undefined, overrideByLabel: s.override?.by, overrideReason: s.override?.reason,
    checkGoods: s.packed, checkSpec: s.packed, checkAccessories: s.packed, checkGifts: s.packed, checkSlip: s.packed,
    checklistAt: s.packed ? s.steps.find((x) => x.to === OrderStatus.PACKED)?.at : undefined, checklistByLabel: s.packed ? packer.label : undefined,
  });
  for (const l of s.lines) {
    r.lines.push({ id: r.ids.line++, createdAt: s.placedAt, updatedAt: s.placedAt, order: id, sku: l.sku.id, skuCode: l.sku.code, title: l.sku.title, quantity: l.quantity,
      unitPriceFen: l.unitPriceFen, discountFen: l.discountFen, isGift: l.isGift, vipPrice: false, unitWeightGrams: l.sku.weightGrams });
  }
  for (const step of s.steps) {
    const who = c.actor(step.actor);
    r.events.push({ id: r.ids.event++, documentType: 'Order', documentId: id, fromState: step.from, toState: step.to, actor: who.id, actorLabel: who.label, note: step.note, at: step.at });
  }
  if (s.confirmed) {
    const who = c.actor(s.confirmed.by);
    const state = [...s.steps].reverse().find((x) => x.at <= s.confirmed!.at)?.to ?? OrderStatus.PAID;
    r.events.push({ id: r.ids.event++, documentType: 'Order', documentId: id, fromState: state, toState: state, actor: who.id, actorLabel: who.label, note: `Address, name and phone confirmed with the buyer by ${s.confirmed.method}`, at: s.confirmed.at });
  }
  const payRef = platformOrderNo ?? `PAY${id}`;
  const pay = (kind: PaymentKind, amountFen: number, at: Date, note?: string) => {
    r.payments.push({ id: r.ids.payment++, order: id, kind, method: s.paymentMethod, amountFen, currency: 'CNY', reference: payRef, note, actor: null, actorLabel: 'system', at });
    ledgerRow(c, kind === PaymentKind.PAYMENT ? LedgerCategory.SALES : LedgerCategory.REFUND, kind === PaymentKind.PAYMENT ? LedgerDirection.INCOME : LedgerDirection.EXPENSE, amountFen, at,
      { reference: payRef, sourceType: 'Order', sourceId: code, note }, system);
  };
  if (s.paidAt) pay(PaymentKind.PAYMENT, s.totalFen, s.paidAt, `Payment ${s.paymentMethod}`);
  if (s.cancelledAt && s.paidAt) pay(PaymentKind.REFUND, s.totalFen, s.cancelledAt, `Order cancelled: ${s.endReason}`);

  const batch = c.batchFor(c.dayOf(s.placedAt));
  const holder = c.actor(s.steps.find((x) => x.to === OrderStatus.ALLOCATED)?.actor ?? 'system');
  if (s.shippedAt && s.parcel) {
    for (const l of s.lines) c.sim.shipOut(l.sku.id, warehouseId, l.quantity, l.sku.isGift, s.shippedAt, code, holder, batch);
    const p = s.parcel;
    const shipmentId = r.ids.shipment++;
    const cost = c.courierCost(p.courier, s.province, s.method, p.weightGrams);
    const lastEvent = p.events[p.events.length - 1].at;
    r.shipments.push({ id: shipmentId, createdAt: p.shippedAt, updatedAt: lastEvent, order: id, courier: c.courierId(p.courier), waybillNo: `${p.courier}${String(shipmentId).padStart(12, '0')}`,
      packageCount: 1, weightGrams: p.weightGrams, costFen: cost ?? undefined, status: p.signedAt ? ShipmentStatus.SIGNED : ShipmentStatus.IN_TRANSIT, shippedAt: p.shippedAt,
      lastEventAt: lastEvent, signedAt: p.signedAt });
    for (const e of p.events) {
      r.tracking.push({ id: r.ids.tracking++, shipment: shipmentId, at: e.at, status: e.status, location: e.location, description: undefined, source: TrackingSource.IMPORT, actor: null, actorLabel: 'system', recordedAt: e.at });
    }
    if (cost) ledgerRow(c, LedgerCategory.SHIPPING_COST, LedgerDirection.EXPENSE, cost, p.shippedAt, { reference: `${p.courier}${String(shipmentId).padStart(12, '0')}`, sourceType: 'Order', sourceId: code }, system);
  } else if (s.allocated && !s.cancelledAt) {
    for (const l of s.lines.filter((x) => !x.sku.isGift)) c.sim.reserve(l.sku.id, warehouseId, l.quantity, s.steps.find((x) => x.to === OrderStatus.ALLOCATED)!.at, code, holder, batch);
  }
  if (s.returned) {
    const who = c.actor('aftersales1@demo.shop');
    c.sim.returnIn(s.returned.line.sku.id, warehouseId, s.returned.line.quantity, s.returned.at, code, who);
    pay(PaymentKind.REFUND, s.returned.amountFen, s.returned.at, '退货退款');
    r.events.push({ id: r.ids.event++, documentType: 'Order', documentId: id, fromState: s.status, toState: s.status, actor: who.id, actorLabel: who.label, note: `Return received: ${s.returned.line.sku.code} × ${s.returned.line.quantity}, refunded`, at: s.returned.at });
  }
}
