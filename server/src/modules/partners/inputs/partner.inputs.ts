import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { PartnerType } from '../entities/partner.entity.js';

@InputType({ description: 'Filters for `partners`.' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the name or code.' })
  search?: string | null;

  @Field(() => PartnerType, { nullable: true, description: 'Only suppliers or only agents.' })
  type?: PartnerType | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) partners.' })
  active?: boolean | null;
}

export enum PartnerSortField { NAME = 'NAME', CODE = 'CODE', CREATED_AT = 'CREATED_AT' }
registerEnumType(PartnerSortField, { name: 'PartnerSortField', description: 'Columns `partners` can be sorted by.' });

@InputType({ description: 'Sort order of `partners`.' })
export class PartnerSort {
  @Field(() => PartnerSortField, { description: 'Column.' })
  field!: PartnerSortField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Input of `createPartner`.' })
export class CreatePartnerInput {
  @Field(() => PartnerType, { description: 'Supplier or agent.' })
  type!: PartnerType;

  @Field(() => String, { description: 'Unique code, 2–40 letters, digits or dashes.' })
  code!: string;

  @Field(() => String, { description: 'Company or shop name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  notes?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  active?: boolean | null;
}

@InputType({ description: 'Input of `updatePartner`; omitted fields stay as they are.' })
export class UpdatePartnerInput {
  @Field(() => ID, { description: 'The partner.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Company or shop name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  notes?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Active or not.' })
  active?: boolean | null;
}
