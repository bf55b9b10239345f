import type { MikroORM } from '@mikro-orm/core';
import type { Ctx } from '../src/core/context.js';
import { loadConfig } from '../src/config.js';
import { MovementType } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { postMovement } from '../src/modules/inventory/services/ledger.service.js';
import { Partner, PartnerType } from '../src/modules/partners/entities/partner.entity.js';
import { SupplierSku } from '../src/modules/suppliers/entities/supplier-sku.entity.js';

let serial = 0;

/** A fresh supplier partner (unique code per call). */
export async function makeSupplier(orm: MikroORM, name = '测试供应商'): Promise<Partner> {
  const em = orm.em.fork();
  const supplier = em.create(Partner, { type: PartnerType.SUPPLIER, code: `SUP-T${process.pid}-${++serial}`, name: `${name} ${serial}` });
  await em.persistAndFlush(supplier);
  return supplier;
}

/** The supplier's terms for a SKU (C2's SupplierSku). */
export async function supplierTerms(orm: MikroORM, supplierId: number, skuId: number, t: { unitPrice: number; leadTimeDays: number; minOrderQuantity: number; preferred?: boolean }) {
  const em = orm.em.fork();
  em.create(SupplierSku, { supplier: supplierId, sku: skuId, unitPrice: t.unitPrice, leadTimeDays: t.leadTimeDays, minOrderQuantity: t.minOrderQuantity, preferred: t.preferred ?? true });
  await em.flush();
}

/** Posts ledger movements directly (the way services do), e.g. opening stock and sales history. */
export async function move(orm: MikroORM, skuId: number, warehouseId: number, type: MovementType, quantity: number) {
  const ctx = { viewer: null, config: loadConfig({ env: 'test' }) } as unknown as Ctx;
  await orm.em.fork().transactional((tx) => postMovement(ctx, tx, { skuId, warehouseId, type, quantity, referenceType: 'Test', referenceId: 'setup' }));
}

export async function setSafety(orm: MikroORM, skuId: number, warehouseId: number, safetyStock: number) {
  await orm.em.fork().nativeUpdate(StockLevel, { sku: skuId, warehouse: warehouseId }, { safetyStock });
}

export async function level(orm: MikroORM, skuId: number, warehouseId: number) {
  return orm.em.fork().findOne(StockLevel, { sku: skuId, warehouse: warehouseId });
}
