import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { num, sql } from '../../core/db/sql.js';
import { shopDay } from '../../core/time.js';
import { DefectiveHolding, DefectiveSource } from '../../modules/inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../modules/inventory/entities/warehouse.entity.js';
import { PlanPeriod } from '../../modules/purchasing/entities/purchase-plan.entity.js';
import { PurchaseReturnSource } from '../../modules/purchasing/entities/purchase-return.entity.js';
import { addDays } from '../../modules/purchasing/services/access.js';
import { generatePurchasePlan } from '../../modules/purchasing/services/plans.service.js';
import { approvePurchaseOrder, confirmPurchaseOrder, createPurchaseOrder, sendPurchaseOrder } from '../../modules/purchasing/services/purchase-orders.service.js';
import { createPurchaseReturn, creditPurchaseReturn, shipPurchaseReturn } from '../../modules/purchasing/services/purchase-returns.service.js';
import { preferredSupplierSkus } from '../../modules/suppliers/services/supplier-skus.service.js';
import { seedCtx } from '../demo-suppliers.js';

/**
 * Today's purchasing desk, through the services (history, audit and the stock ledger as in use):
 * orders in flight for SKUs below safety stock in the main warehouse (one overdue and confirmed,
 * one sent, one approved, one draft), a return of saleable stock shipped and awaiting its credit,
 * a draft return of held rejects, and a draft weekly plan that counts those orders as on order.
 */
export async function seedOpenPurchasing(em: EntityManager, config: Config, rnd: () => number): Promise<void> {
  const ctx = await seedCtx(em, config, 'purchasing@demo.shop');
  const warehouse = (await em.findOne(Warehouse, { code: 'HZ' })) ?? (await em.findOne(Warehouse, { active: true }, { orderBy: { id: 'asc' } }));
  if (!warehouse) return;
  const today = shopDay(new Date(), config.shopTimezone);
  const low = await sql<{ sku_id: unknown; gap: unknown }>(em, `select l.sku_id, l.safety_stock - (l.on_hand - l.reserved) as gap from stock_levels l join skus s on s.id = l.sku_id
    where l.warehouse_id = ? and s.active = ? and s.is_gift = ? and l.on_hand - l.reserved < l.safety_stock order by gap desc, l.sku_id`, [warehouse.id, true, false]);
  const terms = await preferredSupplierSkus(em, low.map((r) => num(r.sku_id)));
  const bySupplier = new Map<number, { skuId: string; quantity: number }[]>();
  for (const r of low) {
    const t = terms.get(num(r.sku_id));
    if (!t) continue;
    const quantity = Math.max(t.minOrderQuantity, num(r.gap) + Math.ceil(rnd() * 20));
    bySupplier.set(t.supplier.id, [...(bySupplier.get(t.supplier.id) ?? []), { skuId: String(t.sku.id), quantity }].slice(0, 4));
  }
  const plans: [string, number][] = [[addDays(today, -2), 3], [addDays(today, 5), 2], [addDays(today, 9), 1], [addDays(today, 12), 0]]; // steps done: approve, send, confirm
  for (const [[supplierId, lines], [expected, steps]] of [...bySupplier.entries()].slice(0, plans.length).map((e, i) => [e, plans[i]] as const)) {
    const { purchaseOrder: order } = await createPurchaseOrder(ctx, { supplierId: String(supplierId), warehouseId: String(warehouse.id), lines, expectedDeliveryDate: expected, note: '低于安全库存补货' });
    const id = String(order.id);
    if (steps >= 1) await approvePurchaseOrder(ctx, { id });
    if (steps >= 2) await sendPurchaseOrder(ctx, { id });
    if (steps >= 3) await confirmPurchaseOrder(ctx, { id, promisedDeliveryDate: today, note: '物流延误，今日到货' });
  }

  // Saleable stock going back (a slow seller) and rejects waiting to go.
  const [plenty] = await sql<{ sku_id: unknown }>(em, `select sku_id from stock_levels where warehouse_id = ? and on_hand - reserved > 60 order by on_hand desc limit 1`, [warehouse.id]);
  const back = plenty ? (await preferredSupplierSkus(em, [num(plenty.sku_id)])).get(num(plenty.sku_id)) : undefined;
  if (back) {
    const { purchaseReturn } = await createPurchaseReturn(ctx, { supplierId: String(back.supplier.id), warehouseId: String(warehouse.id), note: '滞销退货', lines: [{ source: PurchaseReturnSource.STOCK, skuId: String(back.sku.id), quantity: 6, reason: '滞销，协商退回' }] });
    await shipPurchaseReturn(ctx, { id: String(purchaseReturn.id) });
    await creditPurchaseReturn(ctx, { id: String(purchaseReturn.id), creditReference: 'CN-DEMO-001', note: '供应商已确认，冲抵货款' });
  }
  const held = await em.findOne(DefectiveHolding, { source: DefectiveSource.QC_REJECT, heldQuantity: { $gt: 0 }, supplier: { $ne: null } }, { orderBy: { id: 'asc' } });
  if (held) await createPurchaseReturn(ctx, { supplierId: String(held.supplier!.id), warehouseId: String(held.warehouse.id), lines: [{ source: PurchaseReturnSource.DEFECTIVE, holdingId: String(held.id), quantity: held.heldQuantity }], note: '待退回不合格品' });

  await generatePurchasePlan(ctx, { period: PlanPeriod.WEEKLY, warehouseId: String(warehouse.id), growthPercent: 110, note: '下周补货计划（双12 备货）' });
}
