import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ContactChannel } from '../../customers/entities/enums.js';
import { ReturnReasonCode, ReturnType } from '../../returns/entities/return-enums.js';
import { AcceptanceMethod, ComplaintCategory, ComplaintCause, ComplaintChannel, ComplaintSolution, ComplaintState } from '../entities/enums.js';
import { ComplaintSortField } from '../services/complaint-lists.service.js';

registerEnumType(ComplaintSortField, {
  name: 'ComplaintSortField', description: 'What the complaint list is sorted by.',
  valuesConfig: {
    RECEIVED_AT: { description: 'When received (default).' }, DUE_AT: { description: 'The 24-hour deadline.' },
    RESOLVED_AT: { description: 'When closed.' }, UPDATED_AT: { description: 'Last change.' }, CODE: { description: 'Complaint number.' },
  },
});

@InputType({ description: 'Step 1 — input of `registerComplaint`: the complaint registration form (投诉登记表).' })
export class RegisterComplaintInput {
  @Field(() => ID, { description: 'The complainant: a customer of the archive (required; the follow-up callback calls them).' }) customerId!: string;
  @Field(() => ComplaintChannel, { description: 'How the complaint arrived.' }) channel!: ComplaintChannel;
  @Field(() => Date, { nullable: true, description: 'When it was received, if earlier than now (e.g. a phone call registered afterwards); at most 7 days back. The 24-hour deadline runs from here.' }) receivedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'The order complained about (must be the customer’s).' }) orderId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The product complained about; implied by `skuId`.' }) productId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The SKU complained about (must be on the order when both are given).' }) skuId?: string | null;
  @Field(() => ComplaintCategory, { description: 'What the complaint is about.' }) category!: ComplaintCategory;
  @Field(() => String, { description: 'The complaint content, up to 4000 characters.' }) content!: string;
  @Field(() => String, { description: 'What the customer demands, up to 2000 characters.' }) demand!: string;
  @Field(() => ID, { nullable: true, description: 'An open complaint request raised by customer service for the same customer; it is linked.' }) complaintRequestId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The handler (needs `complaint:write`); default the caller.' }) handlerId?: string | null;
}

@InputType({ description: 'Input of `assignComplaint`.' })
export class AssignComplaintInput {
  @Field(() => ID, { description: 'The complaint (open).' }) id!: string;
  @Field(() => ID, { description: 'The new handler (needs `complaint:write`).' }) handlerId!: string;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' }) note?: string | null;
}

@InputType({ description: 'Step 2 — input of `judgeComplaint`.' })
export class JudgeComplaintInput {
  @Field(() => ID, { description: 'The complaint (REGISTERED).' }) id!: string;
  @Field(() => Boolean, { description: 'Is the complaint valid (投诉成立)? False closes it as CLOSED_INVALID with `reply`.' }) valid!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Is the demand reasonable? Required when valid.' }) demandReasonable?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The responsible department (`departments`); required when valid.' }) responsibleDepartmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'The polite reply given to the customer; required when invalid.' }) reply?: string | null;
  @Field(() => String, { nullable: true, description: 'Reasoning, kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'Step 3 — input of `investigateComplaint`.' })
export class InvestigateComplaintInput {
  @Field(() => ID, { description: 'The complaint (JUDGED).' }) id!: string;
  @Field(() => ComplaintCause, { description: 'The cause found.' }) cause!: ComplaintCause;
  @Field(() => String, { description: 'What the investigation found.' }) findings!: string;
  @Field(() => ID, { nullable: true, description: 'The staff member responsible; required when the cause is SERVICE.' }) responsibleUserId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The supplier (a SUPPLIER partner); required when, and only when, the cause is PRODUCT_QUALITY.' }) supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'The courier; required when, and only when, the cause is LOGISTICS.' }) courierName?: string | null;
}

@InputType({ description: 'Step 4 — input of `proposeComplaintSolution`.' })
export class ProposeComplaintSolutionInput {
  @Field(() => ID, { description: 'The complaint (INVESTIGATED, or PROPOSED to add another).' }) complaintId!: string;
  @Field(() => ComplaintSolution, { description: 'Kind of solution. REFUND/RETURN/EXCHANGE need the complaint’s order.' }) solution!: ComplaintSolution;
  @Field(() => Int, { nullable: true, description: 'Amount in fen: required for REFUND, COMPENSATION and COUPON; a refund is at most what was paid.' }) amountFen?: number | null;
  @Field(() => String, { description: 'What exactly is proposed.' }) description!: string;
}

@InputType({ description: 'Step 5 — input of `approveComplaintProposal`.' })
export class ApproveComplaintProposalInput {
  @Field(() => ID, { description: 'The proposal to pick (PROPOSED); not one you proposed yourself.' }) proposalId!: string;
  @Field(() => String, { nullable: true, description: 'Sign-off remark.' }) note?: string | null;
}

@InputType({ description: 'Step 5 — input of `rejectComplaintProposals`.' })
export class RejectComplaintProposalsInput {
  @Field(() => ID, { description: 'The complaint (PROPOSED).' }) id!: string;
  @Field(() => String, { description: 'Why the proposals are sent back (required).' }) note!: string;
}

@InputType({ description: 'A line of the return request opened for a complaint.' })
export class ComplaintReturnLineInput {
  @Field(() => ID, { description: 'A line of the complaint’s order.' }) orderLineId!: string;
  @Field(() => Int, { description: 'Units, at least 1 and at most what can still be returned.' }) quantity!: number;
}

@InputType({ description: 'A return request to open on the complaint’s order while recording the implementation (contract C5).' })
export class ComplaintOpenReturnInput {
  @Field(() => ReturnReasonCode, { description: 'Reason code for the return analysis.' }) reasonCode!: ReturnReasonCode;
  @Field(() => [ComplaintReturnLineInput], { description: 'What comes back (REFUND_ONLY: what is refunded).' }) lines!: ComplaintReturnLineInput[];
  @Field(() => ReturnType, { nullable: true, description: 'Default from the solution: REFUND → REFUND_ONLY, RETURN → RETURN, EXCHANGE → EXCHANGE (a refund may also be a RETURN).' }) type?: ReturnType | null;
  @Field(() => String, { nullable: true, description: 'Note on the return request; default the complaint number.' }) note?: string | null;
}

@InputType({ description: 'Step 6 — input of `recordComplaintImplementation`.' })
export class RecordComplaintImplementationInput {
  @Field(() => ID, { description: 'The complaint (APPROVED).' }) id!: string;
  @Field(() => String, { description: 'What was done to carry out the approved solution.' }) note!: string;
  @Field(() => ID, { nullable: true, description: 'REFUND/RETURN/EXCHANGE: link this existing return request (same order, not linked to another complaint).' }) returnRequestId?: string | null;
  @Field(() => ComplaintOpenReturnInput, { nullable: true, description: 'REFUND/RETURN/EXCHANGE: or open a return request now, in the same transaction.' }) openReturn?: ComplaintOpenReturnInput | null;
  @Field(() => String, { nullable: true, description: 'Disciplinary note for the responsible staff (处罚); required when the cause is SERVICE.' }) disciplinaryNote?: string | null;
  @Field(() => ContactChannel, { description: 'How the customer was told of the solution.' }) notifiedChannel!: ContactChannel;
  @Field(() => Date, { nullable: true, description: 'When the customer was told; default now.' }) notifiedAt?: Date | null;
}

@InputType({ description: 'Step 6 — input of `recordComplaintAcceptance`: the customer’s answer to the solution (顾客签字确认).' })
export class RecordComplaintAcceptanceInput {
  @Field(() => ID, { description: 'The complaint (IMPLEMENTED).' }) id!: string;
  @Field(() => Boolean, { nullable: true, description: 'Whether the customer accepts (default true). False: the solution is DECLINED and the complaint goes back to proposals; `feedback` then says why.' }) accepted?: boolean | null;
  @Field(() => String, { description: 'Who answered on the customer’s side (name or account).' }) confirmedBy!: string;
  @Field(() => AcceptanceMethod, { description: 'How they confirmed.' }) method!: AcceptanceMethod;
  @Field(() => Date, { nullable: true, description: 'When; default now; not before the customer was notified.' }) acceptedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The customer’s feedback.' }) feedback?: string | null;
}

@InputType({ description: 'Step 7 — input of `summarizeComplaint`.' })
export class SummarizeComplaintInput {
  @Field(() => ID, { description: 'The complaint (ACCEPTED).' }) id!: string;
  @Field(() => String, { description: 'Classification for the statistics sheet, e.g. `质量-破损`.' }) classification!: string;
  @Field(() => String, { description: 'Root cause.' }) rootCause!: string;
  @Field(() => String, { description: 'Improvement action (改进对策).' }) improvementAction!: string;
}

@InputType({ description: 'Filters for `complaints`; every given condition must hold.' })
export class ComplaintFilter {
  @Field(() => ComplaintState, { nullable: true, description: 'Only this state.' }) state?: ComplaintState | null;
  @Field(() => [ComplaintState], { nullable: true, description: 'Only these states.' }) states?: ComplaintState[] | null;
  @Field(() => Int, { nullable: true, description: 'Only complaints waiting for this step (2–7; 8 = closed), see `Complaint.step`.' }) step?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True: still being handled; false: closed (valid or invalid).' }) open?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'True: open and past the 24-hour deadline; false: not overdue.' }) overdue?: boolean | null;
  @Field(() => ComplaintCategory, { nullable: true, description: 'Only this category.' }) category?: ComplaintCategory | null;
  @Field(() => ComplaintCause, { nullable: true, description: 'Only this cause.' }) cause?: ComplaintCause | null;
  @Field(() => ID, { nullable: true, description: 'Only this responsible department.' }) responsibleDepartmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this handler.' }) handlerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'True: only complaints the caller handles.' }) mine?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only this customer’s complaints.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only complaints traced to this supplier.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only complaints about this order.' }) orderId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Received at or after.' }) receivedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Received before.' }) receivedTo?: Date | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number, the content or the customer’s name.' }) search?: string | null;
}

@InputType({ description: 'Sort order of `complaints`.' })
export class ComplaintSort {
  @Field(() => ComplaintSortField, { nullable: true, description: 'Column; default RECEIVED_AT.' }) field?: ComplaintSortField | null;
  @Field(() => SortDirection, { nullable: true, description: 'Default DESC.' }) direction?: SortDirection | null;
}
