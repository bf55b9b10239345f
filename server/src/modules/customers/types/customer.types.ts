import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { Department } from '../../identity/entities/department.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { ContactLog } from '../entities/contact-log.entity.js';
import { MemberLevel } from '../entities/member-level.entity.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';
import { RfmSegment } from '../services/rfm.js';

@ObjectType({ description: 'A page of customers.' })
export class CustomerConnection extends ConnectionType(Customer, 'Customer', 'customer') {}

@ObjectType({ description: 'A page of contact-log entries.' })
export class ContactLogConnection extends ConnectionType(ContactLog, 'ContactLog', 'contact-log entry') {}

@ObjectType({ description: 'RFM scores (1–5) and segment, from the customer’s recorded orders. Thresholds: R ≤30/90/180/365 days, F ≥2/3/6/10 orders, M ≥¥200/800/2,000/5,000; a score ≥ 3 is high.' })
export class RfmType {
  @Field(() => Int, { nullable: true, description: 'Days since the last completed order; null without orders.' }) recencyDays!: number | null;
  @Field(() => Int, { description: 'Recency score 1–5.' }) recency!: number;
  @Field(() => Int, { description: 'Frequency score 1–5.' }) frequency!: number;
  @Field(() => Int, { description: 'Monetary score 1–5.' }) monetary!: number;
  @Field(() => RfmSegment, { description: 'Segment.' }) segment!: RfmSegment;
}

@ObjectType({ description: 'Result of a mutation on a customer.' })
export class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer after the change; null on failure.' }) customer?: Customer | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND, WRONG_STATE, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `importCustomers`.' })
export class ImportCustomersPayload {
  @Field(() => Int, { nullable: true, description: 'New customers.' }) created?: number | null;
  @Field(() => Int, { nullable: true, description: 'Existing customers (matched by phone or platform account) given new details or tags.' }) updated?: number | null;
  @Field(() => Int, { nullable: true, description: 'Existing customers the file added nothing to.' }) unchanged?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows combined with an earlier row of the same file (same phone or account).' }) combinedInFile?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'True when nothing was written.' }) dryRun?: boolean | null;
  @Field(() => [FieldError], { description: 'Expected failures per row (`rows.<row>.<field>`): INVALID, REQUIRED, CONFLICT. Any error means nothing was written.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `mergeCustomers`.' })
export class MergeCustomersPayload {
  @Field(() => Customer, { nullable: true, description: 'The kept record after the merge.' }) customer?: Customer | null;
  @Field(() => Int, { nullable: true, description: 'Duplicates merged.' }) merged?: number | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `assignCustomers`.' })
export class AssignCustomersPayload {
  @Field(() => Int, { nullable: true, description: 'Customers given to the specialist (a new 7-day first-contact deadline each).' }) assigned?: number | null;
  @Field(() => Int, { nullable: true, description: 'Customers already theirs, left unchanged.' }) unchanged?: number | null;
  @Field(() => [Customer], { nullable: true, description: 'The customers named.' }) customers?: Customer[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'One specialist’s share of an automatic distribution.' })
export class DistributionRow {
  @Field(() => User, { description: 'The specialist.' }) specialist!: User;
  @Field(() => Int, { description: 'Ability factor used, in percent.' }) abilityPercent!: number;
  @Field(() => Int, { description: 'Load before.' }) before!: number;
  @Field(() => Int, { description: 'Items given now.' }) added!: number;
  @Field(() => Int, { description: 'Load after.' }) after!: number;
}

@ObjectType({ description: 'Result of `autoAssignCustomers`.' })
export class AutoAssignPayload {
  @Field(() => Int, { nullable: true, description: 'Customers distributed.' }) assigned?: number | null;
  @Field(() => [DistributionRow], { nullable: true, description: 'Per specialist: ability, load before and after.' }) specialists?: DistributionRow[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `setSpecialistProfile`.' })
export class SpecialistProfilePayload {
  @Field(() => SpecialistProfile, { nullable: true, description: 'The profile after the change.' }) specialist?: SpecialistProfile | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of logging a contact or care action.' })
export class ContactLogPayload {
  @Field(() => ContactLog, { nullable: true, description: 'The entry; null on failure.' }) contact?: ContactLog | null;
  @Field(() => [FieldError], { description: 'Expected failures: REQUIRED, INVALID, NOT_FOUND, WRONG_STATE, QUIET_HOURS.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a member level.' })
export class MemberLevelPayload {
  @Field(() => MemberLevel, { nullable: true, description: 'The level after the change.' }) memberLevel?: MemberLevel | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'First-contact figures of one specialist.' })
export class SpecialistFirstContactRow {
  @Field(() => User, { description: 'The specialist.' }) specialist!: User;
  @Field(() => Int, { description: 'Customers owned.' }) assigned!: number;
  @Field(() => Int, { description: 'Still awaiting the first contact.' }) awaiting!: number;
  @Field(() => Int, { description: 'First contact overdue (7 days passed).' }) overdue!: number;
  @Field(() => Int, { description: 'First contact due within 24 hours.' }) dueWithinDay!: number;
}

@ObjectType({ description: 'First-contact figures of a team (the specialists’ department).' })
export class TeamFirstContactRow {
  @Field(() => Department, { nullable: true, description: 'The team; null for specialists without a department.' }) team!: Department | null;
  @Field(() => Int, { description: 'Specialists with customers.' }) specialists!: number;
  @Field(() => Int, { description: 'Customers owned.' }) assigned!: number;
  @Field(() => Int, { description: 'Still awaiting the first contact.' }) awaiting!: number;
  @Field(() => Int, { description: 'First contact overdue.' }) overdue!: number;
  @Field(() => Int, { description: 'First contact due within 24 hours.' }) dueWithinDay!: number;
}

@ObjectType({ description: 'The 7-day first-contact rule per specialist and per team.' })
export class FirstContactOverview {
  @Field(() => Date, { description: 'The time the figures refer to (UTC).' }) asOf!: Date;
  @Field(() => [SpecialistFirstContactRow], { description: 'Per specialist.' }) specialists!: SpecialistFirstContactRow[];
  @Field(() => [TeamFirstContactRow], { description: 'Per team.' }) teams!: TeamFirstContactRow[];
}
