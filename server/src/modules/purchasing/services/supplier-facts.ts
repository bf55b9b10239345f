import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { num, sql } from '../../../core/db/sql.js';
import { shopDay } from '../../../core/time.js';
import { PurchaseReceipt } from '../entities/purchase-receipt.entity.js';

/** What a supplier delivered in a period: the purchasing side of its scorecard (C3). */
export interface DeliveryFacts {
  /** Receipts (deliveries) received in the period. */
  receipts: number;
  /** Of those, received on or before the order's promised date, else its expected date, as they stood at receipt (shop-local day). A receipt against an order with neither date counts as on time. */
  onTimeReceipts: number;
  /** Units on orders sent to the supplier in the period (not cancelled ones). */
  orderedUnits: number;
  /** Units received in the period (accepted + rejected). */
  receivedUnits: number;
  acceptedUnits: number;
  rejectedUnits: number;
  /** Units on purchase returns shipped back in the period. */
  returnedUnits: number;
}

const empty = (): DeliveryFacts => ({ receipts: 0, onTimeReceipts: 0, orderedUnits: 0, receivedUnits: 0, acceptedUnits: 0, rejectedUnits: 0, returnedUnits: 0 });

/**
 * Delivery figures per supplier (partner id) for [from, to). Suppliers with nothing in the period
 * are absent. `timeZone` defaults to SHOP_TIMEZONE; on-time compares shop-local days.
 */
export async function supplierDeliveryFacts(em: EntityManager, input: { from: Date; to: Date; supplierIds?: number[]; timeZone?: string }): Promise<Map<number, DeliveryFacts>> {
  const timeZone = input.timeZone ?? process.env.SHOP_TIMEZONE ?? 'Asia/Shanghai';
  const result = new Map<number, DeliveryFacts>();
  const get = (id: number) => result.get(id) ?? result.set(id, empty()).get(id)!;
  const only = input.supplierIds;
  if (only && only.length === 0) return result;

  const receiptWhere: FilterQuery<PurchaseReceipt> = { receivedAt: { $gte: input.from, $lt: input.to }, ...(only ? { supplier: { $in: only } } : {}) };
  const receipts = await em.find(PurchaseReceipt, receiptWhere);
  for (const r of receipts) {
    const f = get(r.supplier.id);
    f.receipts += 1;
    // The due day was fixed when the goods arrived (promised, else expected); recomputed here in the given zone.
    if (!r.dueDay || shopDay(r.receivedAt, timeZone) <= r.dueDay) f.onTimeReceipts += 1;
    f.receivedUnits += r.receivedQuantity;
    f.acceptedUnits += r.acceptedQuantity;
    f.rejectedUnits += r.rejectedQuantity;
  }

  const filter = only ? ` and o.supplier_id in (${only.map(() => '?').join(', ')})` : '';
  const ordered = await sql<{ supplier_id: unknown; units: unknown }>(em, `
    select o.supplier_id, sum(l.quantity) as units from purchase_orders o join purchase_order_lines l on l.order_id = o.id
    where o.sent_at >= ? and o.sent_at < ? and o.status <> 'CANCELLED'${filter} group by o.supplier_id`, [input.from, input.to, ...(only ?? [])]);
  for (const row of ordered) get(num(row.supplier_id)).orderedUnits += num(row.units);

  const returned = await sql<{ supplier_id: unknown; units: unknown }>(em, `
    select o.supplier_id, sum(l.quantity) as units from purchase_returns o join purchase_return_lines l on l.purchase_return_id = o.id
    where o.shipped_at >= ? and o.shipped_at < ? and o.status in ('SHIPPED', 'CREDITED')${filter} group by o.supplier_id`, [input.from, input.to, ...(only ?? [])]);
  for (const row of returned) get(num(row.supplier_id)).returnedUnits += num(row.units);
  return result;
}
