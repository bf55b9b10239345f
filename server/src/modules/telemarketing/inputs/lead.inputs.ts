import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { LeadListStatus, LeadOutcome, RefusalReason } from '../entities/enums.js';

@InputType({ description: 'A potential customer on a new lead list.' })
export class LeadInput {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { description: 'Phone; duplicates within the list are dropped.' }) phone!: string;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `createLeadList`.' })
export class CreateLeadListInput {
  @Field(() => String, { description: 'Name of the list.' }) name!: string;
  @Field(() => String, { description: 'The campaign it serves.' }) campaign!: string;
  @Field(() => Int, { nullable: true, description: 'Target number of conversions.' }) targetConversions?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Specialists to spread the leads over; default the assignment pool.' }) specialistIds?: string[] | null;
  @Field(() => [LeadInput], { description: 'The leads (at most 5,000).' }) leads!: LeadInput[];
}

@InputType({ description: 'Input of `recordLeadCall`.' })
export class RecordLeadCallInput {
  @Field(() => ID, { description: 'The lead.' }) leadId!: string;
  @Field(() => LeadOutcome, { description: 'What the call achieved (not PENDING).' }) outcome!: LeadOutcome;
  @Field(() => RefusalReason, { nullable: true, description: 'Required with REFUSED.' }) refusalReason?: RefusalReason | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
  @Field(() => Date, { nullable: true, description: 'When (default now); never inside quiet hours.' }) calledAt?: Date | null;
}

@InputType({ description: 'Input of `closeLeadList`.' })
export class CloseLeadListInput {
  @Field(() => ID, { description: 'The list.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Closing note.' }) note?: string | null;
}

@InputType({ description: 'Filters for `leadLists`.' })
export class LeadListFilter {
  @Field(() => LeadListStatus, { nullable: true, description: 'Only this state.' }) status?: LeadListStatus | null;
  @Field(() => String, { nullable: true, description: 'Matches the list or campaign name.' }) search?: string | null;
}

@InputType({ description: 'Filters for `leads`.' })
export class LeadFilter {
  @Field(() => ID, { nullable: true, description: 'Only this list.' }) listId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this specialist’s leads.' }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only mine; defaults to true for specialists (`callback:work` without `callback:manage`).' }) mine?: boolean | null;
  @Field(() => LeadOutcome, { nullable: true, description: 'Only this outcome.' }) outcome?: LeadOutcome | null;
}

@InputType({ description: 'Sort of `leads` by id.' })
export class LeadSort {
  @Field(() => SortDirection, { description: 'Direction (default ascending: list order).' }) direction!: SortDirection;
}
