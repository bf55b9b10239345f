import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../identity/entities/user.entity.js';

export enum LedgerDirection { INCOME = 'INCOME', EXPENSE = 'EXPENSE' }
registerEnumType(LedgerDirection, {
  name: 'LedgerDirection', description: 'Money in or out.',
  valuesConfig: { INCOME: { description: 'Income (收入).' }, EXPENSE: { description: 'Expense (支出).' } },
});

export enum LedgerCategory { SALES = 'SALES', REFUND = 'REFUND', SHIPPING_COST = 'SHIPPING_COST', PURCHASE_PAYMENT = 'PURCHASE_PAYMENT', AGENT_FEE = 'AGENT_FEE', OTHER = 'OTHER' }
registerEnumType(LedgerCategory, {
  name: 'LedgerCategory', description: 'What an income or expense is for.',
  valuesConfig: {
    SALES: { description: 'Sales income: order payments (销售收入). Always income.' },
    REFUND: { description: 'Refunds to buyers (退款). Always expense.' },
    SHIPPING_COST: { description: 'What couriers charge us (运费支出). Always expense.' },
    PURCHASE_PAYMENT: { description: 'Payments to suppliers (采购付款). Always expense.' },
    AGENT_FEE: { description: 'Agent fees (代理费): usually income from agents; may be an expense.' },
    OTHER: { description: 'Anything else, in either direction (其他).' },
  },
});

/**
 * One row of the shop's own income and expense book (收支账), kept besides the platform's
 * records. Never updated or deleted: a mistake is corrected by an opposite entry.
 */
@ObjectType({ description: 'An income or expense entry. Needs `ledger:read`.' })
@Entity({ tableName: 'ledger_entries' })
@Index({ properties: ['businessDay', 'direction'] })
@Index({ properties: ['sourceType', 'sourceId'] })
export class LedgerEntry {
  [OptionalProps]?: 'currency' | 'recordedAt';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => LedgerDirection, { description: 'Income or expense.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  direction!: LedgerDirection;

  @Field(() => LedgerCategory, { description: 'Category.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  category!: LedgerCategory;

  @Field(() => Int, { description: 'Amount in fen, always positive; the direction gives the sign.' })
  @Property({ type: 'integer' })
  amountFen!: number;

  @Field(() => String, { description: 'Currency (ISO 4217), `CNY`.' })
  @Property({ type: 'string', length: 3, default: 'CNY' })
  currency: string = 'CNY';

  @Field(() => String, { nullable: true, description: 'Outside reference: transaction, invoice or waybill number.' })
  @Property({ type: 'string', length: 80, nullable: true })
  reference?: string;

  @Field(() => String, { nullable: true, description: 'The document it comes from, e.g. `Order`, `Shipment`.' })
  @Property({ type: 'string', length: 40, nullable: true })
  sourceType?: string;

  @Field(() => String, { nullable: true, description: 'That document’s number.' })
  @Property({ type: 'string', length: 60, nullable: true })
  sourceId?: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User>;

  @Field(() => String, { description: 'Who recorded it, as text.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field(() => Date, { description: 'When the money moved (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  occurredAt!: Date;

  @Field(() => String, { description: 'The shop-local day of `occurredAt` (YYYY-MM-DD), which daily and monthly totals group by.' })
  @Property({ type: 'string', length: 10 })
  businessDay!: string;

  @Field(() => Date, { description: 'When it was recorded (UTC).' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
