import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ApiTokenKind } from '../entities/api-token.entity.js';

@InputType({ description: 'Input of `createApiToken`.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'A label: who uses it and for what.' })
  name!: string;

  @Field(() => ApiTokenKind, { description: 'Partner or analyst.' })
  kind!: ApiTokenKind;

  @Field(() => [String], { description: 'Scope: permission names. Analyst tokens take only `:read` permissions; no token takes administration permissions.' })
  permissions!: string[];

  @Field(() => ID, { nullable: true, description: 'Required for partner tokens: the supplier or agent.' })
  partnerId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Expiry; defaults to 90 days from now.' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Filters for `apiTokens`.' })
export class ApiTokenFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the name or prefix.' })
  search?: string | null;

  @Field(() => ApiTokenKind, { nullable: true, description: 'Only partner or only analyst tokens.' })
  kind?: ApiTokenKind | null;

  @Field(() => Boolean, { nullable: true, description: 'True: usable now; false: revoked or expired.' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only tokens of this partner.' })
  partnerId?: string | null;
}

export enum ApiTokenSortField { CREATED_AT = 'CREATED_AT', NAME = 'NAME', LAST_USED_AT = 'LAST_USED_AT' }
registerEnumType(ApiTokenSortField, { name: 'ApiTokenSortField', description: 'Columns `apiTokens` can be sorted by.' });

@InputType({ description: 'Sort order of `apiTokens`.' })
export class ApiTokenSort {
  @Field(() => ApiTokenSortField, { description: 'Column.' })
  field!: ApiTokenSortField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction!: SortDirection;
}
