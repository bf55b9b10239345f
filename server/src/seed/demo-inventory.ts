import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Ctx } from '../core/context.js';
import { createLogger } from '../core/logger.js';
import { sql } from '../core/db/sql.js';
import { Sku } from '../modules/catalog/entities/sku.entity.js';
import { Warehouse } from '../modules/inventory/entities/warehouse.entity.js';
import { StockLevel } from '../modules/inventory/entities/stock-level.entity.js';
import { MovementType } from '../modules/inventory/entities/stock-movement.entity.js';
import { postMovement } from '../modules/inventory/services/ledger.service.js';

export const DEMO_WAREHOUSES = [
  { code: 'HZ', name: '杭州总仓', address: '浙江省杭州市余杭区仓前街道 88 号' },
  { code: 'GZ', name: '广州仓', address: '广东省广州市白云区太和镇 16 号' },
  { code: 'BJ', name: '北京仓', address: '北京市大兴区亦庄经济开发区 9 号' },
];

/** A small deterministic generator, so every fresh demo shop looks the same. */
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * Warehouses, opening stock through the ledger, safety stocks (some SKUs below them) and
 * two months of sales history for the ABC analysis. Runs after the demo catalog.
 */
export async function seedDemoInventory(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(Warehouse, {})) return;
  const warehouses = DEMO_WAREHOUSES.map((w) => em.create(Warehouse, w));
  await em.persistAndFlush(warehouses);
  const skus = await em.find(Sku, { active: true }, { orderBy: { id: 'asc' } });
  const rnd = random(20261123);
  const ctx: Ctx = { em, config, log: createLogger('silent'), requestId: 'seed', viewer: null, loaders: new Map() };

  await em.transactional(async (tx) => {
    for (const [i, sku] of skus.entries()) {
      const base = sku.isGift ? 300 : 20 + Math.floor(rnd() * 180);
      const plan: [Warehouse, number][] = [[warehouses[0], base]];
      if (!sku.isGift && i % 2 === 0) plan.push([warehouses[1], Math.floor(base / 3)]);
      if (!sku.isGift && i % 3 === 0) plan.push([warehouses[2], Math.floor(base / 4)]);
      for (const [warehouse, qty] of plan) {
        if (qty > 0) await postMovement(ctx, tx, { skuId: sku.id, warehouseId: warehouse.id, type: MovementType.OPENING, quantity: qty, referenceType: 'Opening', referenceId: 'DEMO', reason: '期初库存' });
      }
    }
    await tx.flush();
    // Sales history: sale-out movements spread over the last 60 days (the ABC analysis reads these).
    for (const sku of skus.filter((k) => !k.isGift)) {
      const level = await tx.findOneOrFail(StockLevel, { sku: sku.id, warehouse: warehouses[0].id }, { refresh: true });
      // Every seventeenth SKU has sold out in the main warehouse.
      const sold = sku.id % 17 === 0 ? level.onHand : Math.min(level.onHand - 5, Math.floor(rnd() * rnd() * 60));
      if (sold > 0) await postMovement(ctx, tx, { skuId: sku.id, warehouseId: warehouses[0].id, type: MovementType.SALE_OUT, quantity: -sold, referenceType: 'Order', referenceId: `DEMO-${sku.id}`, reason: '历史销售' });
    }
    await tx.flush();
    await sql(tx, `update stock_movements set at = ? where type = 'SALE_OUT' and reference_id like 'DEMO-%' and id % 3 = 0`, [new Date(Date.now() - 45 * 86_400_000)]);
    await sql(tx, `update stock_movements set at = ? where type = 'SALE_OUT' and reference_id like 'DEMO-%' and id % 3 = 1`, [new Date(Date.now() - 20 * 86_400_000)]);
    // Safety stocks: most covered about twice; every seventh row is below it, every fifth overstocked.
    const levels = await tx.find(StockLevel, {}, { refresh: true });
    for (const [i, level] of levels.entries()) {
      level.safetyStock = i % 7 === 0 ? level.onHand + 10 : i % 5 === 0 ? Math.max(5, Math.floor(level.onHand / 5)) : Math.max(5, Math.floor(level.onHand / 2));
    }
  });
  createLogger(config.logLevel).info({ warehouses: warehouses.length, skus: skus.length }, 'demo stock seeded');
}
