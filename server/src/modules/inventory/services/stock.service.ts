import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { raw } from '@mikro-orm/core';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { MovementType, StockMovement } from '../entities/stock-movement.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { ensureStockLevel, postMovement } from './ledger.service.js';

export interface StockLevelFilterInput {
  warehouseId?: string | null; skuId?: string | null; productId?: string | null; search?: string | null;
  belowSafety?: boolean | null; gift?: boolean | null; outOfStock?: boolean | null;
}
export type StockLevelSortField = 'SKU_CODE' | 'ON_HAND' | 'AVAILABLE' | 'SAFETY_GAP';

export function stockLevelWhere(em: EntityManager, f: StockLevelFilterInput): FilterQuery<StockLevel> {
  const conditions: FilterQuery<StockLevel>[] = [];
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.skuId) conditions.push({ sku: Number(f.skuId) });
  if (f.productId) conditions.push({ sku: { product: Number(f.productId) } });
  if (f.search?.trim()) {
    const p = contains(em, f.search);
    conditions.push({ sku: { $or: [{ code: p }, { barcode: p }, { product: { title: p } }] } });
  }
  if (f.gift != null) conditions.push({ sku: { isGift: f.gift } });
  if (f.belowSafety) conditions.push({ [raw('on_hand - reserved')]: { $lt: raw('safety_stock') } } as FilterQuery<StockLevel>);
  if (f.outOfStock) conditions.push({ [raw('on_hand - reserved')]: { $lte: 0 } } as FilterQuery<StockLevel>);
  return conditions.length ? { $and: conditions } : {};
}

const SORTS: Record<StockLevelSortField, string> = {
  SKU_CODE: 'sku.code', ON_HAND: 'onHand', AVAILABLE: 'on_hand - reserved', SAFETY_GAP: 'on_hand - reserved - safety_stock',
};

export function listStockLevels(ctx: Ctx, args: PageArgs & { where?: StockLevelFilterInput | null; sort?: { field: StockLevelSortField; direction: SortDirection } | null }) {
  const sort = args.sort ?? { field: 'SKU_CODE' as const, direction: SortDirection.ASC };
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  const column = SORTS[sort.field];
  const orderBy = column.includes(' ') ? { [raw(column)]: dir } : column === 'sku.code' ? { sku: { code: dir } } : { [column]: dir };
  return paginate(ctx.em, StockLevel, { ...args, where: stockLevelWhere(ctx.em, args.where ?? {}), orderBy: [orderBy, { id: dir }] as never });
}

export interface MovementFilterInput { warehouseId?: string | null; skuId?: string | null; type?: MovementType | null; referenceType?: string | null; referenceId?: string | null; from?: Date | null; to?: Date | null }

export function listMovements(ctx: Ctx, args: PageArgs & { where?: MovementFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<StockMovement>[] = [];
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.skuId) conditions.push({ sku: Number(f.skuId) });
  if (f.type) conditions.push({ type: f.type });
  if (f.referenceType) conditions.push({ referenceType: f.referenceType });
  if (f.referenceId) conditions.push({ referenceId: f.referenceId });
  if (f.from) conditions.push({ at: { $gte: f.from } });
  if (f.to) conditions.push({ at: { $lt: f.to } });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, StockMovement, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ id: dir }] as never });
}

const MANUAL_TYPES = new Set([MovementType.OTHER_IN, MovementType.OTHER_OUT, MovementType.GIFT_OUT]);

/** A manual movement: other in/out (damage, samples) and gift out, always with a reason. */
export async function postManualMovement(ctx: Ctx, input: { skuId: string; warehouseId: string; type: MovementType; quantity: number; reason: string; referenceId?: string | null }) {
  const check = new Check()
    .when(!MANUAL_TYPES.has(input.type), 'type', 'Only OTHER_IN, OTHER_OUT and GIFT_OUT can be posted by hand; other movements come from their documents')
    .when(!Number.isInteger(input.quantity) || input.quantity < 1, 'quantity', 'Quantity must be a whole number of at least 1')
    .require('reason', input.reason, 'Reason');
  const sku = await ctx.em.findOne(Sku, Number(input.skuId));
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId));
  check.when(!sku, 'skuId', 'No such SKU', 'NOT_FOUND').when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  check.when(!!warehouse && !warehouse.active, 'warehouseId', 'The warehouse is inactive');
  check.when(input.type === MovementType.GIFT_OUT && !!sku && !sku.isGift, 'skuId', 'Gift out is for gift SKUs only');
  check.throwIfAny();
  const signed = input.type === MovementType.OTHER_IN ? input.quantity : -input.quantity;
  return ctx.em.transactional(async (tx) => {
    const movement = await postMovement(ctx, tx, { skuId: sku!.id, warehouseId: warehouse!.id, type: input.type, quantity: signed, reason: input.reason.trim(), referenceType: 'Manual', referenceId: input.referenceId ?? undefined });
    await tx.flush();
    audit(ctx, tx, { operation: 'postStockMovement', entityType: 'StockMovement', entityId: movement.id, summary: `${input.type} ${signed} × ${sku!.code} in ${warehouse!.code}: ${input.reason.trim()}` });
    return { movement };
  });
}

export async function setSafetyStock(ctx: Ctx, input: { skuId: string; warehouseId: string; safetyStock: number }) {
  if (!Number.isInteger(input.safetyStock) || input.safetyStock < 0) throw UserError.of('INVALID', 'Safety stock must be a whole number ≥ 0', 'safetyStock');
  const sku = await ctx.em.findOne(Sku, Number(input.skuId));
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId));
  new Check().when(!sku, 'skuId', 'No such SKU', 'NOT_FOUND').when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND').throwIfAny();
  return ctx.em.transactional(async (tx) => {
    await ensureStockLevel(tx, sku!.id, warehouse!.id);
    const level = await tx.findOneOrFail(StockLevel, { sku: sku!.id, warehouse: warehouse!.id }, { refresh: true });
    const before = level.safetyStock;
    level.safetyStock = input.safetyStock;
    audit(ctx, tx, { operation: 'setSafetyStock', entityType: 'StockLevel', entityId: level.id, summary: `${sku!.code} in ${warehouse!.code}: safety stock ${before} → ${input.safetyStock}` });
    return { stockLevel: level };
  });
}
