import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerStatus } from '../../customers/entities/enums.js';
import { and, customerScope, defaultsToMine } from '../../customers/services/scope.js';
import { now } from '../../customers/services/clock.js';
import { UnclosedPurchase } from '../entities/unclosed-purchase.entity.js';
import { IntentLevel, UnclosedReason, UnclosedStatus } from '../entities/enums.js';

/** Registers a buyer who asked but did not buy (未成交登记), with the reason and the next follow-up. */
export async function registerUnclosed(ctx: Ctx, input: { customerId: string; productInterest: string; reason: UnclosedReason; reasonNote?: string | null; intent: IntentLevel; askedAt?: Date | null; nextFollowUpAt?: Date | null }) {
  const check = new Check()
    .require('productInterest', input.productInterest?.trim(), 'What the buyer asked about')
    .when((input.productInterest ?? '').length > 200, 'productInterest', 'At most 200 characters')
    .when(!!input.askedAt && input.askedAt.getTime() > now().getTime() + 5 * 60_000, 'askedAt', 'Cannot be in the future');
  const customer = await ctx.em.findOne(Customer, and<Customer>(customerScope(ctx), { id: Number(input.customerId) }));
  check.when(!customer, 'customerId', 'No such customer', 'NOT_FOUND').when(!!customer && customer.status !== CustomerStatus.ACTIVE, 'customerId', 'The customer was merged', 'WRONG_STATE');
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const entry = tx.create(UnclosedPurchase, {
      customer: customer!, staff: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined, askedAt: input.askedAt ?? now(),
      productInterest: input.productInterest.trim(), reason: input.reason, reasonNote: input.reasonNote?.trim() || undefined, intent: input.intent,
      nextFollowUpAt: input.nextFollowUpAt ?? undefined, status: UnclosedStatus.OPEN,
    });
    tx.persist(entry);
    await tx.flush();
    audit(ctx, tx, { operation: 'registerUnclosedPurchase', entityType: 'UnclosedPurchase', entityId: entry.id, summary: `customer #${customer!.id}: ${entry.productInterest} (${entry.reason}, intent ${entry.intent})` });
    return { unclosedPurchase: entry };
  });
}

/** Records a follow-up: a note, and optionally the outcome (converted or lost), a new intent or the next date. */
export async function followUpUnclosed(ctx: Ctx, input: { id: string; note: string; status?: UnclosedStatus | null; intent?: IntentLevel | null; nextFollowUpAt?: Date | null }) {
  const entry = await ctx.em.findOne(UnclosedPurchase, Number(input.id));
  if (!entry) throw UserError.of('NOT_FOUND', 'No such unclosed purchase', 'id');
  if (entry.status !== UnclosedStatus.OPEN) throw UserError.of('WRONG_STATE', `A ${entry.status.toLowerCase()} entry is finished`, 'id');
  new Check().require('note', input.note?.trim(), 'A follow-up note').throwIfAny();
  const at = now();
  Object.assign(entry, { followUpNote: input.note.trim(), lastFollowUpAt: at, followUpCount: entry.followUpCount + 1 });
  if (input.status) entry.status = input.status;
  if (input.intent) entry.intent = input.intent;
  if (input.nextFollowUpAt !== undefined) entry.nextFollowUpAt = input.nextFollowUpAt ?? (null as never);
  if (entry.status !== UnclosedStatus.OPEN) entry.nextFollowUpAt = null as never;
  return ctx.em.transactional(async (tx) => {
    tx.persist(entry);
    audit(ctx, tx, { operation: 'followUpUnclosedPurchase', entityType: 'UnclosedPurchase', entityId: entry.id, summary: `follow-up ${entry.followUpCount}: ${entry.status}${input.intent ? `, intent ${input.intent}` : ''}` });
    return { unclosedPurchase: entry };
  });
}

export interface UnclosedFilterInput { status?: UnclosedStatus | null; intent?: IntentLevel | null; intentBuyersOnly?: boolean | null; reason?: UnclosedReason | null; customerId?: string | null; staffId?: string | null; mine?: boolean | null; followUpDue?: boolean | null; from?: Date | null; to?: Date | null }

/** The register; intent buyers are open entries with HIGH intent. Specialists see their own entries by default. */
export function listUnclosed(ctx: Ctx, args: PageArgs & { where?: UnclosedFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const scope = customerScope(ctx);
  const mine = !f.customerId && !f.staffId && defaultsToMine(ctx, f.mine);
  const where = and<UnclosedPurchase>(
    scope && { customer: scope },
    !!f.status && { status: f.status },
    !!f.intent && { intent: f.intent },
    f.intentBuyersOnly === true && { intent: IntentLevel.HIGH, status: UnclosedStatus.OPEN },
    !!f.reason && { reason: f.reason },
    !!f.customerId && { customer: Number(f.customerId) },
    !!f.staffId && { staff: Number(f.staffId) },
    mine && { staff: ctx.viewer!.userId! },
    f.followUpDue === true && { status: UnclosedStatus.OPEN, nextFollowUpAt: { $lte: now() } },
    !!f.from && { askedAt: { $gte: f.from } },
    !!f.to && { askedAt: { $lt: f.to } },
  ) as FilterQuery<UnclosedPurchase>;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, UnclosedPurchase, { ...args, where, orderBy: [{ askedAt: dir }, { id: dir }] as never });
}
