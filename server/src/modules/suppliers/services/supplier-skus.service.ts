import type { EntityManager } from '@mikro-orm/core';
import { SupplierSku } from '../entities/supplier-sku.entity.js';

/**
 * For each SKU, the supplier to buy it from: the row marked preferred, else the cheapest
 * (ties: shorter lead time, then lower id). Only active suppliers count. SKUs without any
 * supplier are absent from the map.
 */
export async function preferredSupplierSkus(em: EntityManager, skuIds: number[]): Promise<Map<number, SupplierSku>> {
  const result = new Map<number, SupplierSku>();
  if (skuIds.length === 0) return result;
  const rows = await em.find(SupplierSku, { sku: { $in: [...new Set(skuIds)] }, supplier: { active: true } }, {
    orderBy: { preferred: 'desc', unitPrice: 'asc', leadTimeDays: 'asc', id: 'asc' },
  });
  for (const row of rows) {
    const skuId = row.sku.id;
    if (!result.has(skuId)) result.set(skuId, row);
  }
  return result;
}
