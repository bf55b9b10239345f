import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum SupplierEntryKind { PAYABLE = 'PAYABLE', PAYMENT = 'PAYMENT', CREDIT = 'CREDIT' }
registerEnumType(SupplierEntryKind, {
  name: 'SupplierEntryKind', description: 'Kind of supplier account (往来账) entry.',
  valuesConfig: {
    PAYABLE: { description: 'Owed for goods accepted on a receipt (raises the balance).' },
    PAYMENT: { description: 'Paid to the supplier (lowers the balance).' },
    CREDIT: { description: 'Credited for goods returned (lowers the balance).' },
  },
});

export enum SupplierPaymentMethod { BANK_TRANSFER = 'BANK_TRANSFER', ALIPAY = 'ALIPAY', WECHAT = 'WECHAT', CASH = 'CASH', OTHER = 'OTHER' }
registerEnumType(SupplierPaymentMethod, {
  name: 'SupplierPaymentMethod', description: 'How a supplier was paid.',
  valuesConfig: {
    BANK_TRANSFER: { description: 'Bank transfer (银行转账).' }, ALIPAY: { description: 'Alipay (支付宝).' },
    WECHAT: { description: 'WeChat Pay (微信支付).' }, CASH: { description: 'Cash (现金).' }, OTHER: { description: 'Anything else.' },
  },
});

/** One immutable row of a supplier's account: balance = Σ balanceDelta = what the shop owes. */
@ObjectType({ description: "An entry of a supplier's account. Needs `purchase:read`; a supplier token sees only its own." })
@Entity({ tableName: 'supplier_ledger_entries' })
@Index({ properties: ['supplier', 'occurredAt'] })
export class SupplierLedgerEntry extends BaseEntity {
  @ManyToOne(() => Partner, { ref: true })
  supplier!: Ref<Partner>;

  @Field(() => SupplierEntryKind, { description: 'Payable, payment or credit.' })
  @Property({ type: 'string', length: 20 }) // an enum; no DB check
  kind!: SupplierEntryKind;

  @Field(() => Int, { description: 'Amount in fen, always positive.' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Int, { description: 'Effect on the balance in fen: + for payables, − for payments and credits.' })
  @Property({ type: 'integer' })
  balanceDelta!: number;

  @Field(() => Date, { description: 'When it happened (UTC).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Shop-local day of `occurredAt` (YYYY-MM-DD), which statements group by.' })
  @Property({ type: 'string', length: 10 })
  @Index()
  businessDay!: string;

  @Field(() => String, { description: 'Source document type: `PurchaseReceipt`, `SupplierPayment` or `PurchaseReturn`.' })
  @Property({ type: 'string', length: 40 })
  sourceType!: string;

  @Field(() => String, { nullable: true, description: 'Source document number (receipt or return code).' })
  @Property({ type: 'string', length: 60, nullable: true })
  @Index()
  sourceCode?: string;

  @Field(() => SupplierPaymentMethod, { nullable: true, description: 'Payment method (payments only).' })
  @Property({ type: 'string', length: 20, nullable: true })
  method?: SupplierPaymentMethod;

  @Field(() => String, { nullable: true, description: 'Bank or transaction reference (payments), credit-note number (credits).' })
  @Property({ type: 'string', length: 80, nullable: true })
  reference?: string;

  /** The shop ledger entry a payment posted (PURCHASE_PAYMENT). */
  @Property({ type: 'integer', nullable: true })
  ledgerEntryId?: number;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, { description: 'Who recorded it, as text.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;
}
