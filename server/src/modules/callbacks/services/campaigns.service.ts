import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { callableHours, DEFAULT_QUIET_HOURS, parseWindow, type QuietWindow } from '../../customers/services/quiet-hours.js';
import { and, isPartnerCaller } from '../../customers/services/scope.js';
import { DAY_MS, now } from '../../customers/services/clock.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackPurpose, CampaignStatus } from '../entities/enums.js';
import { criteriaWhere, describeCriteria, toCriteria, type CriteriaInput } from './criteria.js';

/** Callbacks are due within three days of the trigger unless the campaign says otherwise [P]. */
export const DEFAULT_DUE_DAYS = 3;

export interface CampaignFields {
  name?: string | null;
  purpose?: CallbackPurpose | null;
  criteria?: CriteriaInput | null;
  scriptOpening?: string | null;
  scriptSatisfied?: string | null;
  scriptUnsatisfied?: string | null;
  triggerAt?: Date | null;
  dueDays?: number | null;
  quietHours?: { start: string; end: string }[] | null;
  specialistIds?: string[] | null;
}

function checkFields(check: Check, input: CampaignFields, creating: boolean): QuietWindow[] | undefined {
  for (const [key, label, max] of [['name', 'Name', 120], ['scriptOpening', 'The opening script', 4000], ['scriptSatisfied', 'The satisfied branch', 4000], ['scriptUnsatisfied', 'The unsatisfied branch', 4000]] as const) {
    if (creating || input[key] != null) check.when(!input[key]?.trim(), key, `${label} is required`, 'REQUIRED');
    check.when((input[key] ?? '').length > max, key, `${label} must be at most ${max} characters`);
  }
  check.when(input.purpose === CallbackPurpose.COMPLAINT_FOLLOW_UP, 'purpose', 'Complaint follow-ups come from closed complaints into their standing campaign; choose another purpose');
  check.when(input.dueDays != null && (!Number.isInteger(input.dueDays) || input.dueDays < 1 || input.dueDays > 30), 'dueDays', 'The due window must be 1–30 days');
  if (!input.quietHours) return undefined;
  const windows: QuietWindow[] = [];
  input.quietHours.forEach((w, i) => {
    const parsed = parseWindow(w.start, w.end);
    if (typeof parsed === 'string') check.add(`quietHours.${i}`, parsed);
    else windows.push(parsed);
  });
  check.when(windows.length > 6, 'quietHours', 'At most 6 quiet windows');
  check.when(windows.length > 0 && callableHours(windows).length === 0, 'quietHours', 'Quiet hours cannot cover the whole day');
  return windows;
}

async function checkSpecialists(ctx: Ctx, check: Check, ids: string[] | null | undefined): Promise<number[] | undefined> {
  if (!ids) return undefined;
  const unique = [...new Set(ids.map(Number))];
  const found = unique.length ? await ctx.em.count(User, { id: { $in: unique }, active: true }) : 0;
  check.when(found !== unique.length, 'specialistIds', 'One or more specialists do not exist or are inactive', 'NOT_FOUND');
  return unique;
}

export async function createCampaign(ctx: Ctx, input: CampaignFields & { name: string; purpose: CallbackPurpose }) {
  const check = new Check();
  const quiet = checkFields(check, input, true);
  const criteria = toCriteria(check, input.criteria);
  const specialistIds = await checkSpecialists(ctx, check, input.specialistIds);
  check.throwIfAny();
  const triggerAt = input.triggerAt ?? now();
  const dueDays = input.dueDays ?? DEFAULT_DUE_DAYS;
  return ctx.em.transactional(async (tx) => {
    const campaign = tx.create(CallbackCampaign, {
      code: await nextDocumentCode(tx, CallbackCampaign, 'CB', ctx.config.shopTimezone), name: input.name.trim(), purpose: input.purpose, criteria,
      scriptOpening: input.scriptOpening!.trim(), scriptSatisfied: input.scriptSatisfied!.trim(), scriptUnsatisfied: input.scriptUnsatisfied!.trim(),
      triggerAt, dueDays, dueAt: new Date(triggerAt.getTime() + dueDays * DAY_MS), quietHours: quiet?.length ? quiet : DEFAULT_QUIET_HOURS,
      specialistIds: specialistIds ?? [], status: CampaignStatus.DRAFT, createdBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined,
    });
    tx.persist(campaign);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'CallbackCampaign', id: campaign.id }, null, CampaignStatus.DRAFT);
    audit(ctx, tx, { operation: 'createCallbackCampaign', entityType: 'CallbackCampaign', entityId: campaign.id, summary: `${campaign.code} ${campaign.name} (${campaign.purpose}): ${describeCriteria(criteria)}` });
    return { campaign };
  });
}

export async function loadCampaign(ctx: Ctx, id: string, allowed: CampaignStatus[], verb: string, field = 'id'): Promise<CallbackCampaign> {
  const campaign = await ctx.em.findOne(CallbackCampaign, Number(id));
  if (!campaign) throw UserError.of('NOT_FOUND', 'No such callback campaign', field);
  if (!allowed.includes(campaign.status)) throw UserError.of('WRONG_STATE', `A ${campaign.status.toLowerCase()} campaign cannot be ${verb}`, field);
  return campaign;
}

/** Drafts can be changed freely; once running, tasks exist and the definition is fixed. */
export async function updateCampaign(ctx: Ctx, input: CampaignFields & { id: string }) {
  const campaign = await loadCampaign(ctx, input.id, [CampaignStatus.DRAFT], 'edited');
  const check = new Check();
  const quiet = checkFields(check, input, false);
  const criteria = input.criteria ? toCriteria(check, input.criteria) : undefined;
  const specialistIds = await checkSpecialists(ctx, check, input.specialistIds);
  check.throwIfAny();
  for (const key of ['name', 'scriptOpening', 'scriptSatisfied', 'scriptUnsatisfied'] as const) if (input[key] != null) campaign[key] = input[key]!.trim();
  if (input.purpose) campaign.purpose = input.purpose;
  if (criteria) campaign.criteria = criteria;
  if (quiet) campaign.quietHours = quiet.length ? quiet : DEFAULT_QUIET_HOURS;
  if (specialistIds) campaign.specialistIds = specialistIds;
  if (input.triggerAt) campaign.triggerAt = input.triggerAt;
  if (input.dueDays) campaign.dueDays = input.dueDays;
  campaign.dueAt = new Date(campaign.triggerAt.getTime() + campaign.dueDays * DAY_MS);
  return ctx.em.transactional(async (tx) => {
    tx.persist(campaign);
    audit(ctx, tx, { operation: 'updateCallbackCampaign', entityType: 'CallbackCampaign', entityId: campaign.id, summary: `${campaign.code} edited: ${Object.keys(input).filter((k) => k !== 'id').join(', ')}` });
    return { campaign };
  });
}

export async function cancelCampaign(ctx: Ctx, input: { id: string; note?: string | null }) {
  const campaign = await loadCampaign(ctx, input.id, [CampaignStatus.DRAFT], 'cancelled');
  return ctx.em.transactional(async (tx) => {
    campaign.status = CampaignStatus.CANCELLED;
    tx.persist(campaign);
    recordTransition(ctx, tx, { type: 'CallbackCampaign', id: campaign.id }, CampaignStatus.DRAFT, CampaignStatus.CANCELLED, input.note);
    audit(ctx, tx, { operation: 'cancelCallbackCampaign', entityType: 'CallbackCampaign', entityId: campaign.id, summary: `${campaign.code} cancelled` });
    return { campaign };
  });
}

/** How many customers the criteria select now (the preview before starting). */
export async function audienceCount(ctx: Ctx, input: CriteriaInput | null | undefined): Promise<number> {
  const check = new Check();
  const criteria = toCriteria(check, input);
  check.throwIfAny();
  return ctx.em.count(Customer, criteriaWhere(criteria, now()));
}

export interface CampaignFilterInput { status?: CampaignStatus | null; purpose?: CallbackPurpose | null; search?: string | null }

export function listCampaigns(ctx: Ctx, args: PageArgs & { where?: CampaignFilterInput | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const where = and<CallbackCampaign>(
    isPartnerCaller(ctx) && { id: -1 },
    !!f.status && { status: f.status },
    !!f.purpose && { purpose: f.purpose },
    !!f.search?.trim() && { $or: [{ name: contains(ctx.em, f.search!) }, { code: contains(ctx.em, f.search!) }] },
  ) as FilterQuery<CallbackCampaign>;
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, CallbackCampaign, { ...args, where, orderBy: [{ triggerAt: dir }, { id: dir }] as never });
}

export function getCampaign(ctx: Ctx, id: string) {
  return isPartnerCaller(ctx) ? null : ctx.em.findOne(CallbackCampaign, Number(id));
}
