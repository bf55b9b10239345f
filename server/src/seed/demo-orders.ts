import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { createLogger } from '../core/logger.js';
import { num, sql } from '../core/db/sql.js';
import { DocumentEvent } from '../core/history/document-event.entity.js';
import { shopDay, startOfShopDay } from '../core/time.js';
import { Sku } from '../modules/catalog/entities/sku.entity.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { Reservation } from '../modules/inventory/entities/reservation.entity.js';
import { StockLevel } from '../modules/inventory/entities/stock-level.entity.js';
import { StockMovement } from '../modules/inventory/entities/stock-movement.entity.js';
import { Warehouse } from '../modules/inventory/entities/warehouse.entity.js';
import { LedgerEntry } from '../modules/ledger/entities/ledger-entry.entity.js';
import { Order } from '../modules/orders/entities/order.entity.js';
import { OrderLine } from '../modules/orders/entities/order-line.entity.js';
import { Payment } from '../modules/orders/entities/payment.entity.js';
import { Partner, PartnerType } from '../modules/partners/entities/partner.entity.js';
import { Courier } from '../modules/shipping/entities/courier.entity.js';
import { CourierRate } from '../modules/shipping/entities/courier-rate.entity.js';
import { ShipFirstRegion } from '../modules/shipping/entities/ship-first-region.entity.js';
import { Shipment } from '../modules/shipping/entities/shipment.entity.js';
import { ShippingFeeTemplate } from '../modules/shipping/entities/shipping-fee-template.entity.js';
import { TrackingEvent } from '../modules/shipping/entities/tracking-event.entity.js';
import { weightFeeFen } from '../modules/shipping/services/weight-fee.js';
import { BulkWriter } from './demo-orders/bulk-insert.js';
import { isFestival, lastDays, momentOf, ordersPerDay } from './demo-orders/calendar.js';
import { tellStory, type World } from './demo-orders/order-story.js';
import { NORTH, random, SOUTH } from './demo-orders/people.js';
import { RowSet, writeStory, type RowContext } from './demo-orders/rows.js';
import { seedDemoShipping } from './demo-orders/shipping-setup.js';
import { moneyExtras } from './demo-orders/money-extras.js';
import { StockSim } from './demo-orders/stock-sim.js';

export interface DemoOrdersOptions { orders: number; days?: number; seed?: number }
export interface DemoOrdersResult { orders: number; rows: number; ms: number; skipped?: string }

const BATCH = 5_000;

/**
 * A year of orders for the demo shop: festival peaks, regions, channels, payments, cancellations,
 * returns, shipments with tracking, and the money ledger. Stock moves through ledger rows written
 * together with the stock levels, so on hand stays the sum of the ledger. Rows are inserted in
 * multi-row batches in one transaction. Runs on a database with the demo catalogue and
 * warehouses, and only while it has no orders.
 */
export async function seedDemoOrders(em: EntityManager, config: Config, options: DemoOrdersOptions): Promise<DemoOrdersResult> {
  const started = Date.now();
  const log = createLogger(config.logLevel);
  if (!Number.isInteger(options.orders) || options.orders < 0) throw new Error('orders must be a whole number ≥ 0');
  if (await em.count(Order, {})) return { orders: 0, rows: 0, ms: 0, skipped: 'the database already has orders' };
  const skus = await em.find(Sku, { active: true }, { populate: ['product'], orderBy: { id: 'asc' } });
  const warehouses = await em.find(Warehouse, { active: true }, { orderBy: { id: 'asc' } });
  if (!skus.some((k) => !k.isGift) || !warehouses.length) return { orders: 0, rows: 0, ms: 0, skipped: 'seed the demo catalogue and warehouses first' };
  await seedDemoShipping(em);

  const rnd = random(options.seed ?? 20261111);
  const now = new Date();
  const tz = config.shopTimezone;
  const world = await loadWorld(em, skus, now, rnd);
  const days = lastDays(now, options.days ?? 365, tz);
  const dayOf = shopDayFinder(lastDays(now, days.length + 30, tz), tz);
  const users = new Map((await em.find(User, {})).map((u) => [u.email, u.id]));
  const actor = (label: string) => ({ id: users.get(label) ?? null, label: users.has(label) ? label : label === 'buyer' || label === 'agent' ? label : 'system' });
  const byCode = new Map(warehouses.map((w) => [w.code, w.id]));
  const warehouseFor = (province: string) => (SOUTH.has(province) && byCode.get('GZ')) || (NORTH.has(province) && byCode.get('BJ')) || warehouses[0].id;
  const couriers = new Map((await em.find(Courier, {})).map((c) => [c.code, c.id]));
  const rates = await em.find(CourierRate, {}, { populate: ['courier'] });
  const courierCost = (code: string, province: string, method: string, grams: number) => {
    const rows = rates.filter((r) => r.courier.getEntity().code === code && r.method === method);
    const rate = rows.find((r) => r.province === province) ?? rows.find((r) => r.province === '*');
    return rate ? weightFeeFen(rate, grams) : null;
  };

  const w = new BulkWriter(em);
  const levels = await sql<{ id: unknown; sku_id: unknown; warehouse_id: unknown; on_hand: unknown; reserved: unknown }>(em, 'select id, sku_id, warehouse_id, on_hand, reserved from stock_levels');
  const rows = new RowSet({
    order: await w.nextId('orders'), line: await w.nextId('order_lines'), payment: await w.nextId('order_payments'), ledger: await w.nextId('ledger_entries'),
    shipment: await w.nextId('shipments'), tracking: await w.nextId('tracking_events'), event: await w.nextId('document_events'),
  });
  const purchasing = actor('purchasing@demo.shop');
  const priceOf = new Map(skus.map((k) => [k.id, k.priceFen]));
  const context: RowContext = {
    rows, dayOf, actor, warehouseFor, courierCost, shipFirst: world.shipFirst, timeZone: tz,
    courierId: (code) => couriers.get(code) ?? couriers.values().next().value!,
    batchFor: (day) => (isFestival(day) ? 400 : 150),
    sim: new StockSim(levels.map((l) => ({ id: num(l.id), skuId: num(l.sku_id), warehouseId: num(l.warehouse_id), onHand: num(l.on_hand), reserved: num(l.reserved) })),
      await w.nextId('stock_movements'), await w.nextId('reservations'),
      // A purchase receipt is paid for: about 40 % of the shelf price.
      (skuId, _wh, quantity, at) => moneyExtras.purchase(context, skuId, Math.round((priceOf.get(skuId) ?? 1_000) * 0.4) * quantity, at, purchasing)),
  };

  let total = 0;
  let written = 0;
  await w.withoutForeignKeyChecks(() => em.transactional(async (tx) => {
    const writer = new BulkWriter(tx);
    await writer.skipForeignKeyTriggersInTransaction();
    const flush = async () => {
      total += rows.orders.length + rows.lines.length + rows.payments.length + rows.ledger.length + rows.shipments.length + rows.tracking.length + rows.events.length;
      await writer.insertEntities(Order, rows.orders);
      await writer.insertEntities(OrderLine, rows.lines);
      await writer.insertEntities(Payment, rows.payments);
      await writer.insertEntities(LedgerEntry, rows.ledger);
      await writer.insertEntities(Shipment, rows.shipments);
      await writer.insertEntities(TrackingEvent, rows.tracking);
      await writer.insertEntities(DocumentEvent, rows.events);
      rows.clear();
    };
    const counts = ordersPerDay(days, options.orders);
    for (const [i, day] of days.entries()) {
      // Today's orders fall before now: the clock has not reached the evening rush yet.
      const dayStart = startOfShopDay(day, tz).getTime();
      const moments = Array.from({ length: counts[i] }, () => momentOf(day, tz, rnd).getTime())
        .map((at) => (at <= now.getTime() ? at : dayStart + rnd() * (now.getTime() - dayStart))).sort((a, b) => a - b);
      for (const at of moments) {
        writeStory(context, tellStory(world, day, new Date(at), rnd));
        written++;
        if (rows.orders.length >= BATCH) await flush();
      }
      if (day.endsWith('-01') || i === 0) moneyExtras.monthly(context, day, world.agents, actor('manager@demo.shop'), rnd);
    }
    await flush();
    const sim = context.sim;
    total += sim.movements.length + sim.reservations.length;
    await writer.insertEntities(StockMovement, sim.movements);
    await writer.insertEntities(Reservation, sim.reservations);
    const fresh = [];
    for (const l of sim.finalLevels()) {
      if (l.id != null) await sql(tx, 'update stock_levels set on_hand = ?, reserved = ?, updated_at = ? where id = ?', [l.onHand, l.reserved, now, l.id]);
      else fresh.push({ createdAt: now, updatedAt: now, sku: l.skuId, warehouse: l.warehouseId, onHand: l.onHand, reserved: l.reserved, inTransit: 0, safetyStock: 0 });
    }
    const firstLevel = await writer.nextId('stock_levels');
    await writer.insertEntities(StockLevel, fresh.map((l, i) => ({ id: firstLevel + i, ...l })));
    for (const table of ['orders', 'order_lines', 'order_payments', 'ledger_entries', 'shipments', 'tracking_events', 'document_events', 'stock_movements', 'reservations', 'stock_levels']) await writer.syncSequence(table);
  }));
  const result = { orders: written, rows: total, ms: Date.now() - started };
  log.info(result, 'demo orders seeded');
  return result;
}

/**
 * The shop-local day of an instant by binary search over precomputed day starts; formatting
 * every timestamp through Intl would cost more than writing the rows.
 */
function shopDayFinder(days: string[], tz: string): (at: Date) => string {
  const starts = days.map((d) => startOfShopDay(d, tz).getTime());
  return (at) => {
    const t = at.getTime();
    if (t < starts[0] || t >= starts[starts.length - 1] + 86_400_000) return shopDay(at, tz);
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= t) lo = mid; else hi = mid - 1; }
    return days[lo];
  };
}

async function loadWorld(em: EntityManager, skus: Sku[], now: Date, rnd: () => number): Promise<World> {
  const toDemo = (k: Sku) => {
    const spec = Object.values(k.spec ?? {}).join(' / ');
    return { id: k.id, code: k.code, title: `${k.product.getEntity().title}${spec ? ` (${spec})` : ''}`.slice(0, 300), priceFen: k.priceFen, weightGrams: k.weightGrams, isGift: k.isGift };
  };
  // A shuffled popularity order with a long tail (rank r sells about 1/r^0.9 as much as the best).
  const sellable = skus.filter((k) => !k.isGift).map(toDemo).map((k) => ({ k, r: rnd() })).sort((a, b) => a.r - b.r).map((x) => x.k);
  const cumulative: number[] = [];
  sellable.reduce((sum, _k, i) => { cumulative.push(sum + 1 / Math.pow(i + 1, 0.9)); return cumulative[i]; }, 0);
  const fees = (await em.find(ShippingFeeTemplate, {})).map((f) => ({ ...f }));
  const agents = (await em.find(Partner, { type: PartnerType.AGENT, active: true })).map((p) => p.id);
  const shipFirst = new Set((await em.find(ShipFirstRegion, {})).map((r) => r.province));
  return {
    now, sellable, cumulative, gifts: skus.filter((k) => k.isGift).map(toDemo), fees, agents, shipFirst,
    cast: { cs: ['cs1@demo.shop', 'cs2@demo.shop'], warehouse: 'warehouse1@demo.shop', manager: 'manager@demo.shop' },
  };
}
