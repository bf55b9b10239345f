import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { RfmSegment } from '../../customers/services/rfm.js';
import { CallbackCampaign } from '../entities/callback-campaign.entity.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { ComplaintRequest } from '../entities/complaint-request.entity.js';

@ObjectType({ description: 'A page of callback campaigns.' })
export class CallbackCampaignConnection extends ConnectionType(CallbackCampaign, 'CallbackCampaign', 'callback campaign') {}

@ObjectType({ description: 'A page of callback tasks.' })
export class CallbackTaskConnection extends ConnectionType(CallbackTask, 'CallbackTask', 'callback task') {}

@ObjectType({ description: 'A page of complaint requests.' })
export class ComplaintRequestConnection extends ConnectionType(ComplaintRequest, 'ComplaintRequest', 'complaint request') {}

@ObjectType({ description: 'The customers a campaign targets.' })
export class CallbackCriteria {
  @Field(() => Boolean, { description: 'Only members.' }) membersOnly!: boolean;
  @Field(() => [ID], { description: 'Only these member levels.' }) memberLevelIds!: number[];
  @Field(() => Date, { nullable: true, description: 'Last completed order at or after.' }) boughtFrom!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last completed order before.' }) boughtTo!: Date | null;
  @Field(() => [RfmSegment], { description: 'Any of these RFM segments.' }) segments!: RfmSegment[];
  @Field(() => [String], { description: 'Any of these tags.' }) tags!: string[];
  @Field(() => Boolean, { description: 'Only VIPs.' }) vipOnly!: boolean;
  @Field(() => [ID], { description: 'Only these customers.' }) customerIds!: number[];
}

@ObjectType({ description: 'A quiet window in shop-local time (end exclusive; wraps past midnight when the end is before the start).' })
export class QuietWindow {
  @Field(() => String, { description: 'Start, HH:MM.' }) start!: string;
  @Field(() => String, { description: 'End, HH:MM.' }) end!: string;
}

@ObjectType({ description: 'Live task counts of a campaign.' })
export class CampaignProgressType {
  @Field(() => Int, { description: 'Tasks generated.' }) tasks!: number;
  @Field(() => Int, { description: 'Open (not yet completed, not scheduled).' }) open!: number;
  @Field(() => Int, { description: 'Scheduled.' }) scheduled!: number;
  @Field(() => Int, { description: 'Completed forms.' }) done!: number;
  @Field(() => Int, { description: 'Still open when the campaign closed.' }) expired!: number;
  @Field(() => Int, { description: 'Customers reached.' }) reached!: number;
  @Field(() => Int, { description: 'Open tasks past their due time.' }) overdue!: number;
}

@ObjectType({ description: 'Member coverage against the 100 % rule: every member customer must be called back.' })
export class CampaignCoverageType {
  @Field(() => Int, { description: 'Members targeted (members when the campaign started).' }) members!: number;
  @Field(() => Int, { description: 'Of those, reached.' }) membersReached!: number;
  @Field(() => Float, { nullable: true, description: 'Members reached ÷ members targeted, 0–1; null without members.' }) rate!: number | null;
  @Field(() => Float, { description: 'The rule’s target: 1 (100 %).' }) target!: number;
  @Field(() => Boolean, { description: 'Every member targeted was reached.' }) meetsRule!: boolean;
}

@ObjectType({ description: 'A suggestion or follow-up in a summary report.' })
export class ReportEntryType {
  @Field(() => ID, { description: 'The callback task.' }) taskId!: number;
  @Field(() => ID, { description: 'The customer.' }) customerId!: number;
  @Field(() => String, { description: 'Customer name.' }) customerName!: string;
  @Field(() => String, { description: 'Specialist name.' }) specialistName!: string;
  @Field(() => String, { nullable: true, description: 'Rating given.' }) rating!: string | null;
  @Field(() => String, { description: 'The suggestion, or what must be followed up.' }) text!: string;
}

@ObjectType({ description: 'One specialist’s figures in a summary report.' })
export class SpecialistFiguresType {
  @Field(() => ID, { description: 'The specialist.' }) specialistId!: number;
  @Field(() => String, { description: 'Name.' }) specialistName!: string;
  @Field(() => Int, { description: 'Tasks.' }) tasks!: number;
  @Field(() => Int, { description: 'Completed forms.' }) completed!: number;
  @Field(() => Int, { description: 'Customers reached.' }) reached!: number;
  @Field(() => Float, { nullable: true, description: 'Reached ÷ tasks.' }) reachRate!: number | null;
  @Field(() => Int, { description: 'Satisfied.' }) satisfied!: number;
  @Field(() => Int, { description: 'Average.' }) average!: number;
  @Field(() => Int, { description: 'Unsatisfied.' }) unsatisfied!: number;
  @Field(() => Int, { description: 'Forms completed after the due time.' }) late!: number;
  @Field(() => Int, { description: 'Follow-ups not yet resolved.' }) openFollowUps!: number;
  @Field(() => Int, { description: 'Complaint requests raised.' }) complaints!: number;
}

@ObjectType({ description: 'A campaign summary report (回访总结报告): archived when the campaign closes, live while it runs.' })
export class CallbackReportType {
  @Field(() => Boolean, { description: 'True for the archived report of a closed campaign; false for figures so far.' }) archived!: boolean;
  @Field(() => Date, { description: 'When the figures were computed (UTC).' }) generatedAt!: Date;
  @Field(() => Int, { description: 'Tasks.' }) tasks!: number;
  @Field(() => Int, { description: 'Completed forms.' }) completed!: number;
  @Field(() => Int, { description: 'Customers reached.' }) reached!: number;
  @Field(() => Float, { nullable: true, description: 'Reach rate: reached ÷ tasks.' }) reachRate!: number | null;
  @Field(() => Int, { description: 'Forms completed after the due time.' }) late!: number;
  @Field(() => Int, { description: 'Members targeted.' }) members!: number;
  @Field(() => Int, { description: 'Members reached.' }) membersReached!: number;
  @Field(() => Float, { nullable: true, description: 'Member coverage: members reached ÷ members targeted.' }) memberCoverage!: number | null;
  @Field(() => Int, { description: 'Satisfied.' }) satisfied!: number;
  @Field(() => Int, { description: 'Average.' }) average!: number;
  @Field(() => Int, { description: 'Unsatisfied.' }) unsatisfied!: number;
  @Field(() => Int, { description: 'Complaint requests raised.' }) complaints!: number;
  @Field(() => [ReportEntryType], { description: 'The suggestions list (up to 500).' }) suggestions!: ReportEntryType[];
  @Field(() => [ReportEntryType], { description: 'Follow-ups not yet resolved (up to 500).' }) unresolvedFollowUps!: ReportEntryType[];
  @Field(() => [SpecialistFiguresType], { description: 'Per specialist.' }) perSpecialist!: SpecialistFiguresType[];
}

@ObjectType({ description: 'Result of a mutation on a callback campaign.' })
export class CallbackCampaignPayload {
  @Field(() => CallbackCampaign, { nullable: true, description: 'The campaign after the change; null on failure.' }) campaign?: CallbackCampaign | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a callback task.' })
export class CallbackTaskPayload {
  @Field(() => CallbackTask, { nullable: true, description: 'The task after the change; null on failure.' }) task?: CallbackTask | null;
  @Field(() => ComplaintRequest, { nullable: true, description: 'The complaint request opened in the same step, if any.' }) complaintRequest?: ComplaintRequest | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, FORBIDDEN, WRONG_STATE, QUIET_HOURS, OUTSIDE_DUE_WINDOW.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `reassignCallbackTasks`.' })
export class CallbackTasksPayload {
  @Field(() => [CallbackTask], { nullable: true, description: 'The tasks after the change.' }) tasks?: CallbackTask[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `raiseCallbackComplaint`.' })
export class ComplaintRequestPayload {
  @Field(() => ComplaintRequest, { nullable: true, description: 'The complaint request; null on failure.' }) complaintRequest?: ComplaintRequest | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, NOT_FOUND, FORBIDDEN, WRONG_STATE, CONFLICT.' }) errors!: FieldError[];
}
