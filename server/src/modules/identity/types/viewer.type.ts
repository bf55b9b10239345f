import { Field, ObjectType } from 'type-graphql';
import { User } from '../entities/user.entity.js';
import { ApiToken } from '../../tokens/entities/api-token.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

@ObjectType({ description: 'Who is calling: a staff member signed in with a session, or the holder of an API token.' })
export class ViewerType {
  @Field(() => String, { description: '`staff`, `partner` or `analyst`.' })
  kind!: string;

  @Field(() => User, { nullable: true, description: 'The staff account; null for API tokens.' })
  user?: User | null;

  @Field(() => ApiToken, { nullable: true, description: 'The API token in use; null for staff sessions.' })
  apiToken?: ApiToken | null;

  @Field(() => Partner, { nullable: true, description: 'For partner tokens, the partner whose rows the caller may read.' })
  partner?: Partner | null;

  @Field(() => [String], { description: 'Effective permissions of the caller; the web menu is built from these.' })
  permissions!: string[];
}
