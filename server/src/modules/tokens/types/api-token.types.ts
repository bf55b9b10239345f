import { Field, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { ApiToken } from '../entities/api-token.entity.js';

@ObjectType({ description: 'A page of API tokens.' })
export class ApiTokenConnection extends ConnectionType(ApiToken, 'ApiToken', 'API token') {}

@ObjectType({ description: 'Result of `createApiToken`.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token record; null on failure.' })
  apiToken?: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown this once only. Send it as `Authorization: Bearer <secret>`.' })
  secret?: string | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on an API token.' })
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token after the change; null on failure.' })
  apiToken?: ApiToken | null;

  @Field(() => [FieldError], { description: 'Expected failures: NOT_FOUND, WRONG_STATE.' })
  errors!: FieldError[];
}
