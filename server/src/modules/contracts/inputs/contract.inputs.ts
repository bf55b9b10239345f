import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ContractStatus, ContractType } from '../entities/contract.entity.js';

@InputType({ description: 'Filters for `contracts`; all given conditions must hold.' })
export class ContractFilter {
  @Field(() => ContractStatus, { nullable: true, description: 'Only this state as it reads today (EXPIRED includes active contracts past their end).' }) status?: ContractStatus | null;
  @Field(() => ContractType, { nullable: true, description: 'Only this kind.' }) type?: ContractType | null;
  @Field(() => ID, { nullable: true, description: 'Only contracts with this supplier.' }) supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number or title.' }) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Ending on or after this day (YYYY-MM-DD).' }) endingFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Ending on or before this day (YYYY-MM-DD).' }) endingTo?: string | null;
}

export enum ContractSortField { CREATED_AT = 'CREATED_AT', END_DATE = 'END_DATE', AMOUNT = 'AMOUNT', CODE = 'CODE' }
registerEnumType(ContractSortField, {
  name: 'ContractSortField', description: 'Columns `contracts` can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'Creation order.' }, END_DATE: { description: 'End date.' }, AMOUNT: { description: 'Amount.' }, CODE: { description: 'Number.' } },
});

@InputType({ description: 'Sort order of `contracts` (default: newest first).' })
export class ContractSort {
  @Field(() => ContractSortField, { description: 'Column.' }) field!: ContractSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `createContract`.' })
export class CreateContractInput {
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => ContractType, { description: 'Kind of contract.' }) type!: ContractType;
  @Field(() => ID, { nullable: true, description: 'The supplier (a partner of type SUPPLIER).' }) supplierId?: string | null;
  @Field(() => String, { description: 'The shop party as named on the contract.' }) shopParty!: string;
  @Field(() => String, { nullable: true, description: 'Terms text.' }) terms?: string | null;
  @Field(() => Int, { nullable: true, description: 'Amount in fen (default 0).' }) amount?: number | null;
  @Field(() => String, { description: 'First day in force, YYYY-MM-DD.' }) startDate!: string;
  @Field(() => String, { description: 'Last day in force, YYYY-MM-DD.' }) endDate!: string;
}

@InputType({ description: 'Input of `updateContract` (drafts only); omitted fields stay as they are.' })
export class UpdateContractInput {
  @Field(() => ID, { description: 'The contract.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string | null;
  @Field(() => ContractType, { nullable: true, description: 'Kind.' }) type?: ContractType | null;
  @Field(() => ID, { nullable: true, description: 'The supplier.' }) supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'Shop party.' }) shopParty?: string | null;
  @Field(() => String, { nullable: true, description: 'Terms text.' }) terms?: string | null;
  @Field(() => Int, { nullable: true, description: 'Amount in fen.' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'First day in force.' }) startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day in force.' }) endDate?: string | null;
}

@InputType({ description: 'A state change of a contract, with a note (required to reject or terminate).' })
export class ContractActionInput {
  @Field(() => ID, { description: 'The contract.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the contract’s history.' }) note?: string | null;
}

@InputType({ description: 'Input of `addContractAttachment`: a file as base64.' })
export class AddContractAttachmentInput {
  @Field(() => ID, { description: 'The contract.' }) contractId!: string;
  @Field(() => String, { description: 'File name.' }) fileName!: string;
  @Field(() => String, { description: '`application/pdf`, `image/jpeg`, `image/png` or `image/webp`; must match the bytes.' }) contentType!: string;
  @Field(() => String, { description: 'The file, base64 (a `data:` prefix is allowed), at most 10 MB.' }) base64!: string;
}

@InputType({ description: 'Names an attachment.' })
export class RemoveContractAttachmentInput {
  @Field(() => ID, { description: 'The attachment.' }) id!: string;
}
