import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerAssignment } from '../entities/customer-assignment.entity.js';
import { ContactLog } from '../entities/contact-log.entity.js';
import { CareType, ContactChannel, ContactDirection, ContactKind, ContactOutcome, CustomerStatus } from '../entities/enums.js';
import { assertOutsideQuietHours, DEFAULT_QUIET_HOURS, type QuietWindow } from './quiet-hours.js';
import { and, customerScope, defaultsToMine } from './scope.js';
import { now } from './clock.js';

/** Outbound calls and texts disturb; e-mail and chat do not, so only these respect quiet hours. */
export const INTRUSIVE_CHANNELS = new Set([ContactChannel.PHONE, ContactChannel.SMS]);
/** A contact time may be a little ahead of the server clock (clock skew), not more. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface ContactEntry {
  channel: ContactChannel;
  direction: ContactDirection;
  outcome: ContactOutcome;
  summary: string;
  at: Date;
  kind: ContactKind;
  careType?: CareType;
  referenceType?: string;
  referenceId?: string;
}

/** Checks a contact time: not in the future, and an outbound call or text not inside quiet hours. */
export function checkContactTime(ctx: Ctx, entry: Pick<ContactEntry, 'at' | 'channel' | 'direction'>, field: string, quietHours: QuietWindow[] = DEFAULT_QUIET_HOURS): void {
  if (entry.at.getTime() > now().getTime() + FUTURE_TOLERANCE_MS) throw UserError.of('INVALID', 'The contact time cannot be in the future', field);
  if (entry.direction === ContactDirection.OUTBOUND && INTRUSIVE_CHANNELS.has(entry.channel)) {
    assertOutsideQuietHours(entry.at, quietHours, ctx.config.shopTimezone, field, entry.channel === ContactChannel.SMS ? 'A text message' : 'A call');
  }
}

/**
 * Writes a contact-log row in the caller's transaction and applies it to the customer: a contact
 * made (any outcome but NOT_REACHED) at or after the current assignment meets the first-contact deadline.
 */
export async function recordContact(ctx: Ctx, em: EntityManager, customer: Customer, entry: ContactEntry): Promise<ContactLog> {
  const log = em.create(ContactLog, {
    customer, staff: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined, staffLabel: ctx.viewer?.label ?? 'system',
    kind: entry.kind, careType: entry.careType, channel: entry.channel, direction: entry.direction, outcome: entry.outcome,
    summary: entry.summary, at: entry.at, referenceType: entry.referenceType, referenceId: entry.referenceId, createdAt: now(),
  });
  em.persist(log);
  if (entry.outcome !== ContactOutcome.NOT_REACHED) {
    if (!customer.lastContactAt || customer.lastContactAt < entry.at) customer.lastContactAt = entry.at;
    if (customer.assignee && customer.assignedAt && !customer.firstContactAt && entry.at >= customer.assignedAt) {
      customer.firstContactAt = entry.at;
      await em.nativeUpdate(CustomerAssignment, { customer: customer.id, endedAt: null, firstContactAt: null }, { firstContactAt: entry.at });
    }
    em.persist(customer);
  }
  return log;
}

async function activeCustomer(ctx: Ctx, id: string): Promise<Customer> {
  const customer = await ctx.em.findOne(Customer, and<Customer>(customerScope(ctx), { id: Number(id) }));
  if (!customer) throw UserError.of('NOT_FOUND', 'No such customer', 'customerId');
  if (customer.status !== CustomerStatus.ACTIVE) throw UserError.of('WRONG_STATE', 'The customer was merged; log contacts on the record it was merged into', 'customerId');
  return customer;
}

function checkSummary(summary: string | null | undefined): string {
  const text = (summary ?? '').trim();
  new Check().when(!text, 'summary', 'Summary is required', 'REQUIRED').when(text.length > 4000, 'summary', 'Summary must be at most 4000 characters').throwIfAny();
  return text;
}

export async function logContact(ctx: Ctx, input: { customerId: string; channel: ContactChannel; direction: ContactDirection; outcome: ContactOutcome; summary: string; at?: Date | null }) {
  const summary = checkSummary(input.summary);
  const entry: ContactEntry = { ...input, summary, at: input.at ?? now(), kind: ContactKind.CONTACT };
  checkContactTime(ctx, entry, 'at');
  const customer = await activeCustomer(ctx, input.customerId);
  return ctx.em.transactional(async (tx) => {
    const contact = await recordContact(ctx, tx, customer, entry);
    await tx.flush();
    audit(ctx, tx, { operation: 'logContact', entityType: 'Customer', entityId: customer.id, summary: `${entry.direction.toLowerCase()} ${entry.channel.toLowerCase()} contact, ${entry.outcome.toLowerCase()}` });
    return { contact };
  });
}

/** A care action (festival greeting, exclusive offer…) is an outbound contact of kind CARE. */
export async function logCareAction(ctx: Ctx, input: { customerId: string; careType: CareType; channel: ContactChannel; summary: string; outcome?: ContactOutcome | null; at?: Date | null }) {
  const summary = checkSummary(input.summary);
  const entry: ContactEntry = { channel: input.channel, direction: ContactDirection.OUTBOUND, outcome: input.outcome ?? ContactOutcome.REACHED, summary, at: input.at ?? now(), kind: ContactKind.CARE, careType: input.careType };
  checkContactTime(ctx, entry, 'at');
  const customer = await activeCustomer(ctx, input.customerId);
  return ctx.em.transactional(async (tx) => {
    const contact = await recordContact(ctx, tx, customer, entry);
    await tx.flush();
    audit(ctx, tx, { operation: 'logCareAction', entityType: 'Customer', entityId: customer.id, summary: `care ${input.careType.toLowerCase()} by ${input.channel.toLowerCase()}` });
    return { contact };
  });
}

export interface ContactLogFilterInput { customerId?: string | null; staffId?: string | null; mine?: boolean | null; kind?: ContactKind | null; channel?: ContactChannel | null; from?: Date | null; to?: Date | null }

/** The contact log, newest first. Specialists see what they logged unless they name a customer or ask for all. */
export function listContactLogs(ctx: Ctx, args: PageArgs & { where?: ContactLogFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const scope = customerScope(ctx);
  const mine = !f.customerId && !f.staffId && defaultsToMine(ctx, f.mine);
  const where = and<ContactLog>(
    scope && { customer: scope },
    !!f.customerId && { customer: Number(f.customerId) },
    !!f.staffId && { staff: Number(f.staffId) },
    mine && { staff: ctx.viewer!.userId! },
    !!f.kind && { kind: f.kind },
    !!f.channel && { channel: f.channel },
    !!f.from && { at: { $gte: f.from } },
    !!f.to && { at: { $lt: f.to } },
  ) as FilterQuery<ContactLog>;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, ContactLog, { ...args, where, orderBy: [{ at: dir }, { id: dir }] as never });
}
