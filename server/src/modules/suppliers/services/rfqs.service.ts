import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { viewerOf } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay } from '../../../core/time.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { Rfq, RfqInvitation, RfqLine, RfqQuote, RfqStatus } from '../entities/rfq.entity.js';
import { SupplierProfile, SupplierStatus } from '../entities/supplier-profile.entity.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const today = (ctx: Ctx) => shopDay(new Date(), ctx.config.shopTimezone);
/** A quote is expired once its valid-until day has passed (shop-local). */
export const isExpired = (quote: RfqQuote, todayDay: string) => quote.validUntil < todayDay;

export interface RfqFilterInput { status?: RfqStatus | null; search?: string | null; supplierId?: string | null }

export async function listRfqs(ctx: Ctx, args: PageArgs & { where?: RfqFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<Rfq>[] = [];
  if (f.status) conditions.push({ status: f.status });
  if (f.search?.trim()) conditions.push({ $or: [{ code: contains(ctx.em, f.search) }, { title: contains(ctx.em, f.search) }] });
  if (f.supplierId) conditions.push({ invitations: { supplier: Number(f.supplierId) } });
  const own = partnerScope(ctx.viewer);
  if (own !== null) conditions.push({ invitations: { supplier: own } });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Rfq, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ id: dir }] as never });
}

/** One RFQ; a supplier token sees only RFQs it was invited to (and, through the field resolvers, only its own quotes). */
export function getRfq(ctx: Ctx, id: string) {
  const own = partnerScope(ctx.viewer);
  return ctx.em.findOne(Rfq, own === null ? { id: Number(id) } : { id: Number(id), invitations: { supplier: own } });
}

/** Suppliers that may be asked to quote: supplier partners, active, not suspended or blacklisted. */
async function checkSuppliers(ctx: Ctx, check: Check, ids: number[], field: string) {
  check.when(new Set(ids).size !== ids.length, field, 'Each supplier may appear once');
  const partners = ids.length ? await ctx.em.find(Partner, { id: { $in: ids }, type: PartnerType.SUPPLIER }) : [];
  check.when(partners.length !== new Set(ids).size, field, 'One or more suppliers do not exist', 'NOT_FOUND');
  const profiles = ids.length ? await ctx.em.find(SupplierProfile, { partner: { $in: ids } }) : [];
  for (const p of partners) {
    const status = profiles.find((x) => x.partner.id === p.id)?.status;
    check.when(!p.active, field, `${p.code} is inactive`);
    check.when(status === SupplierStatus.SUSPENDED || status === SupplierStatus.BLACKLISTED, field, `${p.code} is ${status?.toLowerCase()}`, 'SUPPLIER_BLOCKED');
  }
  return partners;
}

export interface CreateRfqInput { title: string; replyBy?: string | null; note?: string | null; lines: { skuId: string; quantity: number }[]; supplierIds: string[] }

export async function createRfq(ctx: Ctx, input: CreateRfqInput) {
  const check = new Check().when(!input.title?.trim(), 'title', 'Title is required', 'REQUIRED').when((input.title ?? '').length > 200, 'title', 'At most 200 characters');
  check.when(!!input.replyBy && !DAY.test(input.replyBy), 'replyBy', 'Give a day as YYYY-MM-DD');
  check.when(!input.lines?.length, 'lines', 'Add at least one line', 'REQUIRED');
  const skuIds = (input.lines ?? []).map((l) => Number(l.skuId));
  check.when(new Set(skuIds).size !== skuIds.length, 'lines', 'Each SKU may appear once');
  (input.lines ?? []).forEach((l, i) => check.when(!Number.isInteger(l.quantity) || l.quantity < 1, `lines.${i}.quantity`, 'Quantity must be a whole number ≥ 1'));
  const skus = skuIds.length ? await ctx.em.find(Sku, { id: { $in: skuIds } }) : [];
  check.when(skus.length !== new Set(skuIds).size, 'lines', 'One or more SKUs do not exist', 'NOT_FOUND');
  const partners = await checkSuppliers(ctx, check, (input.supplierIds ?? []).map(Number), 'supplierIds');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const rfq = tx.create(Rfq, {
      code: await nextDocumentCode(tx, Rfq, 'RFQ', ctx.config.shopTimezone), title: input.title.trim(), replyBy: input.replyBy ?? undefined,
      note: input.note?.trim() || undefined, createdBy: tx.getReference(User, viewerOf(ctx).userId!), status: RfqStatus.DRAFT,
    });
    for (const l of input.lines) rfq.lines.add(tx.create(RfqLine, { rfq, sku: tx.getReference(Sku, Number(l.skuId)), quantity: l.quantity }));
    for (const p of partners) rfq.invitations.add(tx.create(RfqInvitation, { rfq, supplier: p }));
    tx.persist(rfq);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'Rfq', id: rfq.id }, null, RfqStatus.DRAFT, input.note);
    audit(ctx, tx, { operation: 'createRfq', entityType: 'Rfq', entityId: rfq.id, summary: `${rfq.code}: ${input.lines.length} line(s) to ${partners.map((p) => p.code).join(', ') || 'no supplier yet'}` });
    return { rfq };
  });
}

async function loadRfq(ctx: Ctx, id: string, allowed: RfqStatus[], action: string) {
  const rfq = await ctx.em.findOne(Rfq, Number(id), { populate: ['lines', 'lines.quotes', 'invitations'] });
  if (!rfq) throw UserError.of('NOT_FOUND', 'No such request for quotation', 'id');
  if (!allowed.includes(rfq.status)) throw UserError.of('WRONG_STATE', `A ${rfq.status.toLowerCase()} RFQ cannot be ${action}`, 'id');
  return rfq;
}

async function transition(ctx: Ctx, rfq: Rfq, to: RfqStatus, operation: string, note?: string | null) {
  const from = rfq.status;
  return ctx.em.transactional(async (tx) => {
    rfq.status = to;
    tx.persist(rfq);
    recordTransition(ctx, tx, { type: 'Rfq', id: rfq.id }, from, to, note);
    audit(ctx, tx, { operation, entityType: 'Rfq', entityId: rfq.id, summary: `${rfq.code} ${from} → ${to}${note ? `: ${note}` : ''}` });
    return { rfq };
  });
}

/** Draft → sent: needs at least one invited supplier, all still allowed to quote. */
export async function sendRfq(ctx: Ctx, input: { id: string; note?: string | null }) {
  const rfq = await loadRfq(ctx, input.id, [RfqStatus.DRAFT], 'sent');
  const check = new Check().when(rfq.invitations.count() === 0, 'id', 'Invite at least one supplier first', 'REQUIRED');
  await checkSuppliers(ctx, check, rfq.invitations.getItems().map((i) => i.supplier.id), 'id');
  check.throwIfAny();
  return transition(ctx, rfq, RfqStatus.SENT, 'sendRfq', input.note);
}

export const closeRfq = async (ctx: Ctx, input: { id: string; note?: string | null }) =>
  transition(ctx, await loadRfq(ctx, input.id, [RfqStatus.SENT], 'closed'), RfqStatus.CLOSED, 'closeRfq', input.note);
export const cancelRfq = async (ctx: Ctx, input: { id: string; note?: string | null }) =>
  transition(ctx, await loadRfq(ctx, input.id, [RfqStatus.DRAFT, RfqStatus.SENT], 'cancelled'), RfqStatus.CANCELLED, 'cancelRfq', input.note);

export interface QuoteLineInput { lineId: string; unitPrice: number; leadTimeDays: number; minOrderQuantity: number; validUntil: string; note?: string | null }

/** Records (or replaces) an invited supplier's quotes on some lines of a sent RFQ. */
export async function recordRfqQuotes(ctx: Ctx, input: { rfqId: string; supplierId: string; lines: QuoteLineInput[] }) {
  const rfq = await loadRfq(ctx, input.rfqId, [RfqStatus.SENT], 'quoted on');
  const supplierId = Number(input.supplierId);
  if (!rfq.invitations.getItems().some((i) => i.supplier.id === supplierId)) throw UserError.of('NOT_INVITED', 'This supplier was not asked to quote', 'supplierId');
  const lines = new Map(rfq.lines.getItems().map((l) => [String(l.id), l]));
  const check = new Check().when(!input.lines?.length, 'lines', 'Quote at least one line', 'REQUIRED');
  (input.lines ?? []).forEach((q, i) => {
    check.when(!lines.has(q.lineId), `lines.${i}.lineId`, 'Not a line of this RFQ', 'NOT_FOUND');
    check.when(!Number.isInteger(q.unitPrice) || q.unitPrice < 0, `lines.${i}.unitPrice`, 'Price must be a whole number of fen, ≥ 0');
    check.when(!Number.isInteger(q.leadTimeDays) || q.leadTimeDays < 0 || q.leadTimeDays > 365, `lines.${i}.leadTimeDays`, 'Lead time must be 0–365 days');
    check.when(!Number.isInteger(q.minOrderQuantity) || q.minOrderQuantity < 1, `lines.${i}.minOrderQuantity`, 'MOQ must be a whole number ≥ 1');
    check.when(!DAY.test(q.validUntil ?? ''), `lines.${i}.validUntil`, 'Give a day as YYYY-MM-DD');
  });
  check.when(new Set((input.lines ?? []).map((q) => q.lineId)).size !== (input.lines ?? []).length, 'lines', 'Each line may be quoted once');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    for (const q of input.lines) {
      const line = lines.get(q.lineId)!;
      const quote = line.quotes.getItems().find((x) => x.supplier.id === supplierId) ?? tx.create(RfqQuote, { line, supplier: tx.getReference(Partner, supplierId), unitPrice: q.unitPrice, leadTimeDays: q.leadTimeDays, minOrderQuantity: q.minOrderQuantity, validUntil: q.validUntil });
      Object.assign(quote, { unitPrice: q.unitPrice, leadTimeDays: q.leadTimeDays, minOrderQuantity: q.minOrderQuantity, validUntil: q.validUntil, note: q.note?.trim() || undefined });
      tx.persist(quote);
    }
    await tx.flush();
    audit(ctx, tx, { operation: 'recordRfqQuotes', entityType: 'Rfq', entityId: rfq.id, summary: `${rfq.code}: supplier ${supplierId} quoted ${input.lines.length} line(s)` });
    return { rfq };
  });
}

export interface AwardInput { id: string; supplierId?: string | null; lines?: { lineId: string; supplierId: string }[] | null; negotiationNotes?: string | null }

/**
 * Awards lines to suppliers: either one supplier for every line (`supplierId`) or per line (`lines`).
 * Each chosen quote must exist and still be valid. When every line is awarded the RFQ is AWARDED;
 * otherwise it stays SENT for the rest.
 */
export async function awardRfq(ctx: Ctx, input: AwardInput) {
  const rfq = await loadRfq(ctx, input.id, [RfqStatus.SENT], 'awarded');
  const check = new Check().when(!input.supplierId === !input.lines?.length, null, 'Give either supplierId (whole RFQ) or lines (per line)', 'INVALID');
  check.throwIfAny();
  const choices = input.supplierId
    ? rfq.lines.getItems().map((l) => ({ lineId: String(l.id), supplierId: input.supplierId! }))
    : input.lines!;
  const lines = new Map(rfq.lines.getItems().map((l) => [String(l.id), l]));
  const todayDay = today(ctx);
  const chosen: { line: RfqLine; quote: RfqQuote }[] = [];
  choices.forEach((c, i) => {
    const field = input.supplierId ? 'supplierId' : `lines.${i}`;
    const line = lines.get(c.lineId);
    if (!line) return void check.add(`${field}.lineId`, 'Not a line of this RFQ', 'NOT_FOUND');
    const quote = line.quotes.getItems().find((q) => q.supplier.id === Number(c.supplierId));
    if (!quote) return void check.add(field, `No quote from this supplier for line ${c.lineId}`, 'NO_QUOTE');
    if (isExpired(quote, todayDay)) return void check.add(field, `The quote for line ${c.lineId} expired on ${quote.validUntil}`, 'QUOTE_EXPIRED');
    chosen.push({ line, quote });
  });
  check.when(new Set(choices.map((c) => c.lineId)).size !== choices.length, 'lines', 'Each line may be awarded once');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    for (const { line, quote } of chosen) for (const q of line.quotes.getItems()) q.awarded = q === quote;
    if (input.negotiationNotes?.trim()) rfq.negotiationNotes = [rfq.negotiationNotes, input.negotiationNotes.trim()].filter(Boolean).join('\n');
    const complete = rfq.lines.getItems().every((l) => l.quotes.getItems().some((q) => q.awarded));
    const from = rfq.status;
    if (complete) rfq.status = RfqStatus.AWARDED;
    tx.persist(rfq);
    if (complete) recordTransition(ctx, tx, { type: 'Rfq', id: rfq.id }, from, RfqStatus.AWARDED, input.negotiationNotes);
    audit(ctx, tx, { operation: 'awardRfq', entityType: 'Rfq', entityId: rfq.id, summary: `${rfq.code}: ${chosen.map(({ line, quote }) => `line ${line.id} → supplier ${quote.supplier.id} at ${quote.unitPrice} fen`).join('; ')}` });
    return { rfq };
  });
}
