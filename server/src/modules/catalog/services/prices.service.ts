import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { paginate, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { PriceChange, PriceChangeStatus, PriceKind } from '../entities/price-change.entity.js';
import { PriceHistory } from '../entities/price-history.entity.js';
import { Sku } from '../entities/sku.entity.js';
import { MAX_FEN, fenToYuan } from './money.js';

const DOC = 'PriceChange';
const slotOf = (skuId: number, kind: PriceKind) => `${skuId}:${kind}`;
const priceOf = (sku: Sku, kind: PriceKind) => (kind === PriceKind.PRICE ? sku.priceFen : sku.vipPriceFen ?? null);
const yuan = (fen: number | null | undefined) => (fen == null ? 'none' : `¥${fenToYuan(fen)}`);

/** Price decisions are tied to a person (four-eyes), so API tokens cannot take part. */
function staffId(ctx: Ctx): number {
  const id = ctx.viewer?.userId;
  if (!id) throw UserError.of('FORBIDDEN', 'Only a staff account can propose or decide price changes');
  return id;
}

export interface PriceChangeFilterInput { status?: PriceChangeStatus | null; skuId?: string | null; proposedById?: string | null }

/** The approval queue and the record of past decisions: oldest first when PENDING (first come, first decided), else newest first. */
export function listPriceChanges(ctx: Ctx, args: PageArgs & { where?: PriceChangeFilterInput | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<PriceChange> = {};
  if (f.status) where.status = f.status;
  if (f.skuId) where.sku = Number(f.skuId);
  if (f.proposedById) where.proposedBy = Number(f.proposedById);
  const dir = f.status === PriceChangeStatus.PENDING ? 'asc' : 'desc';
  return paginate(ctx.em, PriceChange, { ...args, where, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}

export function priceHistoryOf(ctx: Ctx, skuId: string): Promise<PriceHistory[]> {
  return ctx.em.find(PriceHistory, { sku: Number(skuId) }, { orderBy: { at: 'desc', id: 'desc' } });
}

export async function proposePriceChange(ctx: Ctx, input: { skuId: string; kind: PriceKind; proposedFen: number; reason: string }) {
  const userId = staffId(ctx);
  try {
    return await ctx.em.transactional(async (tx) => {
      const sku = await tx.findOne(Sku, Number(input.skuId));
      if (!sku) throw UserError.of('NOT_FOUND', 'No such SKU', 'skuId');
      const current = priceOf(sku, input.kind);
      const check = new Check()
        .require('reason', input.reason, 'A reason')
        .when((input.reason ?? '').length > 1000, 'reason', 'Reason must be at most 1,000 characters')
        .when(!Number.isInteger(input.proposedFen) || input.proposedFen < 0 || input.proposedFen > MAX_FEN, 'proposedFen', `The price must be a whole number of fen from 0 to ${MAX_FEN}`)
        .when(input.proposedFen === current, 'proposedFen', 'That is the current price')
        .when(input.kind === PriceKind.VIP && input.proposedFen > sku.priceFen, 'proposedFen', `The VIP price cannot be above the price (${yuan(sku.priceFen)})`);
      check.throwIfAny();
      if (await tx.count(PriceChange, { pendingSlot: slotOf(sku.id, input.kind) })) {
        throw UserError.of('CONFLICT', 'A change of this price is already waiting for approval; cancel it or wait for the decision', 'skuId');
      }
      const change = tx.create(PriceChange, {
        sku, kind: input.kind, currentFen: current ?? undefined, proposedFen: input.proposedFen, reason: input.reason.trim(),
        status: PriceChangeStatus.PENDING, pendingSlot: slotOf(sku.id, input.kind), proposedBy: tx.getReference(User, userId),
      });
      await tx.flush();
      recordTransition(ctx, tx, { type: DOC, id: change.id }, null, PriceChangeStatus.PENDING, change.reason);
      audit(ctx, tx, { operation: 'proposePriceChange', entityType: DOC, entityId: change.id, summary: `${sku.code} ${input.kind}: ${yuan(current)} → ${yuan(input.proposedFen)}; ${change.reason}` });
      return { priceChange: change };
    });
  } catch (error) {
    // Two proposals at once: the pending-slot unique constraint lets one win.
    if (error instanceof UniqueConstraintViolationException) throw UserError.of('CONFLICT', 'A change of this price is already waiting for approval', 'skuId');
    throw error;
  }
}

type Decision = PriceChangeStatus.APPROVED | PriceChangeStatus.REJECTED | PriceChangeStatus.CANCELLED;

/**
 * Moves a pending change to its decision. The status is changed by a conditional update
 * (`where status = PENDING`), so two deciders at once cannot both succeed.
 */
async function decide(ctx: Ctx, input: { id: string; note?: string | null }, to: Decision) {
  const userId = staffId(ctx);
  return ctx.em.transactional(async (tx) => {
    const change = await tx.findOne(PriceChange, Number(input.id), { populate: ['sku'] });
    if (!change) throw UserError.of('NOT_FOUND', 'No such price change', 'id');
    const note = input.note?.trim() || null;
    if (change.status !== PriceChangeStatus.PENDING) throw UserError.of('WRONG_STATE', `This price change is already ${change.status}`, 'id');
    const own = change.proposedBy.id === userId;
    if (to === PriceChangeStatus.CANCELLED && !own) throw UserError.of('FORBIDDEN', 'Only the proposer can cancel a price change', 'id');
    if (to !== PriceChangeStatus.CANCELLED && own) throw UserError.of('SELF_APPROVAL', 'You cannot decide your own price change; another manager must', 'id');
    if (to === PriceChangeStatus.REJECTED && !note) throw UserError.of('REQUIRED', 'Say why the change is rejected', 'note');

    const sku = change.sku.getEntity();
    const decidedAt = new Date();
    const updated = await tx.nativeUpdate(PriceChange, { id: change.id, status: PriceChangeStatus.PENDING }, {
      status: to, pendingSlot: null, decidedBy: userId, decidedAt, decisionNote: note, updatedAt: decidedAt,
    } as never);
    if (updated !== 1) throw UserError.of('WRONG_STATE', 'This price change was decided by someone else meanwhile', 'id');
    await tx.refresh(change); // the row was written by the conditional update; read it back for the payload

    let summary = `${sku.code} ${change.kind} ${yuan(change.proposedFen)}: ${to}`;
    if (to === PriceChangeStatus.APPROVED) {
      const old = priceOf(sku, change.kind);
      if (change.kind === PriceKind.VIP && change.proposedFen > sku.priceFen) {
        throw UserError.of('CONFLICT', `The VIP price would be above the current price (${yuan(sku.priceFen)})`, 'id');
      }
      if (change.kind === PriceKind.PRICE) sku.priceFen = change.proposedFen;
      else sku.vipPriceFen = change.proposedFen;
      tx.create(PriceHistory, {
        sku, kind: change.kind, oldFen: old ?? undefined, newFen: change.proposedFen, priceChange: change,
        changedBy: tx.getReference(User, userId), changedByLabel: ctx.viewer!.label,
      });
      summary = `${sku.code} ${change.kind}: ${yuan(old)} → ${yuan(change.proposedFen)} approved`;
    }
    recordTransition(ctx, tx, { type: DOC, id: change.id }, PriceChangeStatus.PENDING, to, note);
    audit(ctx, tx, { operation: `${to === PriceChangeStatus.APPROVED ? 'approve' : to === PriceChangeStatus.REJECTED ? 'reject' : 'cancel'}PriceChange`, entityType: DOC, entityId: change.id, summary: note ? `${summary}; ${note}` : summary });
    return { priceChange: change };
  });
}

export const approvePriceChange = (ctx: Ctx, input: { id: string; note?: string | null }) => decide(ctx, input, PriceChangeStatus.APPROVED);
export const rejectPriceChange = (ctx: Ctx, input: { id: string; note?: string | null }) => decide(ctx, input, PriceChangeStatus.REJECTED);
export const cancelPriceChange = (ctx: Ctx, input: { id: string; note?: string | null }) => decide(ctx, input, PriceChangeStatus.CANCELLED);
