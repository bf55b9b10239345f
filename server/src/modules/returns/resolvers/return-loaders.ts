import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { Refund } from '../entities/refund.entity.js';
import { ReturnInspection } from '../entities/return-inspection.entity.js';
import { ReturnRequest, ReturnRequestLine } from '../entities/return-request.entity.js';

function group<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** Batched per page of requests, so a list costs the same number of queries at 10 rows and 100. */
export const linesLoader = (ctx: Ctx) => loader<number, ReturnRequestLine[]>(ctx, 'return.lines', async (ids) =>
  group(await ctx.em.find(ReturnRequestLine, { request: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (l) => l.request.id), []);

export const inspectionsLoader = (ctx: Ctx) => loader<number, ReturnInspection[]>(ctx, 'return.inspections', async (ids) =>
  group(await ctx.em.find(ReturnInspection, { request: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (i) => i.request.id), []);

export const refundsLoader = (ctx: Ctx) => loader<number, Refund[]>(ctx, 'return.refunds', async (ids) =>
  group(await ctx.em.find(Refund, { returnRequest: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (r) => r.returnRequest.id), []);

export const historyLoader = (ctx: Ctx, type: string) => loader<number, DocumentEvent[]>(ctx, `history.${type}`, async (ids) =>
  group(await ctx.em.find(DocumentEvent, { documentType: type, documentId: { $in: [...ids] } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] }), (e) => e.documentId), []);

/** The exchange request an order replaces goods for, by order id. */
export const replacementForLoader = (ctx: Ctx) => loader<number, ReturnRequest | null>(ctx, 'order.replacementFor', async (ids) =>
  new Map((await ctx.em.find(ReturnRequest, { exchangeOrder: { $in: [...ids] } })).map((r) => [r.exchangeOrder!.id, r])), null);
