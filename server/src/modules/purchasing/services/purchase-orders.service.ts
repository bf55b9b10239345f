import { ref, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay, startOfShopDay } from '../../../core/time.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Contract, ContractStatus } from '../../contracts/entities/contract.entity.js';
import { effectiveStatus } from '../../contracts/services/contract-dates.js';
import { todayOf } from '../../contracts/services/contracts.service.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { SupplierSku } from '../../suppliers/entities/supplier-sku.entity.js';
import { PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus as S } from '../entities/purchase-order.entity.js';
import { activeSupplier, addDays, isDay, staffOnly, supplierScope } from './access.js';

export type OrderLineInput = { skuId: string; quantity: number; unitPrice?: number | null };
export enum PurchaseOrderSortField { CREATED_AT = 'CREATED_AT', EXPECTED_DELIVERY = 'EXPECTED_DELIVERY', CODE = 'CODE', TOTAL_AMOUNT = 'TOTAL_AMOUNT' }
export interface PurchaseOrderFilterInput {
  status?: S | null; supplierId?: string | null; warehouseId?: string | null; planId?: string | null;
  fromDay?: string | null; toDay?: string | null; overdue?: boolean | null; search?: string | null;
}
/** Orders still waiting for goods: these count as on order and can be overdue. */
export const OPEN_STATES = [S.APPROVED, S.SENT, S.PARTIALLY_RECEIVED];
const SORT_COLUMN = { CREATED_AT: 'createdAt', EXPECTED_DELIVERY: 'expectedDeliveryDate', CODE: 'code', TOTAL_AMOUNT: 'totalAmount' } as const;

export function listPurchaseOrders(ctx: Ctx, args: PageArgs & { where?: PurchaseOrderFilterInput | null; sort?: { field?: PurchaseOrderSortField | null; direction?: SortDirection | null } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<PurchaseOrder>[] = [];
  const scope = supplierScope(ctx);
  if (scope !== null) conditions.push({ supplier: scope, status: { $nin: [S.DRAFT, S.APPROVED] } }); // a supplier sees what was sent to it
  if (f.status) conditions.push({ status: f.status });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.planId) conditions.push({ planId: Number(f.planId) });
  if (f.fromDay && isDay(f.fromDay)) conditions.push({ createdAt: { $gte: startOfShopDay(f.fromDay, ctx.config.shopTimezone) } });
  if (f.toDay && isDay(f.toDay)) conditions.push({ createdAt: { $lt: startOfShopDay(addDays(f.toDay, 1), ctx.config.shopTimezone) } });
  if (f.overdue) conditions.push({ status: { $in: OPEN_STATES }, expectedDeliveryDate: { $lt: shopDay(new Date(), ctx.config.shopTimezone) } });
  if (f.search?.trim()) conditions.push({ code: contains(ctx.em, f.search) });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  const column = SORT_COLUMN[args.sort?.field ?? PurchaseOrderSortField.CREATED_AT];
  return paginate(ctx.em, PurchaseOrder, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ [column]: dir }, { id: dir }] as never });
}

/** One order, or null when it does not exist or is outside a supplier token's scope. */
export async function findPurchaseOrder(ctx: Ctx, id: string): Promise<PurchaseOrder | null> {
  const scope = supplierScope(ctx);
  const where: FilterQuery<PurchaseOrder> = scope === null ? { id: Number(id) } : { id: Number(id), supplier: scope, status: { $nin: [S.DRAFT, S.APPROVED] } };
  return Number.isInteger(Number(id)) ? ctx.em.findOne(PurchaseOrder, where) : null;
}

/** Validates lines and fills missing unit prices from the supplier's terms (SupplierSku). */
export async function resolveLines(em: EntityManager, check: Check, supplierId: number | null, lines: OrderLineInput[], field = 'lines') {
  check.when(!lines?.length, field, 'Add at least one line', 'REQUIRED');
  const ids = (lines ?? []).map((l) => Number(l.skuId));
  check.when(new Set(ids).size !== ids.length, field, 'Each SKU may appear once');
  const skus = ids.length ? await em.find(Sku, { id: { $in: ids.filter(Number.isInteger) } }) : [];
  check.when(skus.length !== new Set(ids).size, field, 'One or more SKUs do not exist', 'NOT_FOUND');
  const terms = supplierId && ids.length ? await em.find(SupplierSku, { supplier: supplierId, sku: { $in: ids.filter(Number.isInteger) } }) : [];
  const priceOf = new Map(terms.map((t) => [t.sku.id, t.unitPrice]));
  return (lines ?? []).map((l, i) => {
    check.when(!Number.isInteger(l.quantity) || l.quantity < 1, `${field}.${i}.quantity`, 'Quantity must be a whole number of at least 1');
    const unitPrice = l.unitPrice ?? priceOf.get(Number(l.skuId));
    if (unitPrice == null) check.add(`${field}.${i}.unitPrice`, 'Give a unit price: the supplier has no price for this SKU', 'REQUIRED');
    else check.when(!Number.isInteger(unitPrice) || unitPrice < 0, `${field}.${i}.unitPrice`, 'Unit price must be a whole number of fen, at least 0');
    return { skuId: Number(l.skuId), quantity: l.quantity, unitPrice: unitPrice ?? 0 };
  });
}

/** A contract an order may be placed under: same supplier, signed or active. */
async function usableContract(em: EntityManager, check: Check, contractId: string | null | undefined, supplierId: number, today: string): Promise<Contract | null> {
  if (!contractId) return null;
  const contract = await em.findOne(Contract, Number(contractId));
  if (!contract) { check.add('contractId', 'No such contract', 'NOT_FOUND'); return null; }
  check.when(contract.supplier?.id !== supplierId, 'contractId', 'The contract is with another supplier');
  // An active contract past its end date reads as expired even before anyone marks it.
  check.when(![ContractStatus.SIGNED, ContractStatus.ACTIVE].includes(effectiveStatus(contract, today)), 'contractId', 'The contract is not signed or active');
  return contract;
}

/** Writes an order with its lines in the caller's transaction (also used by plan approval). */
export async function writeOrder(ctx: Ctx, tx: EntityManager, data: { supplier: Partner; warehouse: Warehouse; status: S; lines: { skuId: number; quantity: number; unitPrice: number }[]; expectedDeliveryDate?: string | null; contract?: Contract | null; planId?: number; note?: string | null }) {
  const order = tx.create(PurchaseOrder, {
    code: await nextDocumentCode(tx, PurchaseOrder, 'PO', ctx.config.shopTimezone), supplier: data.supplier, warehouse: data.warehouse, status: data.status,
    expectedDeliveryDate: data.expectedDeliveryDate ?? undefined, contract: data.contract ?? undefined, planId: data.planId, note: data.note?.trim() || undefined,
    approvedAt: data.status === S.APPROVED ? new Date() : undefined,
    totalAmount: data.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0),
  });
  for (const l of data.lines) order.lines.add(tx.create(PurchaseOrderLine, { order, sku: tx.getReference(Sku, l.skuId), quantity: l.quantity, unitPrice: l.unitPrice }));
  tx.persist(order);
  await tx.flush();
  return order;
}

export async function createPurchaseOrder(ctx: Ctx, input: { supplierId: string; warehouseId: string; lines: OrderLineInput[]; expectedDeliveryDate?: string | null; contractId?: string | null; note?: string | null }) {
  staffOnly(ctx);
  const check = new Check();
  const supplier = await activeSupplier(ctx.em, input.supplierId);
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId) || 0);
  check.when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND').when(!!warehouse && !warehouse.active, 'warehouseId', 'The warehouse is inactive');
  check.when(!!input.expectedDeliveryDate && !isDay(input.expectedDeliveryDate), 'expectedDeliveryDate', 'Give a date as YYYY-MM-DD');
  const contract = await usableContract(ctx.em, check, input.contractId, supplier.id, todayOf(ctx));
  const lines = await resolveLines(ctx.em, check, supplier.id, input.lines);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const order = await writeOrder(ctx, tx, { supplier, warehouse: warehouse!, status: S.DRAFT, lines, expectedDeliveryDate: input.expectedDeliveryDate, contract, note: input.note });
    recordTransition(ctx, tx, { type: 'PurchaseOrder', id: order.id }, null, S.DRAFT, input.note);
    audit(ctx, tx, { operation: 'createPurchaseOrder', entityType: 'PurchaseOrder', entityId: order.id, summary: `${order.code} to ${supplier.code}: ${lines.length} line(s), ${order.totalAmount} fen` });
    return { purchaseOrder: order };
  });
}

async function loadInState(ctx: Ctx, id: string, allowed: S[], action: string) {
  const order = Number.isInteger(Number(id)) ? await ctx.em.findOne(PurchaseOrder, Number(id), { populate: ['lines', 'supplier'] }) : null;
  if (!order) throw UserError.of('NOT_FOUND', 'No such purchase order', 'id');
  if (!allowed.includes(order.status)) throw UserError.of('WRONG_STATE', `A ${order.status.toLowerCase().replace('_', ' ')} purchase order cannot be ${action}`, 'id');
  return order;
}

/** Edits a draft: dates, contract, note, and (when given) replaces the lines. */
export async function updatePurchaseOrder(ctx: Ctx, input: { id: string; lines?: OrderLineInput[] | null; expectedDeliveryDate?: string | null; contractId?: string | null; note?: string | null }) {
  staffOnly(ctx);
  const order = await loadInState(ctx, input.id, [S.DRAFT], 'edited');
  const check = new Check();
  check.when(!!input.expectedDeliveryDate && !isDay(input.expectedDeliveryDate), 'expectedDeliveryDate', 'Give a date as YYYY-MM-DD');
  const contract = input.contractId !== undefined ? await usableContract(ctx.em, check, input.contractId, order.supplier.id, todayOf(ctx)) : undefined;
  const lines = input.lines ? await resolveLines(ctx.em, check, order.supplier.id, input.lines) : null;
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    if (input.expectedDeliveryDate !== undefined) order.expectedDeliveryDate = input.expectedDeliveryDate || undefined;
    if (contract !== undefined) order.contract = contract ? ref(contract) : undefined;
    if (input.note !== undefined) order.note = input.note?.trim() || undefined;
    if (lines) {
      for (const line of order.lines.getItems()) tx.remove(line);
      await tx.flush();
      for (const l of lines) order.lines.add(tx.create(PurchaseOrderLine, { order, sku: tx.getReference(Sku, l.skuId), quantity: l.quantity, unitPrice: l.unitPrice }));
      order.totalAmount = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
    }
    tx.persist(order);
    await tx.flush();
    audit(ctx, tx, { operation: 'updatePurchaseOrder', entityType: 'PurchaseOrder', entityId: order.id, summary: `${order.code} edited${lines ? `: ${lines.length} line(s), ${order.totalAmount} fen` : ''}` });
    return { purchaseOrder: order };
  });
}

async function transition(ctx: Ctx, input: { id: string; note?: string | null }, from: S[], to: S, operation: string, verb: string, apply?: (o: PurchaseOrder) => void) {
  staffOnly(ctx);
  const order = await loadInState(ctx, input.id, from, verb);
  return ctx.em.transactional(async (tx) => {
    const before = order.status;
    order.status = to;
    apply?.(order);
    tx.persist(order);
    recordTransition(ctx, tx, { type: 'PurchaseOrder', id: order.id }, before, to, input.note);
    audit(ctx, tx, { operation, entityType: 'PurchaseOrder', entityId: order.id, summary: `${order.code} ${verb}${input.note ? `: ${input.note}` : ''}` });
    return { purchaseOrder: order };
  });
}

export const approvePurchaseOrder = (ctx: Ctx, input: { id: string; note?: string | null }) =>
  transition(ctx, input, [S.DRAFT], S.APPROVED, 'approvePurchaseOrder', 'approved', (o) => { o.approvedAt = new Date(); });
export const sendPurchaseOrder = (ctx: Ctx, input: { id: string; note?: string | null }) =>
  transition(ctx, input, [S.APPROVED], S.SENT, 'sendPurchaseOrder', 'sent', (o) => { o.sentAt = new Date(); });
/** Received → closed; a partially received order may be short-closed (the rest will not come). */
export const closePurchaseOrder = (ctx: Ctx, input: { id: string; note?: string | null }) =>
  transition(ctx, input, [S.RECEIVED, S.PARTIALLY_RECEIVED], S.CLOSED, 'closePurchaseOrder', 'closed');

/** Cancels an order before anything was received; refused after a receipt. */
export async function cancelPurchaseOrder(ctx: Ctx, input: { id: string; note?: string | null }) {
  const order = await loadInState(ctx, input.id, [S.DRAFT, S.APPROVED, S.SENT, S.PARTIALLY_RECEIVED], 'cancelled');
  if (order.status === S.PARTIALLY_RECEIVED || order.lines.getItems().some((l) => l.receivedQuantity > 0)) {
    throw UserError.of('WRONG_STATE', 'Goods were already received on this order: close it instead of cancelling', 'id');
  }
  return transition(ctx, input, [S.DRAFT, S.APPROVED, S.SENT], S.CANCELLED, 'cancelPurchaseOrder', 'cancelled');
}

/**
 * The supplier confirms a sent order and promises a delivery date (again to change it). Partner
 * tokens may confirm only their own orders; purchasing may record a confirmation given by phone.
 */
export async function confirmPurchaseOrder(ctx: Ctx, input: { id: string; promisedDeliveryDate: string; note?: string | null }) {
  const order = await findPurchaseOrder(ctx, input.id);
  if (!order) throw UserError.of('NOT_FOUND', 'No such purchase order', 'id');
  if (![S.SENT, S.PARTIALLY_RECEIVED].includes(order.status)) throw UserError.of('WRONG_STATE', 'Only a sent order can be confirmed', 'id');
  if (!isDay(input.promisedDeliveryDate)) throw UserError.of('INVALID', 'Give a date as YYYY-MM-DD', 'promisedDeliveryDate');
  if (input.promisedDeliveryDate < shopDay(order.sentAt ?? new Date(), ctx.config.shopTimezone)) throw UserError.of('INVALID', 'The promised date cannot be before the order was sent', 'promisedDeliveryDate');
  return ctx.em.transactional(async (tx) => {
    const previous = order.promisedDeliveryDate;
    order.confirmedAt ??= new Date();
    order.promisedDeliveryDate = input.promisedDeliveryDate;
    tx.persist(order);
    const what = previous ? `promised date ${previous} → ${input.promisedDeliveryDate}` : `confirmed, delivery promised for ${input.promisedDeliveryDate}`;
    recordTransition(ctx, tx, { type: 'PurchaseOrder', id: order.id }, order.status, order.status, [what, input.note?.trim()].filter(Boolean).join(' — '));
    audit(ctx, tx, { operation: 'confirmPurchaseOrder', entityType: 'PurchaseOrder', entityId: order.id, summary: `${order.code} ${what}` });
    return { purchaseOrder: order };
  });
}
