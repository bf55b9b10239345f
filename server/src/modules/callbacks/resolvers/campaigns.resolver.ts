import { Arg, Args, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackCampaignConnection, CallbackCampaignPayload } from '../types/callback.types.js';
import { CallbackCampaignFilter, CallbackCriteriaInput, CallbackTimeSort, CampaignActionInput, CreateCallbackCampaignInput, UpdateCallbackCampaignInput } from '../inputs/callback.inputs.js';
import * as campaigns from '../services/campaigns.service.js';
import * as run from '../services/campaign-run.service.js';
import { callbackReportCsv } from '../services/report-export.js';

const ACTION = { description: 'The campaign and an optional note.' };

@Resolver()
export class CallbackCampaignsResolver {
  @Allow('customer:read')
  @Query(() => CallbackCampaignConnection, { description: 'Callback campaigns (the campaign board), newest trigger first. Needs `customer:read`.' })
  callbackCampaigns(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => CallbackCampaignFilter, { nullable: true, description: 'Filters.' }) where?: CallbackCampaignFilter,
    @Arg('sort', () => CallbackTimeSort, { nullable: true, description: 'Sort by trigger time (default newest first).' }) sort?: CallbackTimeSort,
  ) {
    return campaigns.listCampaigns(ctx, { ...page, where, sort });
  }

  @Allow('customer:read')
  @Query(() => CallbackCampaign, { nullable: true, description: 'One callback campaign with its script, progress, coverage and report. Needs `customer:read`.' })
  callbackCampaign(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Campaign id.' }) id: string) {
    return campaigns.getCampaign(ctx, id);
  }

  @Allow('callback:manage')
  @Query(() => Int, { description: 'How many active customers the criteria select now (preview before starting). Needs `callback:manage`.' })
  callbackAudienceCount(@Context() ctx: Ctx, @Arg('criteria', () => CallbackCriteriaInput, { nullable: true, description: 'The criteria.' }) criteria?: CallbackCriteriaInput) {
    return campaigns.audienceCount(ctx, criteria);
  }

  @Allow('customer:read')
  @Query(() => String, { nullable: true, description: 'A campaign’s summary report as CSV (archived when closed, figures so far while running); null for a draft or unknown campaign. Needs `customer:read`.' })
  callbackReportCsv(@Context() ctx: Ctx, @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string) {
    return callbackReportCsv(ctx, campaignId);
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackCampaignPayload, { description: 'Defines a callback campaign as a draft: purpose, criteria, script, due window (default 3 days) and quiet hours (default 12:00–14:00, 21:00–09:00). Needs `callback:manage`.' })
  createCallbackCampaign(@Context() ctx: Ctx, @Arg('input', () => CreateCallbackCampaignInput, { description: 'The campaign.' }) input: CreateCallbackCampaignInput) {
    return toPayload(() => campaigns.createCampaign(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackCampaignPayload, { description: 'Changes a draft campaign. Needs `callback:manage`.' })
  updateCallbackCampaign(@Context() ctx: Ctx, @Arg('input', () => UpdateCallbackCampaignInput, { description: 'The changes.' }) input: UpdateCallbackCampaignInput) {
    return toPayload(() => campaigns.updateCampaign(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackCampaignPayload, { description: 'Draft → running: generates one task per matching customer and distributes them across specialists. Needs `callback:manage`.' })
  startCallbackCampaign(@Context() ctx: Ctx, @Arg('input', () => CampaignActionInput, ACTION) input: CampaignActionInput) {
    return toPayload(() => run.startCampaign(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackCampaignPayload, { description: 'Running → closed: open tasks expire and the summary report is archived. Needs `callback:manage`.' })
  closeCallbackCampaign(@Context() ctx: Ctx, @Arg('input', () => CampaignActionInput, ACTION) input: CampaignActionInput) {
    return toPayload(() => run.closeCampaign(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackCampaignPayload, { description: 'Cancels a draft campaign. Needs `callback:manage`.' })
  cancelCallbackCampaign(@Context() ctx: Ctx, @Arg('input', () => CampaignActionInput, ACTION) input: CampaignActionInput) {
    return toPayload(() => campaigns.cancelCampaign(ctx, input));
  }
}
