import type { Ctx } from '../../../core/context.js';
import { toCsv } from '../../../core/csv.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackReport } from '../entities/callback-report.entity.js';
import { CampaignStatus } from '../entities/enums.js';
import { computeReport } from './report.service.js';
import type { CallbackReportData } from './report-figures.js';
import { isPartnerCaller } from '../../customers/services/scope.js';

const rate = (part: number, whole: number) => (whole ? (part / whole).toFixed(4) : '');

/** The archived report of a closed campaign, or the figures so far for a running one. */
export async function reportOf(ctx: Ctx, campaign: CallbackCampaign): Promise<{ data: CallbackReportData; archived: boolean } | null> {
  if (campaign.status === CampaignStatus.CLOSED) {
    const stored = await ctx.em.findOne(CallbackReport, { campaign: campaign.id });
    return stored ? { data: stored.data, archived: true } : null;
  }
  if (campaign.status === CampaignStatus.RUNNING) return { data: await computeReport(ctx.em, campaign.id), archived: false };
  return null;
}

/** The summary report as CSV: headline figures, per-specialist table, suggestions and unresolved follow-ups, one section after another. */
export async function callbackReportCsv(ctx: Ctx, campaignId: string): Promise<string | null> {
  const campaign = isPartnerCaller(ctx) ? null : await ctx.em.findOne(CallbackCampaign, Number(campaignId));
  const report = campaign ? await reportOf(ctx, campaign) : null;
  if (!campaign || !report) return null;
  const d = report.data;
  const section = (header: string[], rows: (string | number | null)[][]) => toCsv(header, rows).replace(/^\uFEFF/, '');
  return '\uFEFF' + [
    section(['metric', 'value'], [
      ['campaign', `${campaign.code} ${campaign.name}`], ['status', report.archived ? 'closed (archived report)' : 'running (figures so far)'], ['generated_at', d.generatedAt],
      ['tasks', d.tasks], ['completed', d.completed], ['reached', d.reached], ['reach_rate', rate(d.reached, d.tasks)], ['late', d.late],
      ['members', d.members], ['members_reached', d.membersReached], ['member_coverage', rate(d.membersReached, d.members)],
      ['satisfied', d.satisfied], ['average', d.average], ['unsatisfied', d.unsatisfied], ['complaint_requests', d.complaints],
    ]),
    section(['specialist', 'tasks', 'completed', 'reached', 'reach_rate', 'satisfied', 'average', 'unsatisfied', 'late', 'open_follow_ups', 'complaint_requests'],
      d.perSpecialist.map((s) => [s.specialistName, s.tasks, s.completed, s.reached, rate(s.reached, s.tasks), s.satisfied, s.average, s.unsatisfied, s.late, s.openFollowUps, s.complaints])),
    section(['suggestion_customer', 'specialist', 'rating', 'suggestion'], d.suggestions.map((e) => [e.customerName, e.specialistName, e.rating, e.text])),
    section(['follow_up_customer', 'specialist', 'rating', 'follow_up'], d.unresolvedFollowUps.map((e) => [e.customerName, e.specialistName, e.rating, e.text])),
  ].join('\r\n');
}
