import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { loader } from '../../../core/graphql/loaders.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { callableHours, formatMinute, nextCallableAt, quietWindowAt } from '../../customers/services/quiet-hours.js';
import { now } from '../../customers/services/clock.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { ComplaintRequest } from '../entities/complaint-request.entity.js';
import { CallbackTaskStatus } from '../entities/enums.js';
import { progressOf, type CampaignProgress } from '../services/report.service.js';
import { reportOf } from '../services/report-export.js';
import { CallbackCriteria, CallbackReportType, CampaignCoverageType, CampaignProgressType, QuietWindow } from '../types/callback.types.js';

function historyLoader(ctx: Ctx, type: string) {
  return loader<number, DocumentEvent[]>(ctx, `history.${type}`, async (ids) => {
    const rows = await ctx.em.find(DocumentEvent, { documentType: type, documentId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
    const map = new Map<number, DocumentEvent[]>();
    for (const row of rows) map.set(row.documentId, [...(map.get(row.documentId) ?? []), row]);
    return map;
  }, []);
}

const EMPTY: CampaignProgress = { tasks: 0, open: 0, scheduled: 0, done: 0, expired: 0, reached: 0, overdue: 0, members: 0, membersReached: 0 };
const progress = (ctx: Ctx) => loader(ctx, 'campaign.progress', (ids: readonly number[]) => progressOf(ctx.em, ids), EMPTY);
const ratio = (part: number, whole: number) => (whole ? part / whole : null);

@Resolver(() => CallbackCampaign)
export class CallbackCampaignFieldsResolver {
  @FieldResolver(() => CallbackCriteria, { description: 'Which customers the campaign targets.' })
  criteria(@Root() c: CallbackCampaign): CallbackCriteria {
    const k = c.criteria;
    return {
      membersOnly: !!k.membersOnly, memberLevelIds: k.memberLevelIds ?? [], boughtFrom: k.boughtFrom ? new Date(k.boughtFrom) : null, boughtTo: k.boughtTo ? new Date(k.boughtTo) : null,
      segments: (k.segments ?? []) as never, tags: k.tags ?? [], vipOnly: !!k.vipOnly, customerIds: k.customerIds ?? [],
    };
  }

  @FieldResolver(() => [QuietWindow], { description: 'Quiet hours, shop-local: no call may be scheduled or logged inside them.' })
  quietHours(@Root() c: CallbackCampaign): QuietWindow[] { return c.quietHours.map(([s, e]) => ({ start: formatMinute(s), end: formatMinute(e) })); }

  @FieldResolver(() => [String], { description: 'The hours in which calls are allowed, e.g. 09:00–12:00.' })
  callableHours(@Root() c: CallbackCampaign): string[] { return callableHours(c.quietHours); }

  @FieldResolver(() => [User], { description: 'Specialists the tasks are distributed to; empty means the assignment pool.' })
  async specialists(@Root() c: CallbackCampaign, @Context() ctx: Ctx) {
    const users = await Promise.all(c.specialistIds.map((id) => loader<number, User | null>(ctx, 'user.byId', async (ids) => new Map((await ctx.em.find(User, { id: { $in: [...ids] } })).map((u) => [u.id, u])), null).load(id)));
    return users.filter(Boolean);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who defined it.' })
  createdBy(@Root() c: CallbackCampaign) { return c.createdBy?.load() ?? null; }

  @FieldResolver(() => CampaignProgressType, { description: 'Live task counts.' })
  progress(@Root() c: CallbackCampaign, @Context() ctx: Ctx) { return progress(ctx).load(c.id); }

  @FieldResolver(() => CampaignCoverageType, { description: 'Members reached against the 100 % rule (live; the archived report keeps the figures at closing).' })
  async coverage(@Root() c: CallbackCampaign, @Context() ctx: Ctx): Promise<CampaignCoverageType> {
    const p = await progress(ctx).load(c.id);
    return { members: p.members, membersReached: p.membersReached, rate: ratio(p.membersReached, p.members), target: 1, meetsRule: p.members > 0 && p.membersReached === p.members };
  }

  @FieldResolver(() => CallbackReportType, { nullable: true, description: 'The summary report: archived for a closed campaign, figures so far for a running one, null for drafts. Computed per campaign: read it on one campaign at a time.' })
  async report(@Root() c: CallbackCampaign, @Context() ctx: Ctx): Promise<CallbackReportType | null> {
    const r = await reportOf(ctx, c);
    if (!r) return null;
    const d = r.data;
    return {
      ...d, archived: r.archived, generatedAt: new Date(d.generatedAt), reachRate: ratio(d.reached, d.tasks), memberCoverage: ratio(d.membersReached, d.members),
      perSpecialist: d.perSpecialist.map((s) => ({ ...s, reachRate: ratio(s.reached, s.tasks) })),
    };
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() c: CallbackCampaign, @Context() ctx: Ctx) { return historyLoader(ctx, 'CallbackCampaign').load(c.id); }
}

@Resolver(() => CallbackTask)
export class CallbackTaskFieldsResolver {
  @FieldResolver(() => CallbackCampaign, { description: 'The campaign, with its script.' })
  campaign(@Root() t: CallbackTask) { return t.campaign.load(); }

  @FieldResolver(() => Customer, { description: 'The customer to call.' })
  customer(@Root() t: CallbackTask) { return t.customer.load(); }

  @FieldResolver(() => User, { description: 'The specialist.' })
  assignee(@Root() t: CallbackTask) { return t.assignee.load(); }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time.' })
  overdue(@Root() t: CallbackTask): boolean { return (t.status === CallbackTaskStatus.OPEN || t.status === CallbackTaskStatus.SCHEDULED) && t.dueAt < now(); }

  @FieldResolver(() => Boolean, { description: 'Calling is allowed right now (outside the campaign’s quiet hours).' })
  async callableNow(@Root() t: CallbackTask, @Context() ctx: Ctx) { return !quietWindowAt(now(), (await t.campaign.loadOrFail()).quietHours, ctx.config.shopTimezone); }

  @FieldResolver(() => Date, { description: 'The first time from now outside the quiet hours (UTC).' })
  async nextCallableAt(@Root() t: CallbackTask, @Context() ctx: Ctx) { return nextCallableAt(now(), (await t.campaign.loadOrFail()).quietHours, ctx.config.shopTimezone); }

  @FieldResolver(() => ComplaintRequest, { nullable: true, description: 'The complaint request raised from this callback, if any.' })
  complaintRequest(@Root() t: CallbackTask, @Context() ctx: Ctx) {
    return loader<number, ComplaintRequest | null>(ctx, 'task.complaint', async (ids) => new Map((await ctx.em.find(ComplaintRequest, { callbackTask: { $in: [...ids] } })).map((r) => [r.callbackTask!.id, r])), null).load(t.id);
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() t: CallbackTask, @Context() ctx: Ctx) { return historyLoader(ctx, 'CallbackTask').load(t.id); }
}

@Resolver(() => ComplaintRequest)
export class ComplaintRequestFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The customer.' })
  customer(@Root() r: ComplaintRequest) { return r.customer.load(); }

  @FieldResolver(() => CallbackTask, { nullable: true, description: 'The callback it came from.' })
  callbackTask(@Root() r: ComplaintRequest) { return r.callbackTask?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'Who raised it.' })
  raisedBy(@Root() r: ComplaintRequest) { return r.raisedBy?.load() ?? null; }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() r: ComplaintRequest, @Context() ctx: Ctx) { return historyLoader(ctx, 'ComplaintRequest').load(r.id); }
}
