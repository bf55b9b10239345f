import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { num, sql } from '../../../core/db/sql.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay, startOfShopDay } from '../../../core/time.js';
import { User } from '../../identity/entities/user.entity.js';
import { DefectiveSource } from '../../inventory/entities/defective-holding.entity.js';
import { MovementType } from '../../inventory/entities/stock-movement.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { holdDefective } from '../../inventory/services/defective.service.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { postMovement } from '../../inventory/services/ledger.service.js';
import { PurchaseOrder, PurchaseOrderStatus as S } from '../entities/purchase-order.entity.js';
import { PurchaseReceipt, PurchaseReceiptLine } from '../entities/purchase-receipt.entity.js';
import { SupplierEntryKind } from '../entities/supplier-ledger-entry.entity.js';
import { addDays, isDay, staffOnly, supplierScope } from './access.js';
import { postSupplierEntry } from './supplier-ledger.service.js';

export type ReceiptLineInput = { lineId: string; receivedQuantity: number; acceptedQuantity: number; rejectedQuantity: number; rejectReason?: string | null };

/** The most a line may receive in total: ordered plus the configured tolerance, rounded down. */
export function receivableLimit(ordered: number, tolerancePct: number): number {
  return Math.floor((ordered * (100 + tolerancePct)) / 100);
}

function validate(ctx: Ctx, order: PurchaseOrder, input: { lines: ReceiptLineInput[]; receivedAt?: Date | null }) {
  const byId = new Map(order.lines.getItems().map((l) => [String(l.id), l]));
  const tolerance = ctx.config.purchasing?.overReceiptTolerancePct ?? 0;
  const check = new Check()
    .when(!input.lines?.length, 'lines', 'Give at least one line', 'REQUIRED')
    .when(!!input.receivedAt && input.receivedAt.getTime() > Date.now() + 60_000, 'receivedAt', 'The arrival time cannot be in the future');
  const seen = new Set<string>();
  for (const [i, e] of (input.lines ?? []).entries()) {
    const line = byId.get(e.lineId);
    if (!line) { check.add(`lines.${i}.lineId`, 'Not a line of this order', 'NOT_FOUND'); continue; }
    check.when(seen.has(e.lineId), `lines.${i}.lineId`, 'Each line may appear once');
    seen.add(e.lineId);
    const whole = [e.receivedQuantity, e.acceptedQuantity, e.rejectedQuantity].every((q) => Number.isInteger(q) && q >= 0);
    check.when(!whole, `lines.${i}.receivedQuantity`, 'Quantities must be whole numbers, at least 0');
    check.when(whole && e.receivedQuantity < 1, `lines.${i}.receivedQuantity`, 'Received must be at least 1 (leave out lines that did not arrive)');
    check.when(whole && e.acceptedQuantity + e.rejectedQuantity !== e.receivedQuantity, `lines.${i}.acceptedQuantity`, 'Accepted + rejected must equal received');
    check.when(e.rejectedQuantity > 0 && !e.rejectReason?.trim(), `lines.${i}.rejectReason`, 'Say why units were rejected', 'REQUIRED');
    const room = receivableLimit(line.quantity, tolerance) - line.receivedQuantity;
    check.when(whole && e.receivedQuantity > room, `lines.${i}.receivedQuantity`, `Over-receipt: at most ${Math.max(0, room)} more can be received on this line (ordered ${line.quantity}, received ${line.receivedQuantity}${tolerance ? `, tolerance ${tolerance} %` : ''})`, 'OVER_RECEIPT');
  }
  check.throwIfAny();
  return byId;
}

/**
 * Receives goods (入库) against a sent order with the quality check: accepted units enter stock
 * (RECEIPT), rejected ones are held apart (QC_REJECT) for return, and accepted units become a
 * payable at the order price. Line totals move by conditional update, so two receipts at once
 * cannot take a line past its ordered quantity (plus tolerance).
 */
export async function receivePurchaseOrder(ctx: Ctx, input: { orderId: string; warehouseId?: string | null; lines: ReceiptLineInput[]; receivedAt?: Date | null; note?: string | null }) {
  staffOnly(ctx);
  const order = Number.isInteger(Number(input.orderId)) ? await ctx.em.findOne(PurchaseOrder, Number(input.orderId), { populate: ['lines', 'lines.sku', 'supplier'] }) : null;
  if (!order) throw UserError.of('NOT_FOUND', 'No such purchase order', 'orderId');
  if (![S.SENT, S.PARTIALLY_RECEIVED].includes(order.status)) throw UserError.of('WRONG_STATE', 'Goods can be received only on a sent or partially received order', 'orderId');
  const warehouseId = input.warehouseId ? Number(input.warehouseId) : order.warehouse.id;
  const warehouse = await ctx.em.findOne(Warehouse, warehouseId || 0);
  if (!warehouse || !warehouse.active) throw UserError.of(warehouse ? 'INVALID' : 'NOT_FOUND', warehouse ? 'The warehouse is inactive' : 'No such warehouse', 'warehouseId');
  const byId = validate(ctx, order, input);
  const limitPct = ctx.config.purchasing?.overReceiptTolerancePct ?? 0;

  return ctx.em.transactional(async (tx) => {
    const now = new Date();
    // Locks the order row for the transaction: receipts of one order queue up, and a concurrent cancel is seen.
    const locked = await sql(tx, `update purchase_orders set updated_at = ? where id = ? and status in ('SENT', 'PARTIALLY_RECEIVED') returning id`, [now, order.id]);
    if (!locked.length) throw UserError.of('WRONG_STATE', 'The order changed meanwhile; reload it', 'orderId');
    const receivedAt = input.receivedAt ?? now;
    const dueDay = order.promisedDeliveryDate ?? order.expectedDeliveryDate;
    const receipt = tx.create(PurchaseReceipt, {
      code: await nextDocumentCode(tx, PurchaseReceipt, 'GR', ctx.config.shopTimezone), order, supplier: order.supplier, warehouse,
      receivedAt, dueDay, onTime: !dueDay || shopDay(receivedAt, ctx.config.shopTimezone) <= dueDay, receivedQuantity: 0, acceptedQuantity: 0, rejectedQuantity: 0, payableAmount: 0,
      receivedBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, note: input.note?.trim() || undefined,
    });
    tx.persist(receipt);
    for (const [i, e] of input.lines.entries()) {
      const line = byId.get(e.lineId)!;
      const rows = await sql(tx, `update purchase_order_lines set received_quantity = received_quantity + ?, accepted_quantity = accepted_quantity + ?, rejected_quantity = rejected_quantity + ?, updated_at = ?
        where id = ? and received_quantity + ? <= ? returning received_quantity`, [e.receivedQuantity, e.acceptedQuantity, e.rejectedQuantity, now, line.id, e.receivedQuantity, receivableLimit(line.quantity, limitPct)]);
      if (!rows.length) throw UserError.of('OVER_RECEIPT', 'Over-receipt: the line was received meanwhile; reload the order', `lines.${i}.receivedQuantity`);
      if (e.acceptedQuantity > 0) {
        await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: warehouse.id, type: MovementType.RECEIPT, quantity: e.acceptedQuantity, referenceType: 'PurchaseReceipt', referenceId: receipt.code, reason: order.code });
      }
      const holding = e.rejectedQuantity > 0
        ? await holdDefective(ctx, tx, { skuId: line.sku.id, warehouseId: warehouse.id, quantity: e.rejectedQuantity, source: DefectiveSource.QC_REJECT, sourceRef: receipt.code, supplierId: order.supplier.id, reason: e.rejectReason!.trim() })
        : undefined;
      receipt.lines.add(tx.create(PurchaseReceiptLine, { receipt, orderLine: line, sku: line.sku, receivedQuantity: e.receivedQuantity, acceptedQuantity: e.acceptedQuantity, rejectedQuantity: e.rejectedQuantity, rejectReason: e.rejectReason?.trim() || undefined, holding }));
      receipt.receivedQuantity += e.receivedQuantity;
      receipt.acceptedQuantity += e.acceptedQuantity;
      receipt.rejectedQuantity += e.rejectedQuantity;
      receipt.payableAmount += e.acceptedQuantity * line.unitPrice;
    }
    await tx.flush();
    if (receipt.payableAmount > 0) {
      postSupplierEntry(ctx, tx, { supplierId: order.supplier.id, kind: SupplierEntryKind.PAYABLE, amount: receipt.payableAmount, sourceType: 'PurchaseReceipt', sourceCode: receipt.code, note: order.code, occurredAt: receipt.receivedAt });
    }
    const [{ open }] = await sql<{ open: unknown }>(tx, 'select count(*) as open from purchase_order_lines where order_id = ? and received_quantity < quantity', [order.id]);
    const before = order.status;
    order.status = num(open) === 0 ? S.RECEIVED : S.PARTIALLY_RECEIVED;
    if (order.status === S.RECEIVED) order.receivedAt = receipt.receivedAt;
    for (const line of order.lines) await tx.refresh(line);
    tx.persist(order);
    const summary = `${receipt.code}: received ${receipt.receivedQuantity}, accepted ${receipt.acceptedQuantity}, rejected ${receipt.rejectedQuantity}`;
    recordTransition(ctx, tx, { type: 'PurchaseOrder', id: order.id }, before, order.status, summary);
    audit(ctx, tx, { operation: 'receivePurchaseOrder', entityType: 'PurchaseReceipt', entityId: receipt.id, summary: `${order.code} ${summary}; payable ${receipt.payableAmount} fen` });
    return { receipt };
  });
}

export interface ReceiptFilterInput { orderId?: string | null; supplierId?: string | null; warehouseId?: string | null; fromDay?: string | null; toDay?: string | null; withRejections?: boolean | null; search?: string | null }

export function listPurchaseReceipts(ctx: Ctx, args: PageArgs & { where?: ReceiptFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<PurchaseReceipt>[] = [];
  const scope = supplierScope(ctx);
  if (scope !== null) conditions.push({ supplier: scope });
  if (f.orderId) conditions.push({ order: Number(f.orderId) });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.fromDay && isDay(f.fromDay)) conditions.push({ receivedAt: { $gte: startOfShopDay(f.fromDay, ctx.config.shopTimezone) } });
  if (f.toDay && isDay(f.toDay)) conditions.push({ receivedAt: { $lt: startOfShopDay(addDays(f.toDay, 1), ctx.config.shopTimezone) } });
  if (f.withRejections) conditions.push({ rejectedQuantity: { $gt: 0 } });
  if (f.search?.trim()) conditions.push({ code: contains(ctx.em, f.search) });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, PurchaseReceipt, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ receivedAt: dir }, { id: dir }] as never });
}

export async function findPurchaseReceipt(ctx: Ctx, id: string): Promise<PurchaseReceipt | null> {
  if (!Number.isInteger(Number(id))) return null;
  const scope = supplierScope(ctx);
  return ctx.em.findOne(PurchaseReceipt, scope === null ? { id: Number(id) } : { id: Number(id), supplier: scope });
}

/** Receipts of many orders at once, for the order's `receipts` field. */
export async function receiptsOfOrders(ctx: Ctx, orderIds: readonly number[]) {
  const rows = await ctx.em.find(PurchaseReceipt, { order: { $in: [...orderIds] } }, { orderBy: { id: 'asc' } });
  const map = new Map<number, PurchaseReceipt[]>();
  for (const r of rows) map.set(r.order.id, [...(map.get(r.order.id) ?? []), r]);
  return map;
}
