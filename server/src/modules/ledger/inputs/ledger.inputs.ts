import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { LedgerCategory, LedgerDirection } from '../entities/ledger-entry.entity.js';

@InputType({ description: 'Input of `recordLedgerEntry`: a manual income or expense.' })
export class RecordLedgerEntryInput {
  @Field(() => LedgerCategory, { description: 'Category.' }) category!: LedgerCategory;
  @Field(() => LedgerDirection, { nullable: true, description: 'Income or expense; fixed for SALES (income) and REFUND, SHIPPING_COST, PURCHASE_PAYMENT (expense); AGENT_FEE defaults to income; required for OTHER.' }) direction?: LedgerDirection | null;
  @Field(() => Int, { description: 'Amount in fen, at least 1.' }) amountFen!: number;
  @Field(() => String, { nullable: true, description: 'Outside reference: transaction, invoice or waybill number.' }) reference?: string | null;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the money moved (default now); not in the future.' }) occurredAt?: Date | null;
}

@InputType({ description: 'Filters for the ledger; all given conditions must hold.' })
export class LedgerFilter {
  @Field(() => LedgerDirection, { nullable: true, description: 'Only income or only expense.' }) direction?: LedgerDirection | null;
  @Field(() => LedgerCategory, { nullable: true, description: 'Only this category.' }) category?: LedgerCategory | null;
  @Field(() => String, { nullable: true, description: 'From this shop-local day (YYYY-MM-DD), inclusive.' }) fromDay?: string | null;
  @Field(() => String, { nullable: true, description: 'To this shop-local day (YYYY-MM-DD), inclusive.' }) toDay?: string | null;
  @Field(() => String, { nullable: true, description: 'Only entries from this kind of document, e.g. `Order`, `Shipment`, `Manual`.' }) sourceType?: string | null;
  @Field(() => String, { nullable: true, description: 'Only entries from this document number.' }) sourceId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the reference, note or document number.' }) search?: string | null;
}

export enum LedgerPeriod { DAY = 'DAY', MONTH = 'MONTH' }
registerEnumType(LedgerPeriod, { name: 'LedgerPeriod', description: 'Period of ledger totals: shop-local day or month.' });
