import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { sql } from '../../../core/db/sql.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { DefectiveHolding, DefectiveSource } from '../entities/defective-holding.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { MovementType } from '../entities/stock-movement.entity.js';
import { postMovement } from './ledger.service.js';

export interface HoldDefectiveInput {
  skuId: number;
  warehouseId: number;
  quantity: number;
  source: DefectiveSource;
  sourceRef: string;
  supplierId?: number | null;
  reason: string;
}

/** Puts goods aside as defective, in the caller's transaction. The caller has posted any ledger movement it needs. */
export async function holdDefective(ctx: Ctx, em: EntityManager, input: HoldDefectiveInput): Promise<DefectiveHolding> {
  const check = new Check()
    .when(!Number.isInteger(input.quantity) || input.quantity < 1, 'quantity', 'Quantity must be a whole number of at least 1')
    .require('reason', input.reason, 'A reason')
    .require('sourceRef', input.sourceRef, 'The source document');
  const [sku, warehouse, supplier] = await Promise.all([
    em.findOne(Sku, input.skuId),
    em.findOne(Warehouse, input.warehouseId),
    input.supplierId ? em.findOne(Partner, input.supplierId) : Promise.resolve(null),
  ]);
  check.when(!sku, 'skuId', 'No such SKU', 'NOT_FOUND').when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  check.when(!!input.supplierId && (!supplier || supplier.type !== PartnerType.SUPPLIER), 'supplierId', 'No such supplier', 'NOT_FOUND');
  check.throwIfAny();
  const holding = em.create(DefectiveHolding, {
    sku: sku!, warehouse: warehouse!, supplier: supplier ?? undefined, source: input.source,
    sourceRef: input.sourceRef.trim(), reason: input.reason.trim(), quantity: input.quantity, heldQuantity: input.quantity,
  });
  em.persist(holding);
  await em.flush();
  audit(ctx, em, { operation: 'holdDefective', entityType: 'DefectiveHolding', entityId: holding.id, summary: `${input.quantity} × SKU ${input.skuId} kept apart (${input.source} ${input.sourceRef}): ${input.reason}` });
  return holding;
}

/**
 * Takes units out of a holding (they leave with a purchase return), in the caller's transaction.
 * The conditional update refuses more than is still held, even against a concurrent release.
 */
export async function releaseDefective(ctx: Ctx, em: EntityManager, input: { holdingId: number; quantity: number; referenceRef: string }): Promise<DefectiveHolding> {
  if (!Number.isInteger(input.quantity) || input.quantity < 1) throw UserError.of('INVALID', 'Quantity must be a whole number of at least 1', 'quantity');
  const rows = await sql(em, 'update defective_holdings set returned_quantity = returned_quantity + ?, held_quantity = held_quantity - ?, updated_at = ? where id = ? and held_quantity >= ? returning id', [input.quantity, input.quantity, new Date(), input.holdingId, input.quantity]);
  if (!rows.length) {
    const exists = await em.count(DefectiveHolding, input.holdingId);
    throw exists
      ? UserError.of('INSUFFICIENT_STOCK', `Fewer than ${input.quantity} units are still held`, 'quantity')
      : UserError.of('NOT_FOUND', 'No such defective holding', 'holdingId');
  }
  const holding = await em.findOneOrFail(DefectiveHolding, input.holdingId);
  await em.refresh(holding);
  audit(ctx, em, { operation: 'releaseDefective', entityType: 'DefectiveHolding', entityId: holding.id, summary: `${input.quantity} unit(s) released for ${input.referenceRef}` });
  return holding;
}

export interface DefectiveHoldingFilter {
  warehouseId?: string | null;
  skuId?: string | null;
  supplierId?: string | null;
  source?: DefectiveSource | null;
  /** Only holdings with units still held. */
  openOnly?: boolean | null;
}

export function listDefectiveHoldings(ctx: Ctx, args: PageArgs & { where?: DefectiveHoldingFilter | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<DefectiveHolding>[] = [];
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.skuId) conditions.push({ sku: Number(f.skuId) });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.source) conditions.push({ source: f.source });
  if (f.openOnly) conditions.push({ heldQuantity: { $gt: 0 } });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, DefectiveHolding, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}

/** Saleable stock found defective: an OTHER_OUT movement and a STOCK holding, in one transaction. */
export async function setAsideDefective(ctx: Ctx, input: { skuId: string; warehouseId: string; quantity: number; reason: string; supplierId?: string | null }) {
  new Check().require('reason', input.reason, 'A reason')
    .when(!Number.isInteger(input.quantity) || input.quantity < 1, 'quantity', 'Quantity must be a whole number of at least 1')
    .throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const ref = `DEF-${Date.now().toString(36).toUpperCase()}`;
    await postMovement(ctx, tx, { skuId: Number(input.skuId), warehouseId: Number(input.warehouseId), type: MovementType.OTHER_OUT, quantity: -input.quantity, referenceType: 'DefectiveHolding', referenceId: ref, reason: `defective: ${input.reason.trim()}` });
    const holding = await holdDefective(ctx, tx, { skuId: Number(input.skuId), warehouseId: Number(input.warehouseId), quantity: input.quantity, source: DefectiveSource.STOCK, sourceRef: ref, supplierId: input.supplierId ? Number(input.supplierId) : null, reason: input.reason });
    return { holding };
  });
}
