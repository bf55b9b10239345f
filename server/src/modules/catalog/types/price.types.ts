import { Field, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { PriceChange } from '../entities/price-change.entity.js';

@ObjectType({ description: 'A page of price changes.' })
export class PriceChangeConnection extends ConnectionType(PriceChange, 'PriceChange', 'price change') {}

@ObjectType({ description: 'Result of a mutation on a price change.' })
export class PriceChangePayload {
  @Field(() => PriceChange, { nullable: true, description: 'The price change after the step; null on failure.' })
  priceChange?: PriceChange | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, CONFLICT (a change is already pending), WRONG_STATE, SELF_APPROVAL, FORBIDDEN.' })
  errors!: FieldError[];
}
