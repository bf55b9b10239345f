import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Rfq, RfqLine, RfqQuote } from '../entities/rfq.entity.js';

@ObjectType({ description: 'A page of requests for quotation.' })
export class RfqConnection extends ConnectionType(Rfq, 'Rfq', 'request for quotation') {}

@ObjectType({ description: 'Result of a mutation on an RFQ.' })
export class RfqPayload {
  @Field(() => Rfq, { nullable: true, description: 'The RFQ after the change; null on failure.' }) rfq?: Rfq | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, NOT_INVITED, NO_QUOTE, QUOTE_EXPIRED, SUPPLIER_BLOCKED.' }) errors!: FieldError[];
}

@ObjectType({ description: 'One supplier’s quote in a comparison, with its flags.' })
export class RfqQuoteComparison {
  @Field(() => RfqQuote, { description: 'The quote.' }) quote!: RfqQuote;
  @Field(() => Float, { nullable: true, description: 'The supplier’s latest stored composite score.' }) supplierScore!: number | null;
  @Field(() => Int, { description: 'Unit price × max(quantity, MOQ), fen.' }) lineTotal!: number;
  @Field(() => Boolean, { description: 'Its valid-until day has passed: it cannot be awarded.' }) expired!: boolean;
  @Field(() => Boolean, { description: 'The line’s quantity reaches the quote’s MOQ.' }) meetsQuantity!: boolean;
  @Field(() => Boolean, { description: 'Lowest unit price among valid quotes.' }) bestPrice!: boolean;
  @Field(() => Boolean, { description: 'Shortest lead time among valid quotes.' }) bestLeadTime!: boolean;
  @Field(() => Boolean, { description: 'Highest supplier score among valid quotes.' }) bestSupplierScore!: boolean;
}

@ObjectType({ description: 'The quotes for one RFQ line, side by side.' })
export class RfqLineComparison {
  @Field(() => RfqLine, { description: 'The line.' }) line!: RfqLine;
  @Field(() => [RfqQuoteComparison], { description: 'Valid quotes cheapest first, then expired ones.' }) quotes!: RfqQuoteComparison[];
}
