import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { can } from '../../../core/auth/viewer.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { ContactChannel, ContactDirection, ContactKind, ContactOutcome, CustomerStatus } from '../../customers/entities/enums.js';
import { normalisePhone } from '../../customers/services/normalise.js';
import { distributionPool, pickBalanced } from '../../customers/services/specialists.js';
import { checkContactTime, recordContact } from '../../customers/services/contacts.service.js';
import { and, defaultsToMine, isPartnerCaller } from '../../customers/services/scope.js';
import { now } from '../../customers/services/clock.js';
import { Lead, LeadList } from '../entities/lead-list.entity.js';
import { LeadListStatus, LeadOutcome, RefusalReason } from '../entities/enums.js';

const MAX_LEADS = 5000;
const FINAL = [LeadOutcome.CONVERTED, LeadOutcome.REFUSED, LeadOutcome.INVALID];

/**
 * A telemarketing list (数据清单) for a campaign. Leads are de-duplicated by phone, linked to an
 * existing customer with the same phone, and spread across the specialists (named, or the pool).
 */
export async function createLeadList(ctx: Ctx, input: { name: string; campaign: string; targetConversions?: number | null; specialistIds?: string[] | null; leads: { name: string; phone: string; note?: string | null }[] }) {
  const check = new Check().require('name', input.name?.trim(), 'Name').require('campaign', input.campaign?.trim(), 'Campaign');
  check.when(input.targetConversions != null && (!Number.isInteger(input.targetConversions) || input.targetConversions < 0), 'targetConversions', 'The target must be a whole number, 0 or more');
  check.when(!input.leads?.length, 'leads', 'Add at least one lead', 'REQUIRED').when((input.leads ?? []).length > MAX_LEADS, 'leads', `At most ${MAX_LEADS} leads per list`);
  const seen = new Set<string>();
  const leads = (input.leads ?? []).flatMap((l, i) => {
    const phone = normalisePhone(l.phone);
    check.when(!l.name?.trim(), `leads.${i}.name`, 'Name is required', 'REQUIRED');
    check.when(!phone || !/^\d{5,20}$/.test(phone), `leads.${i}.phone`, 'Phone must be 5–20 digits');
    if (!phone || seen.has(phone)) return [];
    seen.add(phone);
    return [{ name: l.name?.trim() ?? '', phone, note: l.note?.trim() || undefined }];
  });
  const { pool, unknown } = await distributionPool(ctx.em, input.specialistIds?.map(Number));
  check.when(unknown.length > 0, 'specialistIds', `Not active staff who can work customers: ${unknown.join(', ')}`);
  check.when(!pool.length, 'specialistIds', 'No specialists: name them or add specialists to the pool', 'REQUIRED');
  check.throwIfAny();
  const phones = leads.map((l) => l.phone);
  const customers = new Map<string, Customer>();
  for (let i = 0; i < phones.length; i += 500) for (const c of await ctx.em.find(Customer, { phone: { $in: phones.slice(i, i + 500) }, status: CustomerStatus.ACTIVE })) customers.set(c.phone!, c);
  const loads = new Map<number, number>();
  return ctx.em.transactional(async (tx) => {
    const list = tx.create(LeadList, { name: input.name.trim(), campaign: input.campaign.trim(), targetConversions: input.targetConversions ?? undefined, status: LeadListStatus.OPEN, createdBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined });
    tx.persist(list);
    for (const l of leads) tx.persist(tx.create(Lead, { list, ...l, customer: customers.get(l.phone), assignee: pickBalanced(pool, loads).user }));
    await tx.flush();
    audit(ctx, tx, { operation: 'createLeadList', entityType: 'LeadList', entityId: list.id, summary: `${list.campaign} / ${list.name}: ${leads.length} lead(s), ${(input.leads ?? []).length - leads.length} duplicate phone(s) dropped` });
    return { leadList: list };
  });
}

/** Records the outcome of a call to a lead; a refusal needs its reason; calls respect quiet hours. */
export async function recordLeadCall(ctx: Ctx, input: { leadId: string; outcome: LeadOutcome; refusalReason?: RefusalReason | null; note?: string | null; calledAt?: Date | null }) {
  const lead = await ctx.em.findOne(Lead, Number(input.leadId), { populate: ['list', 'customer'] });
  if (!lead || isPartnerCaller(ctx)) throw UserError.of('NOT_FOUND', 'No such lead', 'leadId');
  if (lead.assignee?.id !== ctx.viewer?.userId && !can(ctx.viewer, 'callback:manage')) throw UserError.of('FORBIDDEN', 'This lead belongs to another specialist', 'leadId');
  if (lead.list.getEntity().status !== LeadListStatus.OPEN) throw UserError.of('WRONG_STATE', 'The list is closed', 'leadId');
  if (FINAL.includes(lead.outcome)) throw UserError.of('WRONG_STATE', `The lead is already ${lead.outcome.toLowerCase()}`, 'leadId');
  const calledAt = input.calledAt ?? now();
  new Check()
    .when(input.outcome === LeadOutcome.PENDING, 'outcome', 'Record what the call achieved')
    .when(input.outcome === LeadOutcome.REFUSED && !input.refusalReason, 'refusalReason', 'Give the reason for the refusal', 'REQUIRED')
    .when(input.outcome !== LeadOutcome.REFUSED && !!input.refusalReason, 'refusalReason', 'A reason goes only with a refusal')
    .throwIfAny();
  checkContactTime(ctx, { at: calledAt, channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND }, 'calledAt');
  Object.assign(lead, { outcome: input.outcome, refusalReason: input.refusalReason ?? undefined, attempts: lead.attempts + 1, lastCalledAt: calledAt });
  if (input.note?.trim()) lead.note = [lead.note, input.note.trim()].filter(Boolean).join('\n');
  return ctx.em.transactional(async (tx) => {
    tx.persist(lead);
    const customer = lead.customer?.getEntity();
    if (customer?.status === CustomerStatus.ACTIVE) {
      await recordContact(ctx, tx, customer, {
        kind: ContactKind.CONTACT, channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND, at: calledAt, referenceType: 'Lead', referenceId: String(lead.id),
        outcome: input.outcome === LeadOutcome.NO_ANSWER || input.outcome === LeadOutcome.INVALID ? ContactOutcome.NOT_REACHED : ContactOutcome.REACHED,
        summary: `电销 ${lead.list.getEntity().campaign}: ${input.outcome}${input.refusalReason ? ` (${input.refusalReason})` : ''}${input.note ? ` · ${input.note.trim()}` : ''}`,
      });
    }
    audit(ctx, tx, { operation: 'recordLeadCall', entityType: 'Lead', entityId: lead.id, summary: `${input.outcome}${input.refusalReason ? ` (${input.refusalReason})` : ''}` });
    return { lead };
  });
}

export async function closeLeadList(ctx: Ctx, input: { id: string; note?: string | null }) {
  const list = await ctx.em.findOne(LeadList, Number(input.id));
  if (!list) throw UserError.of('NOT_FOUND', 'No such lead list', 'id');
  if (list.status !== LeadListStatus.OPEN) throw UserError.of('WRONG_STATE', 'The list is already closed', 'id');
  list.status = LeadListStatus.CLOSED;
  list.closedAt = now();
  return ctx.em.transactional(async (tx) => {
    tx.persist(list);
    audit(ctx, tx, { operation: 'closeLeadList', entityType: 'LeadList', entityId: list.id, summary: `closed${input.note ? `: ${input.note}` : ''}` });
    return { leadList: list };
  });
}

export function listLeadLists(ctx: Ctx, args: PageArgs & { where?: { status?: LeadListStatus | null; search?: string | null } | null }) {
  const f = args.where ?? {};
  const where = and<LeadList>(isPartnerCaller(ctx) && { id: -1 }, !!f.status && { status: f.status }, !!f.search?.trim() && { $or: [{ name: contains(ctx.em, f.search!) }, { campaign: contains(ctx.em, f.search!) }] }) as FilterQuery<LeadList>;
  return paginate(ctx.em, LeadList, { ...args, where, orderBy: [{ id: 'desc' }] as never });
}

/** Leads of a list; specialists see the ones given to them unless they name a specialist or ask for all. */
export function listLeads(ctx: Ctx, args: PageArgs & { where?: { listId?: string | null; assigneeId?: string | null; mine?: boolean | null; outcome?: LeadOutcome | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const mine = !f.assigneeId && defaultsToMine(ctx, f.mine, 'callbacks');
  const where = and<Lead>(
    isPartnerCaller(ctx) && { id: -1 }, !!f.listId && { list: Number(f.listId) }, !!f.assigneeId && { assignee: Number(f.assigneeId) },
    mine && { assignee: ctx.viewer!.userId! }, !!f.outcome && { outcome: f.outcome },
  ) as FilterQuery<Lead>;
  const dir = args.sort?.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, Lead, { ...args, where, orderBy: [{ id: dir }] as never });
}
