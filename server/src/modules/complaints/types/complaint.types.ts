import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Complaint } from '../entities/complaint.entity.js';
import { ComplaintProposal } from '../entities/complaint-proposal.entity.js';
import { ComplaintState } from '../entities/enums.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

@ObjectType({ description: 'A page of complaints.' })
export class ComplaintConnection extends ConnectionType(Complaint, 'Complaint', 'complaint') {}

@ObjectType({ description: 'Result of a mutation on a complaint.' })
export class ComplaintPayload {
  @Field(() => Complaint, { nullable: true, description: 'The complaint after the change; null on failure.' })
  complaint?: Complaint | null;

  @Field(() => ComplaintProposal, { nullable: true, description: 'The proposal added or approved, for `proposeComplaintSolution` and `approveComplaintProposal`.' })
  proposal?: ComplaintProposal | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, FORBIDDEN, WRONG_STATE (a step out of order), SELF_APPROVAL, CONFLICT, OVERREFUND, OVER_QUANTITY.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'One column of the complaint board (kanban): a state and how many complaints are in it.' })
export class ComplaintBoardColumn {
  @Field(() => ComplaintState, { description: 'The state.' }) state!: ComplaintState;
  @Field(() => Int, { description: 'The step this state waits for (2–7; 8 = closed).' }) step!: number;
  @Field(() => Int, { description: 'Complaints in this state.' }) count!: number;
  @Field(() => Int, { description: 'Of which open and past their 24-hour deadline.' }) overdueCount!: number;
}

@ObjectType({ description: 'One row of the complaint classification sheet (投诉分类统计表), counted from the complaint records.' })
export class ComplaintStatRow {
  @Field(() => String, { nullable: true, description: 'The group: an enum value (category, cause), an id (department, product, SKU, supplier), a shop-local month `YYYY-MM`, or `all`; null = not set (e.g. no cause yet).' }) key?: string | null;
  @Field(() => String, { description: 'Readable label of the group (name or code); `—` when not set.' }) label!: string;
  @Field(() => Int, { description: 'Complaints received in the period.' }) count!: number;
  @Field(() => Int, { description: 'Of which closed (valid or invalid).' }) closedCount!: number;
  @Field(() => Int, { description: 'Of which closed within 24 hours of receipt.' }) resolvedWithin24hCount!: number;
  @Field(() => Float, { description: 'resolvedWithin24hCount ÷ count, 0–1 (0 when count is 0).' }) resolvedWithin24hShare!: number;
  @Field(() => Int, { nullable: true, description: 'Mean minutes from receipt to closing of the closed ones; null when none closed.' }) averageResolutionMinutes?: number | null;
}

/** The period of a statistics request; each dimension is a field resolved on demand. */
@ObjectType({ description: 'Complaint statistics for complaints received in [from, to); request only the dimensions you show.' })
export class ComplaintStatistics {
  @Field(() => Date, { description: 'Start (inclusive, UTC).' }) from!: Date;
  @Field(() => Date, { description: 'End (exclusive, UTC).' }) to!: Date;
}

@ObjectType({ description: 'Short lists the complaint forms pick from (handlers, responsible staff, suppliers).' })
export class ComplaintChoices {
  @Field(() => [User], { description: 'Active staff who may work complaints (`complaint:write`): handlers.' }) handlers!: User[];
  @Field(() => [User], { description: 'All active staff, for the person responsible found by the investigation.' }) staff!: User[];
  @Field(() => [Partner], { description: 'Active suppliers, for a product-quality cause.' }) suppliers!: Partner[];
  @Field(() => Partner, { nullable: true, description: 'The supplier the complaint’s SKU is bought from (preferred, else cheapest), when a complaint is given and its SKU has one.' }) suggestedSupplier?: Partner | null;
}
