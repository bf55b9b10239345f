import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check } from '../../../core/errors.js';
import { likePattern, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay } from '../../../core/time.js';
import { User } from '../../identity/entities/user.entity.js';
import { LedgerCategory, LedgerDirection, LedgerEntry } from '../entities/ledger-entry.entity.js';

/** Categories whose direction is fixed; the others default to the direction given here. */
const FIXED: Partial<Record<LedgerCategory, LedgerDirection>> = {
  [LedgerCategory.SALES]: LedgerDirection.INCOME,
  [LedgerCategory.REFUND]: LedgerDirection.EXPENSE,
  [LedgerCategory.SHIPPING_COST]: LedgerDirection.EXPENSE,
  [LedgerCategory.PURCHASE_PAYMENT]: LedgerDirection.EXPENSE,
};
const DEFAULT_DIRECTION: Partial<Record<LedgerCategory, LedgerDirection>> = { [LedgerCategory.AGENT_FEE]: LedgerDirection.INCOME };

/** One million yuan: far above any single entry of this shop. */
export const MAX_ENTRY_FEN = 100_000_000;

export interface LedgerPosting {
  category: LedgerCategory;
  direction?: LedgerDirection | null;
  amountFen: number;
  reference?: string | null;
  sourceType?: string;
  sourceId?: string;
  note?: string | null;
  occurredAt?: Date | null;
}

/** The direction an entry takes, or an error message when the category forbids the one asked for. */
export function directionOf(category: LedgerCategory, asked?: LedgerDirection | null): LedgerDirection | string {
  const fixed = FIXED[category];
  if (fixed) return asked && asked !== fixed ? `${category} entries are always ${fixed.toLowerCase()}` : fixed;
  return asked ?? DEFAULT_DIRECTION[category] ?? 'Say whether this entry is income or expense';
}

/**
 * Writes one entry in the caller's transaction. Payments, refunds and shipments call this;
 * so does the manual entry form. The business day is fixed when it is written.
 */
export function postLedgerEntry(ctx: Ctx, em: EntityManager, posting: LedgerPosting): LedgerEntry {
  const direction = directionOf(posting.category, posting.direction);
  if (!Object.values(LedgerDirection).includes(direction as LedgerDirection)) throw new Error(String(direction));
  const occurredAt = posting.occurredAt ?? new Date();
  const entry = em.create(LedgerEntry, {
    direction: direction as LedgerDirection, category: posting.category, amountFen: posting.amountFen,
    reference: posting.reference?.trim() || undefined, sourceType: posting.sourceType, sourceId: posting.sourceId,
    note: posting.note?.trim() || undefined,
    actor: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined,
    actorLabel: ctx.viewer?.label ?? 'system', occurredAt, businessDay: shopDay(occurredAt, ctx.config.shopTimezone),
  });
  em.persist(entry);
  return entry;
}

/** A manual entry: shipping costs, supplier payments, agent fees and other income or expense. */
export async function recordLedgerEntry(ctx: Ctx, input: LedgerPosting) {
  const check = new Check()
    .when(!Number.isInteger(input.amountFen) || input.amountFen < 1 || input.amountFen > MAX_ENTRY_FEN, 'amountFen', 'Amount must be a whole number of fen, at least 1')
    .when((input.reference ?? '').length > 80, 'reference', 'Reference must be at most 80 characters')
    .when(!!input.occurredAt && input.occurredAt.getTime() > Date.now() + 60_000, 'occurredAt', 'The time cannot be in the future');
  const direction = directionOf(input.category, input.direction);
  if (!Object.values(LedgerDirection).includes(direction as LedgerDirection)) check.add('direction', direction, input.direction ? 'INVALID' : 'REQUIRED');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const entry = postLedgerEntry(ctx, tx, { ...input, sourceType: 'Manual' });
    await tx.flush();
    audit(ctx, tx, { operation: 'recordLedgerEntry', entityType: 'LedgerEntry', entityId: entry.id, summary: `${entry.direction} ${entry.category} ${entry.amountFen} fen${entry.reference ? ` ref ${entry.reference}` : ''}` });
    return { entry };
  });
}

export interface LedgerFilterInput {
  direction?: LedgerDirection | null;
  category?: LedgerCategory | null;
  fromDay?: string | null;
  toDay?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
  search?: string | null;
}

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function ledgerWhere(f: LedgerFilterInput): FilterQuery<LedgerEntry> {
  const and: FilterQuery<LedgerEntry>[] = [];
  if (f.direction) and.push({ direction: f.direction });
  if (f.category) and.push({ category: f.category });
  if (f.fromDay && DAY.test(f.fromDay)) and.push({ businessDay: { $gte: f.fromDay } });
  if (f.toDay && DAY.test(f.toDay)) and.push({ businessDay: { $lte: f.toDay } });
  if (f.sourceType) and.push({ sourceType: f.sourceType });
  if (f.sourceId) and.push({ sourceId: f.sourceId });
  if (f.search?.trim()) and.push({ $or: [{ reference: { $like: likePattern(f.search) } }, { note: { $like: likePattern(f.search) } }, { sourceId: { $like: likePattern(f.search) } }] });
  return and.length ? { $and: and } : {};
}

export function listLedgerEntries(ctx: Ctx, args: PageArgs & { where?: LedgerFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, LedgerEntry, { ...args, where: ledgerWhere(args.where ?? {}), orderBy: [{ occurredAt: dir }, { id: dir }] as never });
}
