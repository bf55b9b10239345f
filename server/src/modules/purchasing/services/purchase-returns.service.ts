import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { sql } from '../../../core/db/sql.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { DefectiveHolding, DefectiveSource } from '../../inventory/entities/defective-holding.entity.js';
import { MovementType } from '../../inventory/entities/stock-movement.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { releaseDefective } from '../../inventory/services/defective.service.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { postMovement } from '../../inventory/services/ledger.service.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { SupplierSku } from '../../suppliers/entities/supplier-sku.entity.js';
import { PurchaseOrder, PurchaseOrderLine } from '../entities/purchase-order.entity.js';
import { PurchaseReceiptLine } from '../entities/purchase-receipt.entity.js';
import { PurchaseReturn, PurchaseReturnLine, PurchaseReturnSource as Src, PurchaseReturnStatus as S } from '../entities/purchase-return.entity.js';
import { SupplierEntryKind } from '../entities/supplier-ledger-entry.entity.js';
import { staffOnly, supplierScope } from './access.js';
import { postSupplierEntry } from './supplier-ledger.service.js';

export type ReturnLineInput = { source: Src; holdingId?: string | null; skuId?: string | null; quantity: number; unitPrice?: number | null; reason?: string | null };

/** The price to credit when none is given: the order line's, else the supplier's latest order price, else its SupplierSku price. */
async function defaultPrice(ctx: Ctx, supplierId: number, skuId: number, orderLine: PurchaseOrderLine | null): Promise<number | null> {
  if (orderLine) return orderLine.unitPrice;
  const last = await ctx.em.findOne(PurchaseOrderLine, { sku: skuId, order: { supplier: supplierId } }, { orderBy: { id: 'desc' } });
  if (last) return last.unitPrice;
  return (await ctx.em.findOne(SupplierSku, { supplier: supplierId, sku: skuId }))?.unitPrice ?? null;
}

/** A draft return (采购退货) of held defective goods and/or saleable stock to one supplier. Nothing moves until it ships. */
export async function createPurchaseReturn(ctx: Ctx, input: { supplierId: string; warehouseId: string; orderId?: string | null; lines: ReturnLineInput[]; note?: string | null }) {
  staffOnly(ctx);
  const check = new Check().when(!input.lines?.length, 'lines', 'Add at least one line', 'REQUIRED');
  const [supplier, warehouse, order] = await Promise.all([
    ctx.em.findOne(Partner, Number(input.supplierId) || 0),
    ctx.em.findOne(Warehouse, Number(input.warehouseId) || 0),
    input.orderId ? ctx.em.findOne(PurchaseOrder, Number(input.orderId) || 0, { populate: ['lines'] }) : Promise.resolve(null),
  ]);
  if (!supplier || supplier.type !== PartnerType.SUPPLIER) throw UserError.of('NOT_FOUND', 'No such supplier', 'supplierId');
  check.when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  check.when(!!input.orderId && !order, 'orderId', 'No such purchase order', 'NOT_FOUND');
  check.when(!!order && order.supplier.id !== supplier.id, 'orderId', 'The order is with another supplier');
  check.throwIfAny();

  const lines: { source: Src; skuId: number; holding?: DefectiveHolding; orderLine: PurchaseOrderLine | null; quantity: number; unitPrice: number; reason?: string }[] = [];
  const seenHoldings = new Set<number>();
  for (const [i, l] of input.lines.entries()) {
    const f = `lines.${i}`;
    if (!Number.isInteger(l.quantity) || l.quantity < 1) { check.add(`${f}.quantity`, 'Quantity must be a whole number of at least 1'); continue; }
    let skuId: number;
    let holding: DefectiveHolding | undefined;
    let orderLine: PurchaseOrderLine | null = null;
    if (l.source === Src.DEFECTIVE) {
      holding = (l.holdingId ? await ctx.em.findOne(DefectiveHolding, Number(l.holdingId) || 0) : null) ?? undefined;
      if (!holding) { check.add(`${f}.holdingId`, 'Name the defective holding to return', l.holdingId ? 'NOT_FOUND' : 'REQUIRED'); continue; }
      if (seenHoldings.has(holding.id)) { check.add(`${f}.holdingId`, 'Each holding may appear once'); continue; }
      seenHoldings.add(holding.id);
      if (holding.supplier && holding.supplier.id !== supplier.id) { check.add(`${f}.holdingId`, 'These goods came from another supplier'); continue; }
      if (holding.warehouse.id !== warehouse!.id) { check.add(`${f}.holdingId`, 'These goods are held in another warehouse'); continue; }
      if (l.quantity > holding.heldQuantity) { check.add(`${f}.quantity`, `Only ${holding.heldQuantity} unit(s) are still held`, 'INSUFFICIENT_STOCK'); continue; }
      skuId = holding.sku.id;
      const received = await ctx.em.findOne(PurchaseReceiptLine, { holding: holding.id }, { populate: ['orderLine'] });
      orderLine = received?.orderLine.getEntity() ?? null;
    } else {
      const sku = l.skuId ? await ctx.em.findOne(Sku, Number(l.skuId) || 0) : null;
      if (!sku) { check.add(`${f}.skuId`, 'Name the SKU to return', l.skuId ? 'NOT_FOUND' : 'REQUIRED'); continue; }
      skuId = sku.id;
      orderLine = order?.lines.getItems().find((ol) => ol.sku.id === sku.id) ?? null;
    }
    // QC rejects were never booked as payable (receipts pay for accepted units only), so returning them credits nothing.
    const neverPayable = holding?.source === DefectiveSource.QC_REJECT;
    if (neverPayable && l.unitPrice) { check.add(`${f}.unitPrice`, 'Goods rejected at receiving were never payable; their return credits nothing'); continue; }
    const unitPrice = neverPayable ? 0 : l.unitPrice ?? (await defaultPrice(ctx, supplier.id, skuId, orderLine));
    if (unitPrice == null) { check.add(`${f}.unitPrice`, 'Give the unit price to credit', 'REQUIRED'); continue; }
    if (!Number.isInteger(unitPrice) || unitPrice < 0) { check.add(`${f}.unitPrice`, 'Unit price must be a whole number of fen, at least 0'); continue; }
    lines.push({ source: l.source, skuId, holding, orderLine, quantity: l.quantity, unitPrice, reason: l.reason?.trim() || holding?.reason });
  }
  const stockSkus = lines.filter((l) => l.source === Src.STOCK).map((l) => l.skuId);
  check.when(new Set(stockSkus).size !== stockSkus.length, 'lines', 'Each SKU from stock may appear once');
  check.throwIfAny();

  return ctx.em.transactional(async (tx) => {
    const ret = tx.create(PurchaseReturn, {
      code: await nextDocumentCode(tx, PurchaseReturn, 'RT', ctx.config.shopTimezone), supplier, warehouse: warehouse!, order: order ?? undefined,
      totalAmount: lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0), note: input.note?.trim() || undefined,
    });
    for (const l of lines) {
      ret.lines.add(tx.create(PurchaseReturnLine, { purchaseReturn: ret, sku: tx.getReference(Sku, l.skuId), source: l.source, holding: l.holding, orderLine: l.orderLine ?? undefined, quantity: l.quantity, unitPrice: l.unitPrice, reason: l.reason }));
    }
    tx.persist(ret);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'PurchaseReturn', id: ret.id }, null, S.DRAFT, input.note);
    audit(ctx, tx, { operation: 'createPurchaseReturn', entityType: 'PurchaseReturn', entityId: ret.id, summary: `${ret.code} to ${supplier.code}: ${lines.length} line(s), ${ret.totalAmount} fen` });
    return { purchaseReturn: ret };
  });
}

async function loadInState(ctx: Ctx, id: string, allowed: S[], verb: string) {
  const ret = Number.isInteger(Number(id)) ? await ctx.em.findOne(PurchaseReturn, Number(id), { populate: ['lines', 'supplier'] }) : null;
  if (!ret) throw UserError.of('NOT_FOUND', 'No such purchase return', 'id');
  if (!allowed.includes(ret.status)) throw UserError.of('WRONG_STATE', `A ${ret.status.toLowerCase()} purchase return cannot be ${verb}`, 'id');
  return ret;
}

/** Draft → shipped: held goods are released, saleable goods leave stock (PURCHASE_RETURN_OUT). */
export async function shipPurchaseReturn(ctx: Ctx, input: { id: string; note?: string | null }) {
  staffOnly(ctx);
  const ret = await loadInState(ctx, input.id, [S.DRAFT], 'shipped');
  return ctx.em.transactional(async (tx) => {
    for (const line of ret.lines) {
      if (line.source === Src.DEFECTIVE) await releaseDefective(ctx, tx, { holdingId: line.holding!.id, quantity: line.quantity, referenceRef: ret.code });
      else await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: ret.warehouse.id, type: MovementType.PURCHASE_RETURN_OUT, quantity: -line.quantity, referenceType: 'PurchaseReturn', referenceId: ret.code, reason: line.reason });
      if (line.orderLine) await sql(tx, 'update purchase_order_lines set returned_quantity = returned_quantity + ?, updated_at = ? where id = ?', [line.quantity, new Date(), line.orderLine.id]);
    }
    ret.status = S.SHIPPED;
    ret.shippedAt = new Date();
    tx.persist(ret);
    recordTransition(ctx, tx, { type: 'PurchaseReturn', id: ret.id }, S.DRAFT, S.SHIPPED, input.note);
    audit(ctx, tx, { operation: 'shipPurchaseReturn', entityType: 'PurchaseReturn', entityId: ret.id, summary: `${ret.code} shipped to ${ret.supplier.getEntity().code}` });
    return { purchaseReturn: ret };
  });
}

/** Shipped → credited: the supplier acknowledged the return; its amount is credited to the supplier's account. */
export async function creditPurchaseReturn(ctx: Ctx, input: { id: string; creditReference?: string | null; note?: string | null }) {
  staffOnly(ctx);
  if ((input.creditReference ?? '').length > 80) throw UserError.of('INVALID', 'Reference must be at most 80 characters', 'creditReference');
  const ret = await loadInState(ctx, input.id, [S.SHIPPED], 'credited');
  return ctx.em.transactional(async (tx) => {
    ret.status = S.CREDITED;
    ret.creditedAt = new Date();
    ret.creditReference = input.creditReference?.trim() || undefined;
    tx.persist(ret);
    if (ret.totalAmount > 0) postSupplierEntry(ctx, tx, { supplierId: ret.supplier.id, kind: SupplierEntryKind.CREDIT, amount: ret.totalAmount, sourceType: 'PurchaseReturn', sourceCode: ret.code, reference: ret.creditReference, note: input.note, occurredAt: ret.creditedAt });
    recordTransition(ctx, tx, { type: 'PurchaseReturn', id: ret.id }, S.SHIPPED, S.CREDITED, input.note);
    audit(ctx, tx, { operation: 'creditPurchaseReturn', entityType: 'PurchaseReturn', entityId: ret.id, summary: `${ret.code} credited ${ret.totalAmount} fen${ret.creditReference ? ` (${ret.creditReference})` : ''}` });
    return { purchaseReturn: ret };
  });
}

export async function cancelPurchaseReturn(ctx: Ctx, input: { id: string; note?: string | null }) {
  staffOnly(ctx);
  const ret = await loadInState(ctx, input.id, [S.DRAFT], 'cancelled');
  return ctx.em.transactional(async (tx) => {
    ret.status = S.CANCELLED;
    tx.persist(ret);
    recordTransition(ctx, tx, { type: 'PurchaseReturn', id: ret.id }, S.DRAFT, S.CANCELLED, input.note);
    audit(ctx, tx, { operation: 'cancelPurchaseReturn', entityType: 'PurchaseReturn', entityId: ret.id, summary: `${ret.code} cancelled` });
    return { purchaseReturn: ret };
  });
}

export interface ReturnFilterInput { status?: S | null; supplierId?: string | null; warehouseId?: string | null; orderId?: string | null; search?: string | null }

export function listPurchaseReturns(ctx: Ctx, args: PageArgs & { where?: ReturnFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<PurchaseReturn>[] = [];
  const scope = supplierScope(ctx);
  if (scope !== null) conditions.push({ supplier: scope, status: { $ne: S.DRAFT } });
  if (f.status) conditions.push({ status: f.status });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.orderId) conditions.push({ order: Number(f.orderId) });
  if (f.search?.trim()) conditions.push({ code: contains(ctx.em, f.search) });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, PurchaseReturn, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}

export async function findPurchaseReturn(ctx: Ctx, id: string): Promise<PurchaseReturn | null> {
  if (!Number.isInteger(Number(id))) return null;
  const scope = supplierScope(ctx);
  return ctx.em.findOne(PurchaseReturn, scope === null ? { id: Number(id) } : { id: Number(id), supplier: scope, status: { $ne: S.DRAFT } });
}
