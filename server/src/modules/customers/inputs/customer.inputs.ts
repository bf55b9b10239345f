import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { CustomerChannel, CustomerStatus } from '../entities/enums.js';
import { RfmSegment } from '../services/rfm.js';

@InputType({ description: 'Filters for `customers` and `customersCsv`; all given conditions must hold.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the name; callers who may see contact data also match phone, e-mail and platform account, others the platform account in full.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only my customers. Defaults to true for specialists (`customer:write` without `customer:assign`) when browsing without a search or owner filter.' }) mine?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only customers of this specialist.' }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only unassigned (true) or only assigned (false) customers.' }) unassigned?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only customers of specialists in this department (team).' }) teamId?: string | null;
  @Field(() => CustomerChannel, { nullable: true, description: 'Only this channel.' }) channel?: CustomerChannel | null;
  @Field(() => ID, { nullable: true, description: 'Only this member level.' }) memberLevelId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only members (true) or only non-members (false).' }) membersOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only VIPs (true) or only non-VIPs (false).' }) vip?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Customers with any of these tags.' }) tags?: string[] | null;
  @Field(() => RfmSegment, { nullable: true, description: 'Only this RFM segment.' }) segment?: RfmSegment | null;
  @Field(() => Boolean, { nullable: true, description: 'True: first contact overdue (7-day deadline passed without contact).' }) firstContactOverdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'True: assigned and still awaiting the first contact.' }) awaitingFirstContact?: boolean | null;
  @Field(() => CustomerStatus, { nullable: true, description: 'ACTIVE (default) or MERGED records.' }) status?: CustomerStatus | null;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' }) createdFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Created before.' }) createdTo?: Date | null;
}

export enum CustomerSortField { NAME = 'NAME', CREATED_AT = 'CREATED_AT', LIFETIME_VALUE = 'LIFETIME_VALUE', LAST_ORDER_AT = 'LAST_ORDER_AT', FIRST_CONTACT_DUE_AT = 'FIRST_CONTACT_DUE_AT' }
registerEnumType(CustomerSortField, { name: 'CustomerSortField', description: 'Columns `customers` can be sorted by.' });

@InputType({ description: 'Sort order of `customers`.' })
export class CustomerSort {
  @Field(() => CustomerSortField, { description: 'Column.' }) field!: CustomerSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `createCustomer`.' })
export class CreateCustomerInput {
  @Field(() => String, { description: 'Name or nickname, at most 80 characters.' }) name!: string;
  @Field(() => CustomerChannel, { description: 'Where the customer came from.' }) channel!: CustomerChannel;
  @Field(() => String, { nullable: true, description: 'Buyer account on the platform; must not belong to another active customer.' }) platformAccount?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone; spaces, dashes and +86 are ignored; must not belong to another active customer.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Address.' }) address?: string | null;
  @Field(() => [String], { nullable: true, description: 'Tags.' }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) notes?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Enrol as a member at the entry level.' }) member?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The resale agent who brought the customer.' }) agentId?: string | null;
}

@InputType({ description: 'Input of `updateCustomer`; omitted fields stay as they are, null clears. Contact fields need `customer:pii:read`.' })
export class UpdateCustomerInput {
  @Field(() => ID, { description: 'The customer.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => CustomerChannel, { nullable: true, description: 'Channel.' }) channel?: CustomerChannel | null;
  @Field(() => String, { nullable: true, description: 'Platform account.' }) platformAccount?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Address.' }) address?: string | null;
  @Field(() => [String], { nullable: true, description: 'Replaces the tags.' }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) notes?: string | null;
  @Field(() => ID, { nullable: true, description: 'Resale agent.' }) agentId?: string | null;
}

@InputType({ description: 'Input of `importCustomers`.' })
export class ImportCustomersInput {
  @Field(() => String, { description: 'CSV text with a header row: name, platform_account, phone, email, address, channel, tags (separated by ;), notes, member (yes/no). Chinese headers (姓名, 平台账号, 手机, 邮箱, 地址, 渠道, 标签, 备注, 会员) work too.' }) csv!: string;
  @Field(() => CustomerChannel, { nullable: true, description: 'Channel for rows without one (default OTHER).' }) defaultChannel?: CustomerChannel | null;
  @Field(() => Boolean, { nullable: true, description: 'Only count what would happen; write nothing.' }) dryRun?: boolean | null;
}

@InputType({ description: 'Input of `mergeCustomers`.' })
export class MergeCustomersInput {
  @Field(() => ID, { description: 'The record to keep.' }) keepId!: string;
  @Field(() => [ID], { description: 'Duplicates to merge into it (at most 20).' }) duplicateIds!: string[];
  @Field(() => String, { nullable: true, description: 'Why, kept in the history.' }) note?: string | null;
}
