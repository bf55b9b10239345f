import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { LedgerCategory, LedgerDirection, LedgerEntry } from '../entities/ledger-entry.entity.js';

@ObjectType({ description: 'A page of ledger entries.' })
export class LedgerEntryConnection extends ConnectionType(LedgerEntry, 'LedgerEntry', 'ledger entry') {}

@ObjectType({ description: 'Result of recording a ledger entry.' })
export class LedgerEntryPayload {
  @Field(() => LedgerEntry, { nullable: true, description: 'The entry; null on failure.' })
  entry?: LedgerEntry | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'The sum of one category and direction in a period.' })
export class LedgerCategoryTotal {
  @Field(() => LedgerCategory, { description: 'Category.' }) category!: LedgerCategory;
  @Field(() => LedgerDirection, { description: 'Income or expense.' }) direction!: LedgerDirection;
  @Field(() => Int, { description: 'Sum in fen.' }) amountFen!: number;
  @Field(() => Int, { description: 'Entries summed.' }) entryCount!: number;
}

@ObjectType({ description: 'Income and expense of one shop-local day or month.' })
export class LedgerPeriodTotal {
  @Field(() => String, { description: 'The day (YYYY-MM-DD) or month (YYYY-MM) in the shop’s time zone.' }) period!: string;
  @Field(() => Int, { description: 'Income in fen.' }) incomeFen!: number;
  @Field(() => Int, { description: 'Expense in fen.' }) expenseFen!: number;
  @Field(() => Int, { description: 'Income − expense in fen.' }) netFen!: number;
  @Field(() => Int, { description: 'Entries in the period.' }) entryCount!: number;
  @Field(() => [LedgerCategoryTotal], { description: 'The sums per category and direction.' }) byCategory!: LedgerCategoryTotal[];
}
