import { Field, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { DefectiveHolding } from '../entities/defective-holding.entity.js';

@ObjectType({ description: 'A page of goods kept apart.' })
export class DefectiveHoldingConnection extends ConnectionType(DefectiveHolding, 'DefectiveHolding', 'defective holding') {}

@ObjectType({ description: 'Result of setting stock aside as defective.' })
export class DefectiveHoldingPayload {
  @Field(() => DefectiveHolding, { nullable: true, description: 'The new holding; null on failure.' })
  holding?: DefectiveHolding | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}
