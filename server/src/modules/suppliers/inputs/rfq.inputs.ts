import { Field, ID, InputType, Int } from 'type-graphql';
import { RfqStatus } from '../entities/rfq.entity.js';

@InputType({ description: 'Filters for `rfqs`.' })
export class RfqFilter {
  @Field(() => RfqStatus, { nullable: true, description: 'Only this state.' }) status?: RfqStatus | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number or title.' }) search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only RFQs sent to this supplier.' }) supplierId?: string | null;
}

@InputType({ description: 'A SKU and quantity to ask prices for.' })
export class RfqLineInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => Int, { description: 'Units wanted, ≥ 1.' }) quantity!: number;
}

@InputType({ description: 'Input of `createRfq`.' })
export class CreateRfqInput {
  @Field(() => String, { description: 'Title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Quotes wanted by (YYYY-MM-DD).' }) replyBy?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
  @Field(() => [RfqLineInput], { description: 'What to ask for; each SKU once.' }) lines!: RfqLineInput[];
  @Field(() => [ID], { description: 'Suppliers (partner ids) to ask; not suspended or blacklisted.' }) supplierIds!: string[];
}

@InputType({ description: 'A state change of an RFQ, with an optional note.' })
export class RfqActionInput {
  @Field(() => ID, { description: 'The RFQ.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'One quoted line.' })
export class RfqQuoteLineInput {
  @Field(() => ID, { description: 'The RFQ line.' }) lineId!: string;
  @Field(() => Int, { description: 'Unit price in fen.' }) unitPrice!: number;
  @Field(() => Int, { description: 'Lead time in days.' }) leadTimeDays!: number;
  @Field(() => Int, { description: 'Minimum order quantity.' }) minOrderQuantity!: number;
  @Field(() => String, { description: 'Price valid until (YYYY-MM-DD, inclusive).' }) validUntil!: string;
  @Field(() => String, { nullable: true, description: 'Supplier’s notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `recordRfqQuotes`: an invited supplier’s quotes; re-quoting a line replaces it.' })
export class RecordRfqQuotesInput {
  @Field(() => ID, { description: 'The RFQ (must be SENT).' }) rfqId!: string;
  @Field(() => ID, { description: 'The quoting supplier.' }) supplierId!: string;
  @Field(() => [RfqQuoteLineInput], { description: 'The quoted lines.' }) lines!: RfqQuoteLineInput[];
}

@InputType({ description: 'A line awarded to a supplier.' })
export class RfqAwardLineInput {
  @Field(() => ID, { description: 'The RFQ line.' }) lineId!: string;
  @Field(() => ID, { description: 'The supplier whose quote wins.' }) supplierId!: string;
}

@InputType({ description: 'Input of `awardRfq`: give `supplierId` for the whole RFQ, or `lines` per line.' })
export class AwardRfqInput {
  @Field(() => ID, { description: 'The RFQ (must be SENT).' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Award every line to this supplier.' }) supplierId?: string | null;
  @Field(() => [RfqAwardLineInput], { nullable: true, description: 'Award line by line.' }) lines?: RfqAwardLineInput[] | null;
  @Field(() => String, { nullable: true, description: 'Negotiation notes (议价记录), appended to the RFQ’s.' }) negotiationNotes?: string | null;
}
