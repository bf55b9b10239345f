import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Lead, LeadList } from '../entities/lead-list.entity.js';
import { LeadOutcome, RefusalReason } from '../entities/enums.js';

@ObjectType({ description: 'A page of lead lists.' })
export class LeadListConnection extends ConnectionType(LeadList, 'LeadList', 'lead list') {}

@ObjectType({ description: 'A page of leads.' })
export class LeadConnection extends ConnectionType(Lead, 'Lead', 'lead') {}

@ObjectType({ description: 'Leads with one outcome.' })
export class LeadOutcomeCount {
  @Field(() => LeadOutcome, { description: 'Outcome.' }) outcome!: LeadOutcome;
  @Field(() => Int, { description: 'Leads.' }) count!: number;
}

@ObjectType({ description: 'Refusals for one reason.' })
export class RefusalReasonCount {
  @Field(() => RefusalReason, { description: 'Reason.' }) reason!: RefusalReason;
  @Field(() => Int, { description: 'Refusals.' }) count!: number;
}

@ObjectType({ description: 'One specialist’s work on a lead list.' })
export class LeadStaffFigures {
  @Field(() => User, { nullable: true, description: 'The specialist; null for unassigned leads.' }) staff!: User | null;
  @Field(() => Int, { description: 'Leads given to them.' }) leads!: number;
  @Field(() => Int, { description: 'Leads called at least once.' }) called!: number;
  @Field(() => Int, { description: 'Converted.' }) converted!: number;
  @Field(() => Int, { description: 'Interested.' }) interested!: number;
  @Field(() => Int, { description: 'Refused.' }) refused!: number;
}

@ObjectType({ description: 'The monitoring sheet of a lead list: use of the list, outcomes, refusal reasons, staff performance, target.' })
export class LeadListSummaryType {
  @Field(() => Int, { description: 'Leads on the list.' }) leads!: number;
  @Field(() => Int, { description: 'Leads called at least once.' }) called!: number;
  @Field(() => Float, { nullable: true, description: 'List utilisation: called ÷ leads.' }) utilisation!: number | null;
  @Field(() => Int, { description: 'Converted leads.' }) converted!: number;
  @Field(() => Float, { nullable: true, description: 'Converted ÷ called.' }) conversionRate!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Converted reached the target; null without a target.' }) targetAchieved!: boolean | null;
  @Field(() => [LeadOutcomeCount], { description: 'Leads per outcome.' }) outcomes!: LeadOutcomeCount[];
  @Field(() => [RefusalReasonCount], { description: 'Refusal reasons, most frequent first.' }) refusalReasons!: RefusalReasonCount[];
  @Field(() => [LeadStaffFigures], { description: 'Per specialist.' }) perStaff!: LeadStaffFigures[];
}

@ObjectType({ description: 'Result of a mutation on a lead list.' })
export class LeadListPayload {
  @Field(() => LeadList, { nullable: true, description: 'The list after the change.' }) leadList?: LeadList | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `recordLeadCall`.' })
export class LeadPayload {
  @Field(() => Lead, { nullable: true, description: 'The lead after the call.' }) lead?: Lead | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, FORBIDDEN, WRONG_STATE, QUIET_HOURS.' }) errors!: FieldError[];
}
