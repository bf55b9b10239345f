import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { paginate, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { scopedToSupplier } from './supplier-profiles.service.js';
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

export interface SupplierSkuFilterInput { supplierId?: string | null; skuId?: string | null; preferred?: boolean | null }

export function listSupplierSkus(ctx: Ctx, args: PageArgs & { where?: SupplierSkuFilterInput | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<SupplierSku> = {};
  if (f.supplierId) where.supplier = Number(f.supplierId);
  if (f.skuId) where.sku = Number(f.skuId);
  if (f.preferred != null) where.preferred = f.preferred;
  return paginate(ctx.em, SupplierSku, { ...args, where: scopedToSupplier<SupplierSku>(ctx, where, 'supplier'), orderBy: [{ sku: 'asc' }, { preferred: 'desc' }, { unitPrice: 'asc' }, { id: 'asc' }] as never });
}

export interface SupplierSkuInput {
  supplierId: string; skuId: string; supplierSkuCode?: string | null; unitPrice: number; leadTimeDays?: number | null; minOrderQuantity?: number | null; preferred?: boolean | null;
}

/** Adds or changes what a supplier charges for a SKU. Marking it preferred unmarks the SKU's other suppliers. */
export async function saveSupplierSku(ctx: Ctx, input: SupplierSkuInput) {
  const check = new Check()
    .when(!Number.isInteger(input.unitPrice) || input.unitPrice < 0, 'unitPrice', 'Price must be a whole number of fen, ≥ 0')
    .when(input.leadTimeDays != null && (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays < 0 || input.leadTimeDays > 365), 'leadTimeDays', 'Lead time must be 0–365 days')
    .when(input.minOrderQuantity != null && (!Number.isInteger(input.minOrderQuantity) || input.minOrderQuantity < 1), 'minOrderQuantity', 'MOQ must be a whole number ≥ 1')
    .when((input.supplierSkuCode ?? '').length > 60, 'supplierSkuCode', 'At most 60 characters');
  const [supplier, sku] = await Promise.all([ctx.em.findOne(Partner, Number(input.supplierId)), ctx.em.findOne(Sku, Number(input.skuId))]);
  check.when(!supplier, 'supplierId', 'No such supplier', 'NOT_FOUND').when(!!supplier && supplier.type !== PartnerType.SUPPLIER, 'supplierId', 'The partner is not a supplier');
  check.when(!sku, 'skuId', 'No such SKU', 'NOT_FOUND');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const existing = await tx.findOne(SupplierSku, { supplier: supplier!.id, sku: sku!.id });
    const row = existing ?? tx.create(SupplierSku, { supplier: supplier!, sku: sku!, unitPrice: input.unitPrice });
    row.unitPrice = input.unitPrice;
    if (input.supplierSkuCode !== undefined) row.supplierSkuCode = input.supplierSkuCode?.trim() || undefined;
    if (input.leadTimeDays != null) row.leadTimeDays = input.leadTimeDays;
    if (input.minOrderQuantity != null) row.minOrderQuantity = input.minOrderQuantity;
    if (input.preferred != null) row.preferred = input.preferred;
    tx.persist(row);
    await tx.flush();
    if (row.preferred) await tx.nativeUpdate(SupplierSku, { sku: sku!.id, id: { $ne: row.id }, preferred: true }, { preferred: false });
    audit(ctx, tx, { operation: 'saveSupplierSku', entityType: 'SupplierSku', entityId: row.id, summary: `${supplier!.code} supplies ${sku!.code} at ${row.unitPrice} fen, ${row.leadTimeDays} d, MOQ ${row.minOrderQuantity}${row.preferred ? ', preferred' : ''}` });
    return { supplierSku: row };
  });
}

export async function removeSupplierSku(ctx: Ctx, input: { id: string }) {
  return ctx.em.transactional(async (tx) => {
    const row = await tx.findOne(SupplierSku, Number(input.id), { populate: ['supplier', 'sku'] });
    if (!row) throw UserError.of('NOT_FOUND', 'No such supplier SKU', 'id');
    tx.remove(row);
    audit(ctx, tx, { operation: 'removeSupplierSku', entityType: 'SupplierSku', entityId: row.id, summary: `${row.supplier.getEntity().code} no longer supplies ${row.sku.getEntity().code}` });
    return { supplierSku: row };
  });
}
