import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { Shipment } from '../../shipping/entities/shipment.entity.js';
import { Payment } from '../entities/payment.entity.js';
import { ORDER_DOC } from '../services/order-state.js';

/** Groups rows by a numeric key. */
function group<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** An order's waybills, batched across a page of orders. */
export const shipmentsLoader = (ctx: Ctx) => loader<number, Shipment[]>(ctx, 'order.shipments', async (ids) =>
  group(await ctx.em.find(Shipment, { order: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (s) => s.order.id), []);

/** An order's payments and refunds, batched. */
export const paymentsLoader = (ctx: Ctx) => loader<number, Payment[]>(ctx, 'order.payments', async (ids) =>
  group(await ctx.em.find(Payment, { order: { $in: [...ids] } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (p) => p.order.id), []);

/** An order's timeline, oldest first, batched. */
export const timelineLoader = (ctx: Ctx) => loader<number, DocumentEvent[]>(ctx, 'order.timeline', async (ids) =>
  group(await ctx.em.find(DocumentEvent, { documentType: ORDER_DOC, documentId: { $in: [...ids] } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (e) => e.documentId), []);
