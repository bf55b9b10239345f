import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from './order.entity.js';

export enum PaymentKind { PAYMENT = 'PAYMENT', REFUND = 'REFUND' }
registerEnumType(PaymentKind, {
  name: 'PaymentKind', description: 'Money in from the buyer, or back to the buyer.',
  valuesConfig: { PAYMENT: { description: 'The buyer paid.' }, REFUND: { description: 'Money returned to the buyer.' } },
});

export enum PaymentMethod { ALIPAY = 'ALIPAY', WECHAT_PAY = 'WECHAT_PAY', PLATFORM = 'PLATFORM', BANK_TRANSFER = 'BANK_TRANSFER', CASH = 'CASH', OTHER = 'OTHER' }
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod', description: 'How money moved.',
  valuesConfig: {
    ALIPAY: { description: 'Alipay (支付宝).' },
    WECHAT_PAY: { description: 'WeChat Pay (微信支付).' },
    PLATFORM: { description: 'Settled by the platform (Taobao/Tmall).' },
    BANK_TRANSFER: { description: 'Bank transfer.' },
    CASH: { description: 'Cash.' },
    OTHER: { description: 'Another way.' },
  },
});

/** A payment or refund against an order. Never updated; each also writes a ledger entry. */
@ObjectType({ description: 'A payment or refund against an order. Needs `order:read`.' })
@Entity({ tableName: 'order_payments' })
export class Payment {
  [OptionalProps]?: 'at' | 'currency';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Order, { ref: true, index: true })
  order!: Ref<Order>;

  @Field(() => PaymentKind, { description: 'Payment or refund.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  kind!: PaymentKind;

  @Field(() => PaymentMethod, { description: 'How.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  method!: PaymentMethod;

  @Field(() => Int, { description: 'Amount in fen, always positive; the kind gives the direction.' })
  @Property({ type: 'integer' })
  amountFen!: number;

  @Field(() => String, { description: 'Currency (ISO 4217), `CNY`.' })
  @Property({ type: 'string', length: 3, default: 'CNY' })
  currency: string = 'CNY';

  @Field(() => String, { nullable: true, description: 'Outside reference, e.g. the Alipay transaction number.' })
  @Property({ type: 'string', length: 80, nullable: true })
  @Index()
  reference?: string;

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
  at: Date = new Date();
}
