import { Field, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Partner } from '../entities/partner.entity.js';

@ObjectType({ description: 'A page of partners.' })
export class PartnerConnection extends ConnectionType(Partner, 'Partner', 'partner') {}

@ObjectType({ description: 'Result of a mutation on a partner.' })
export class PartnerPayload {
  @Field(() => Partner, { nullable: true, description: 'The partner after the change; null on failure.' })
  partner?: Partner | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}
