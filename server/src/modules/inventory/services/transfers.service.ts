import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { MovementType } from '../entities/stock-movement.entity.js';
import { Transfer, TransferLine, TransferStatus } from '../entities/transfer.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { addInTransit, postMovement } from './ledger.service.js';
import { nextDocumentCode } from './document-code.js';

type LineInput = { skuId: string; quantity: number };

export function listTransfers(ctx: Ctx, args: PageArgs & { where?: { status?: TransferStatus | null; warehouseId?: string | null; search?: string | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<Transfer>[] = [];
  if (f.status) conditions.push({ status: f.status });
  if (f.warehouseId) conditions.push({ $or: [{ fromWarehouse: Number(f.warehouseId) }, { toWarehouse: Number(f.warehouseId) }] });
  if (f.search?.trim()) conditions.push({ $or: [{ code: contains(ctx.em, f.search) }, { note: contains(ctx.em, f.search) }] });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Transfer, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ id: dir }] as never });
}

async function validateLines(ctx: Ctx, check: Check, lines: LineInput[]) {
  check.when(!lines?.length, 'lines', 'Add at least one line', 'REQUIRED');
  const ids = (lines ?? []).map((l) => Number(l.skuId));
  check.when(new Set(ids).size !== ids.length, 'lines', 'Each SKU may appear once');
  (lines ?? []).forEach((l, i) => check.when(!Number.isInteger(l.quantity) || l.quantity < 1, `lines.${i}.quantity`, 'Quantity must be a whole number of at least 1'));
  const skus = ids.length ? await ctx.em.find(Sku, { id: { $in: ids } }) : [];
  check.when(skus.length !== new Set(ids).size, 'lines', 'One or more SKUs do not exist', 'NOT_FOUND');
  return skus;
}

export async function createTransfer(ctx: Ctx, input: { fromWarehouseId: string; toWarehouseId: string; lines: LineInput[]; note?: string | null }) {
  const check = new Check().when(input.fromWarehouseId === input.toWarehouseId, 'toWarehouseId', 'Source and destination must differ');
  const [from, to] = await Promise.all([ctx.em.findOne(Warehouse, Number(input.fromWarehouseId)), ctx.em.findOne(Warehouse, Number(input.toWarehouseId))]);
  check.when(!from, 'fromWarehouseId', 'No such warehouse', 'NOT_FOUND').when(!to, 'toWarehouseId', 'No such warehouse', 'NOT_FOUND');
  check.when(!!from && !from.active, 'fromWarehouseId', 'The warehouse is inactive').when(!!to && !to.active, 'toWarehouseId', 'The warehouse is inactive');
  await validateLines(ctx, check, input.lines);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const transfer = tx.create(Transfer, { code: await nextDocumentCode(tx, Transfer, 'TR', ctx.config.shopTimezone), fromWarehouse: from!, toWarehouse: to!, note: input.note?.trim() || undefined, status: TransferStatus.DRAFT });
    for (const line of input.lines) transfer.lines.add(tx.create(TransferLine, { transfer, sku: tx.getReference(Sku, Number(line.skuId)), quantity: line.quantity }));
    tx.persist(transfer);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'Transfer', id: transfer.id }, null, TransferStatus.DRAFT, input.note);
    audit(ctx, tx, { operation: 'createTransfer', entityType: 'Transfer', entityId: transfer.id, summary: `${transfer.code}: ${from!.code} → ${to!.code}, ${input.lines.length} line(s)` });
    return { transfer };
  });
}

async function loadInState(ctx: Ctx, id: string, allowed: TransferStatus[], action: string) {
  const transfer = await ctx.em.findOne(Transfer, Number(id), { populate: ['lines', 'lines.sku', 'fromWarehouse', 'toWarehouse'] });
  if (!transfer) throw UserError.of('NOT_FOUND', 'No such transfer', 'id');
  if (!allowed.includes(transfer.status)) throw UserError.of('WRONG_STATE', `A ${transfer.status.toLowerCase()} transfer cannot be ${action}`, 'id');
  return transfer;
}

/** Draft → shipped: stock leaves the source (needs it available) and is in transit to the destination. */
export async function shipTransfer(ctx: Ctx, input: { id: string; note?: string | null }) {
  const transfer = await loadInState(ctx, input.id, [TransferStatus.DRAFT], 'shipped');
  return ctx.em.transactional(async (tx) => {
    for (const line of transfer.lines) {
      await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: transfer.fromWarehouse.id, type: MovementType.TRANSFER_OUT, quantity: -line.quantity, referenceType: 'Transfer', referenceId: transfer.code });
      await addInTransit(tx, line.sku.id, transfer.toWarehouse.id, line.quantity);
    }
    transfer.status = TransferStatus.SHIPPED;
    tx.persist(transfer);
    recordTransition(ctx, tx, { type: 'Transfer', id: transfer.id }, TransferStatus.DRAFT, TransferStatus.SHIPPED, input.note);
    audit(ctx, tx, { operation: 'shipTransfer', entityType: 'Transfer', entityId: transfer.id, summary: `${transfer.code} shipped` });
    return { transfer };
  });
}

/** Shipped → received: what arrived enters the destination; a shortfall stays recorded as the line's variance. */
export async function receiveTransfer(ctx: Ctx, input: { id: string; lines: { lineId: string; receivedQuantity: number }[]; note?: string | null }) {
  const transfer = await loadInState(ctx, input.id, [TransferStatus.SHIPPED], 'received');
  const byId = new Map(transfer.lines.getItems().map((l) => [String(l.id), l]));
  const check = new Check();
  for (const [i, entry] of (input.lines ?? []).entries()) {
    const line = byId.get(entry.lineId);
    if (!line) check.add(`lines.${i}.lineId`, 'Not a line of this transfer', 'NOT_FOUND');
    else check.when(!Number.isInteger(entry.receivedQuantity) || entry.receivedQuantity < 0 || entry.receivedQuantity > line.quantity, `lines.${i}.receivedQuantity`, `Received must be between 0 and the ${line.quantity} sent`);
  }
  const given = new Set((input.lines ?? []).map((l) => l.lineId));
  check.when(given.size !== byId.size || [...byId.keys()].some((id) => !given.has(id)), 'lines', 'Give the received quantity of every line');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const shortfalls: string[] = [];
    for (const entry of input.lines) {
      const line = byId.get(entry.lineId)!;
      line.receivedQuantity = entry.receivedQuantity;
      await addInTransit(tx, line.sku.id, transfer.toWarehouse.id, -line.quantity);
      if (entry.receivedQuantity > 0) {
        await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId: transfer.toWarehouse.id, type: MovementType.TRANSFER_IN, quantity: entry.receivedQuantity, referenceType: 'Transfer', referenceId: transfer.code });
      }
      if (entry.receivedQuantity < line.quantity) shortfalls.push(`${line.sku.getEntity().code} short ${line.quantity - entry.receivedQuantity}`);
    }
    transfer.status = TransferStatus.RECEIVED;
    tx.persist(transfer);
    const note = [input.note?.trim(), shortfalls.length ? `Variance: ${shortfalls.join(', ')}` : null].filter(Boolean).join(' — ') || null;
    recordTransition(ctx, tx, { type: 'Transfer', id: transfer.id }, TransferStatus.SHIPPED, TransferStatus.RECEIVED, note);
    audit(ctx, tx, { operation: 'receiveTransfer', entityType: 'Transfer', entityId: transfer.id, summary: `${transfer.code} received${shortfalls.length ? `; ${shortfalls.join(', ')}` : ' in full'}` });
    return { transfer };
  });
}

async function simpleTransition(ctx: Ctx, input: { id: string; note?: string | null }, from: TransferStatus, to: TransferStatus, operation: string, verb: string) {
  const transfer = await loadInState(ctx, input.id, [from], verb);
  return ctx.em.transactional(async (tx) => {
    transfer.status = to;
    tx.persist(transfer);
    recordTransition(ctx, tx, { type: 'Transfer', id: transfer.id }, from, to, input.note);
    audit(ctx, tx, { operation, entityType: 'Transfer', entityId: transfer.id, summary: `${transfer.code} ${to.toLowerCase()}${input.note ? `: ${input.note}` : ''}` });
    return { transfer };
  });
}

export const closeTransfer = (ctx: Ctx, input: { id: string; note?: string | null }) => simpleTransition(ctx, input, TransferStatus.RECEIVED, TransferStatus.CLOSED, 'closeTransfer', 'closed');
export const cancelTransfer = (ctx: Ctx, input: { id: string; note?: string | null }) => simpleTransition(ctx, input, TransferStatus.DRAFT, TransferStatus.CANCELLED, 'cancelTransfer', 'cancelled');
