import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { CareType, ContactChannel, ContactDirection, ContactKind, ContactOutcome } from '../entities/enums.js';

@InputType({ description: 'Input of `assignCustomers`.' })
export class AssignCustomersInput {
  @Field(() => [ID], { description: 'Customers to assign (at most 5,000).' }) customerIds!: string[];
  @Field(() => ID, { description: 'The specialist (an active staff member with `customer:write`).' }) specialistId!: string;
  @Field(() => String, { nullable: true, description: 'Note kept with the assignment.' }) note?: string | null;
}

@InputType({ description: 'Input of `autoAssignCustomers`.' })
export class AutoAssignCustomersInput {
  @Field(() => [ID], { nullable: true, description: 'Customers to distribute; default every unassigned active customer (up to 5,000).' }) customerIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Specialists to distribute to; default the assignment pool.' }) specialistIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Note kept with each assignment.' }) note?: string | null;
}

@InputType({ description: 'Input of `setSpecialistProfile`; omitted fields stay as they are.' })
export class SetSpecialistProfileInput {
  @Field(() => ID, { description: 'The staff member.' }) userId!: string;
  @Field(() => Int, { nullable: true, description: 'Ability in percent, 10–500 (100 = standard).' }) abilityPercent?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Receives automatic distributions.' }) inPool?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@InputType({ description: 'Input of `logContact`.' })
export class LogContactInput {
  @Field(() => ID, { description: 'The customer.' }) customerId!: string;
  @Field(() => ContactChannel, { description: 'Phone, e-mail, SMS or chat.' }) channel!: ContactChannel;
  @Field(() => ContactDirection, { description: 'Inbound or outbound.' }) direction!: ContactDirection;
  @Field(() => ContactOutcome, { description: 'How it ended.' }) outcome!: ContactOutcome;
  @Field(() => String, { description: 'What was said or done.' }) summary!: string;
  @Field(() => Date, { nullable: true, description: 'When (default now); not in the future; outbound calls and texts not inside quiet hours.' }) at?: Date | null;
}

@InputType({ description: 'Input of `logCareAction`.' })
export class LogCareActionInput {
  @Field(() => ID, { description: 'The customer.' }) customerId!: string;
  @Field(() => CareType, { description: 'Kind of care.' }) careType!: CareType;
  @Field(() => ContactChannel, { description: 'Channel used.' }) channel!: ContactChannel;
  @Field(() => String, { description: 'What was sent or offered.' }) summary!: string;
  @Field(() => ContactOutcome, { nullable: true, description: 'Outcome (default REACHED).' }) outcome?: ContactOutcome | null;
  @Field(() => Date, { nullable: true, description: 'When (default now); calls and texts not inside quiet hours.' }) at?: Date | null;
}

@InputType({ description: 'Filters for `contactLogs`.' })
export class ContactLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only this customer.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only logged by this staff member.' }) staffId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only what I logged; defaults to true for specialists unless a customer or staff member is named.' }) mine?: boolean | null;
  @Field(() => ContactKind, { nullable: true, description: 'Only this kind.' }) kind?: ContactKind | null;
  @Field(() => ContactChannel, { nullable: true, description: 'Only this channel.' }) channel?: ContactChannel | null;
  @Field(() => Date, { nullable: true, description: 'At or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before.' }) to?: Date | null;
}

@InputType({ description: 'Sort by time.' })
export class DeskTimeSort {
  @Field(() => SortDirection, { description: 'DESC (default) shows the newest first.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `createMemberLevel`.' })
export class CreateMemberLevelInput {
  @Field(() => String, { description: 'Code: upper-case letters, digits, _ or -.' }) code!: string;
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => Int, { description: 'Lifetime spend in fen at which customers reach it; unique.' }) thresholdFen!: number;
  @Field(() => Boolean, { nullable: true, description: 'Reaching it makes the customer a VIP.' }) grantsVip?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Benefits.' }) description?: string | null;
}

@InputType({ description: 'Input of `updateMemberLevel`; omitted fields stay as they are.' })
export class UpdateMemberLevelInput {
  @Field(() => ID, { description: 'The level.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => Int, { nullable: true, description: 'Threshold in fen.' }) thresholdFen?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Grants VIP.' }) grantsVip?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Benefits.' }) description?: string | null;
}

@InputType({ description: 'Input of `setCustomerMemberLevel`.' })
export class SetCustomerMemberLevelInput {
  @Field(() => ID, { description: 'The customer.' }) customerId!: string;
  @Field(() => ID, { nullable: true, description: 'The level; null removes the membership.' }) memberLevelId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why, kept in the history.' }) note?: string | null;
}
