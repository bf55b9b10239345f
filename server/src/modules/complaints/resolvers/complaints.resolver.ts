import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Complaint } from '../entities/complaint.entity.js';
import {
  ApproveComplaintProposalInput, AssignComplaintInput, ComplaintFilter, ComplaintSort, InvestigateComplaintInput, JudgeComplaintInput, ProposeComplaintSolutionInput,
  RecordComplaintAcceptanceInput, RecordComplaintImplementationInput, RegisterComplaintInput, RejectComplaintProposalsInput, SummarizeComplaintInput,
} from '../inputs/complaint.inputs.js';
import { ComplaintBoardColumn, ComplaintChoices, ComplaintConnection, ComplaintPayload, ComplaintStatistics } from '../types/complaint.types.js';
import * as intake from '../services/complaint-intake.service.js';
import * as handling from '../services/complaint-handling.service.js';
import * as closing from '../services/complaint-closing.service.js';
import * as lists from '../services/complaint-lists.service.js';
import * as choices from '../services/complaint-choices.service.js';
import { statisticsFor } from '../services/complaint-stats.service.js';

@Resolver()
export class ComplaintsResolver {
  @Allow('complaint:read')
  @Query(() => ComplaintConnection, { description: 'Complaints (投诉), newest received first unless sorted otherwise, with filters for state/step, category, cause, department, handler, overdue, dates and a search. Needs `complaint:read`.' })
  complaints(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ComplaintFilter, { nullable: true, description: 'Filters.' }) where?: ComplaintFilter,
    @Arg('sort', () => ComplaintSort, { nullable: true, description: 'Sort order.' }) sort?: ComplaintSort) {
    return lists.listComplaints(ctx, { ...page, where, sort });
  }

  @Allow('complaint:read')
  @Query(() => Complaint, { nullable: true, description: 'One complaint with its form, proposals, timeline, linked return and follow-up callback. Needs `complaint:read`.' })
  complaint(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Complaint id.' }) id: string) {
    return lists.getComplaint(ctx, id);
  }

  @Allow('complaint:read')
  @Query(() => ComplaintConnection, { description: 'The escalation list for supervisors: open complaints past their 24-hour deadline, longest overdue first. Needs `complaint:read`.' })
  overdueComplaints(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs,
    @Arg('responsibleDepartmentId', () => ID, { nullable: true, description: 'Only this responsible department.' }) responsibleDepartmentId?: string,
    @Arg('handlerId', () => ID, { nullable: true, description: 'Only this handler.' }) handlerId?: string) {
    return lists.overdueComplaints(ctx, { ...page, responsibleDepartmentId, handlerId });
  }

  @Allow('complaint:read')
  @Query(() => [ComplaintBoardColumn], { description: 'The kanban board: every state in loop order with its count and overdue count. Needs `complaint:read`.' })
  complaintBoard(@Context() ctx: Ctx,
    @Arg('handlerId', () => ID, { nullable: true, description: 'Only this handler.' }) handlerId?: string,
    @Arg('responsibleDepartmentId', () => ID, { nullable: true, description: 'Only this responsible department.' }) responsibleDepartmentId?: string,
    @Arg('mine', () => Boolean, { nullable: true, description: 'Only complaints the caller handles.' }) mine?: boolean) {
    return lists.complaintBoard(ctx, { handlerId, responsibleDepartmentId, mine });
  }

  @Allow('complaint:read')
  @Query(() => ComplaintStatistics, { description: 'The complaint classification sheet (投诉分类统计表) for complaints received in [from, to), at most two years: count and share resolved within 24 h by category, cause, department, product, SKU, supplier and month. Needs `complaint:read`.' })
  complaintStatistics(@Arg('from', () => Date, { description: 'Start (inclusive).' }) from: Date, @Arg('to', () => Date, { description: 'End (exclusive).' }) to: Date): ComplaintStatistics {
    return statisticsFor(from, to);
  }

  @Allow('complaint:write')
  @Query(() => ComplaintChoices, { description: 'What the complaint forms pick from: handlers, responsible staff, suppliers, and the suggested supplier of a complaint’s SKU. Needs `complaint:write`.' })
  complaintChoices(@Context() ctx: Ctx, @Arg('complaintId', () => ID, { nullable: true, description: 'A complaint, to suggest its SKU’s supplier.' }) complaintId?: string) {
    return choices.complaintChoices(ctx, complaintId);
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 1, intake: registers a complaint (投诉登记表) for a customer of the archive, optionally from a complaint request; due 24 hours after receipt. Needs `complaint:write`.' })
  registerComplaint(@Context() ctx: Ctx, @Arg('input', () => RegisterComplaintInput, { description: 'The registration form.' }) input: RegisterComplaintInput) {
    return toPayload(() => intake.registerComplaint(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Hands an open complaint to another handler. Needs `complaint:write`.' })
  assignComplaint(@Context() ctx: Ctx, @Arg('input', () => AssignComplaintInput, { description: 'Complaint and new handler.' }) input: AssignComplaintInput) {
    return toPayload(() => intake.assignComplaint(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 2, judgment: valid → names the responsible department; invalid → closed (CLOSED_INVALID) with the polite reply. Needs `complaint:write`.' })
  judgeComplaint(@Context() ctx: Ctx, @Arg('input', () => JudgeComplaintInput, { description: 'The judgment.' }) input: JudgeComplaintInput) {
    return toPayload(() => intake.judgeComplaint(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 3, investigation: cause and the responsible person, supplier (product quality) or courier (logistics). Needs `complaint:write`.' })
  investigateComplaint(@Context() ctx: Ctx, @Arg('input', () => InvestigateComplaintInput, { description: 'The findings.' }) input: InvestigateComplaintInput) {
    return toPayload(() => handling.investigateComplaint(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 4, proposals: adds a solution (refund, return, exchange, resend, compensation, coupon, apology) for the supervisor to approve. Needs `complaint:write`.' })
  proposeComplaintSolution(@Context() ctx: Ctx, @Arg('input', () => ProposeComplaintSolutionInput, { description: 'The proposal.' }) input: ProposeComplaintSolutionInput) {
    return toPayload(() => handling.proposeComplaintSolution(ctx, input));
  }

  @Allow('complaint:approve')
  @Mutation(() => ComplaintPayload, { description: 'Step 5, approval: picks one proposal and signs it off; the proposer may not approve their own (SELF_APPROVAL). Needs `complaint:approve`.' })
  approveComplaintProposal(@Context() ctx: Ctx, @Arg('input', () => ApproveComplaintProposalInput, { description: 'The proposal picked.' }) input: ApproveComplaintProposalInput) {
    return toPayload(() => handling.approveComplaintProposal(ctx, input));
  }

  @Allow('complaint:approve')
  @Mutation(() => ComplaintPayload, { description: 'Step 5, sent back: rejects the waiting proposals with a note; the complaint returns to proposals. Needs `complaint:approve`.' })
  rejectComplaintProposals(@Context() ctx: Ctx, @Arg('input', () => RejectComplaintProposalsInput, { description: 'Complaint and reason.' }) input: RejectComplaintProposalsInput) {
    return toPayload(() => handling.rejectComplaintProposals(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 6, implementation: what was done, the return request for a refund/return/exchange (linked or opened here), the disciplinary note (SERVICE) and how the customer was notified. Needs `complaint:write`.' })
  recordComplaintImplementation(@Context() ctx: Ctx, @Arg('input', () => RecordComplaintImplementationInput, { description: 'The implementation.' }) input: RecordComplaintImplementationInput) {
    return toPayload(() => closing.recordComplaintImplementation(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 6, acceptance: the customer confirmed the solution (who, how, when) and their feedback; required before the summary. With `accepted: false` the solution is declined and the complaint goes back to proposals. Needs `complaint:write`.' })
  recordComplaintAcceptance(@Context() ctx: Ctx, @Arg('input', () => RecordComplaintAcceptanceInput, { description: 'The acceptance.' }) input: RecordComplaintAcceptanceInput) {
    return toPayload(() => closing.recordComplaintAcceptance(ctx, input));
  }

  @Allow('complaint:write')
  @Mutation(() => ComplaintPayload, { description: 'Step 7, summary: classification, root cause and improvement action; closes the complaint (resolution time kept) and schedules the follow-up callback. Needs `complaint:write`.' })
  summarizeComplaint(@Context() ctx: Ctx, @Arg('input', () => SummarizeComplaintInput, { description: 'The summary.' }) input: SummarizeComplaintInput) {
    return toPayload(() => closing.summarizeComplaint(ctx, input));
  }
}
