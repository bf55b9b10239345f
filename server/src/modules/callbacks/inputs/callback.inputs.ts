import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ContactChannel } from '../../customers/entities/enums.js';
import { RfmSegment } from '../../customers/services/rfm.js';
import { CallbackPurpose, CallbackRating, CallbackTaskStatus, CampaignStatus, ComplaintRequestStatus } from '../entities/enums.js';

@InputType({ description: 'Which customers a campaign extracts; every given condition must hold. Empty criteria select every active customer.' })
export class CallbackCriteriaInput {
  @Field(() => Boolean, { nullable: true, description: 'Only members (customers with a member level) — the 100 % rule applies to them.' }) membersOnly?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Only these member levels.' }) memberLevelIds?: string[] | null;
  @Field(() => Date, { nullable: true, description: 'Last completed order at or after (bought in a period).' }) boughtFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last completed order before.' }) boughtTo?: Date | null;
  @Field(() => [RfmSegment], { nullable: true, description: 'Any of these RFM segments.' }) segments?: RfmSegment[] | null;
  @Field(() => [String], { nullable: true, description: 'Any of these tags.' }) tags?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only VIPs.' }) vipOnly?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Only these customers.' }) customerIds?: string[] | null;
}

@InputType({ description: 'A quiet window in shop-local time; an end before the start wraps past midnight (21:00–09:00).' })
export class QuietWindowInput {
  @Field(() => String, { description: 'Start, HH:MM.' }) start!: string;
  @Field(() => String, { description: 'End, HH:MM (exclusive).' }) end!: string;
}

@InputType({ description: 'Input of `createCallbackCampaign`.' })
export class CreateCallbackCampaignInput {
  @Field(() => String, { description: 'Name, e.g. 中秋节会员回访.' }) name!: string;
  @Field(() => CallbackPurpose, { description: 'Purpose.' }) purpose!: CallbackPurpose;
  @Field(() => CallbackCriteriaInput, { nullable: true, description: 'Who to call.' }) criteria?: CallbackCriteriaInput | null;
  @Field(() => String, { description: 'Script: opening.' }) scriptOpening!: string;
  @Field(() => String, { description: 'Script: branch when satisfied.' }) scriptSatisfied!: string;
  @Field(() => String, { description: 'Script: branch when unsatisfied.' }) scriptUnsatisfied!: string;
  @Field(() => Date, { nullable: true, description: 'The trigger (festival, promotion end…); default now.' }) triggerAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Days after the trigger the callbacks are due, 1–30 (default 3).' }) dueDays?: number | null;
  @Field(() => [QuietWindowInput], { nullable: true, description: 'Quiet hours (default 12:00–14:00 and 21:00–09:00).' }) quietHours?: QuietWindowInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Specialists to distribute to; default the assignment pool.' }) specialistIds?: string[] | null;
}

@InputType({ description: 'Input of `updateCallbackCampaign` (drafts only); omitted fields stay as they are.' })
export class UpdateCallbackCampaignInput {
  @Field(() => ID, { description: 'The campaign.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => CallbackPurpose, { nullable: true, description: 'Purpose.' }) purpose?: CallbackPurpose | null;
  @Field(() => CallbackCriteriaInput, { nullable: true, description: 'Replaces the criteria.' }) criteria?: CallbackCriteriaInput | null;
  @Field(() => String, { nullable: true, description: 'Script: opening.' }) scriptOpening?: string | null;
  @Field(() => String, { nullable: true, description: 'Script: satisfied branch.' }) scriptSatisfied?: string | null;
  @Field(() => String, { nullable: true, description: 'Script: unsatisfied branch.' }) scriptUnsatisfied?: string | null;
  @Field(() => Date, { nullable: true, description: 'Trigger.' }) triggerAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'Due window in days.' }) dueDays?: number | null;
  @Field(() => [QuietWindowInput], { nullable: true, description: 'Replaces the quiet hours (an empty list restores the default).' }) quietHours?: QuietWindowInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the specialists.' }) specialistIds?: string[] | null;
}

@InputType({ description: 'A state change of a campaign, with an optional note.' })
export class CampaignActionInput {
  @Field(() => ID, { description: 'The campaign.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'Filters for `callbackCampaigns`.' })
export class CallbackCampaignFilter {
  @Field(() => CampaignStatus, { nullable: true, description: 'Only this state.' }) status?: CampaignStatus | null;
  @Field(() => CallbackPurpose, { nullable: true, description: 'Only this purpose.' }) purpose?: CallbackPurpose | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the name or number.' }) search?: string | null;
}

@InputType({ description: 'Sort by time.' })
export class CallbackTimeSort {
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Filters for `callbackTasks`.' })
export class CallbackTaskFilter {
  @Field(() => ID, { nullable: true, description: 'Only this campaign.' }) campaignId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this specialist’s tasks.' }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only my tasks; defaults to true for specialists (`callback:work` without `callback:manage`).' }) mine?: boolean | null;
  @Field(() => CallbackTaskStatus, { nullable: true, description: 'Only this state.' }) status?: CallbackTaskStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open or scheduled (true), or only finished (false).' }) open?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Open tasks due by the end of today (shop time).' }) dueToday?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Open tasks past their due time.' }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Tasks with an unresolved follow-up.' }) followUpOpen?: boolean | null;
}

@InputType({ description: 'Input of `scheduleCallback`.' })
export class ScheduleCallbackInput {
  @Field(() => ID, { description: 'The task.' }) taskId!: string;
  @Field(() => Date, { description: 'When to call: before the task is due and outside the quiet hours.' }) at!: Date;
}

@InputType({ description: 'Input of `recordCallback`: the callback form (回访记录表).' })
export class RecordCallbackInput {
  @Field(() => ID, { description: 'The task.' }) taskId!: string;
  @Field(() => ContactChannel, { description: 'How the customer was contacted; calls and texts respect quiet hours.' }) channel!: ContactChannel;
  @Field(() => Date, { nullable: true, description: 'When (default now).' }) calledAt?: Date | null;
  @Field(() => Boolean, { description: 'Whether the customer was reached.' }) reached!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Not reached and no more attempts: close the task as unreachable.' }) giveUp?: boolean | null;
  @Field(() => CallbackRating, { nullable: true, description: 'Satisfaction; required when reached.' }) rating?: CallbackRating | null;
  @Field(() => String, { nullable: true, description: 'Opinions; required when unsatisfied.' }) opinions?: string | null;
  @Field(() => String, { nullable: true, description: 'Suggestions.' }) suggestions?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Something must be followed up.' }) followUpNeeded?: boolean | null;
  @Field(() => String, { nullable: true, description: 'What to follow up; required with followUpNeeded.' }) followUpNote?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Open a complaint request in the same step (unsatisfied only).' }) raiseComplaint?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The complaint (default: the opinions).' }) complaintSummary?: string | null;
}

@InputType({ description: 'Input of `resolveCallbackFollowUp`.' })
export class ResolveFollowUpInput {
  @Field(() => ID, { description: 'The task.' }) taskId!: string;
  @Field(() => String, { description: 'How it was resolved.' }) resolution!: string;
}

@InputType({ description: 'Input of `raiseCallbackComplaint`.' })
export class RaiseCallbackComplaintInput {
  @Field(() => ID, { description: 'An unsatisfied callback task.' }) taskId!: string;
  @Field(() => String, { description: 'The complaint.' }) summary!: string;
}

@InputType({ description: 'Input of `reassignCallbackTasks`.' })
export class ReassignCallbackTasksInput {
  @Field(() => [ID], { description: 'Open or scheduled tasks.' }) taskIds!: string[];
  @Field(() => ID, { description: 'The specialist to take them.' }) specialistId!: string;
  @Field(() => String, { nullable: true, description: 'Why.' }) note?: string | null;
}

@InputType({ description: 'Filters for `complaintRequests`.' })
export class ComplaintRequestFilter {
  @Field(() => ComplaintRequestStatus, { nullable: true, description: 'Only this state.' }) status?: ComplaintRequestStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null;
}
