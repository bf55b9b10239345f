import { Field, ID, InputType, Int } from 'type-graphql';
import { PriceChangeStatus, PriceKind } from '../entities/price-change.entity.js';

@InputType({ description: 'Input of `proposePriceChange`.' })
export class ProposePriceChangeInput {
  @Field(() => ID, { description: 'The SKU.' })
  skuId!: string;

  @Field(() => PriceKind, { description: 'Selling price or VIP price.' })
  kind!: PriceKind;

  @Field(() => Int, { description: 'The new price in fen (integer, ≥ 0; a VIP price at most the selling price).' })
  proposedFen!: number;

  @Field(() => String, { description: 'Why (required), e.g. a competitor’s price or a promotion.' })
  reason!: string;
}

@InputType({ description: 'Input of `approvePriceChange`, `rejectPriceChange` and `cancelPriceChange`.' })
export class DecidePriceChangeInput {
  @Field(() => ID, { description: 'The price change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A note; required when rejecting.' })
  note?: string | null;
}

@InputType({ description: 'Filters for `priceChanges`.' })
export class PriceChangeFilter {
  @Field(() => PriceChangeStatus, { nullable: true, description: 'Only this state (the approval queue is PENDING).' })
  status?: PriceChangeStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this SKU.' })
  skuId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes proposed by this staff account.' })
  proposedById?: string | null;
}
