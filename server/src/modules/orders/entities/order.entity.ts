import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { ShippingMethod } from '../../shipping/entities/shipping-method.js';
import { ConfirmationMethod, OrderChannel, OrderStatus } from './order-enums.js';
import { OrderLine } from './order-line.entity.js';

/**
 * A sales order. Money is integer fen, computed by the server from the lines, the shipping-fee
 * template and the payments. The status only moves by conditional updates in order-state.ts.
 */
@ObjectType({ description: 'A sales order with its lines, address, totals and pre-ship checks. Needs `order:read`; an agent token sees only its own orders.' })
@Entity({ tableName: 'orders' })
@Index({ properties: ['status', 'shipFirst', 'paidAt'] })
export class Order extends BaseEntity<'status' | 'currency' | 'paidFen' | 'shipFirst' | 'placedAt' | 'checkGoods' | 'checkSpec' | 'checkAccessories' | 'checkGifts' | 'checkSlip'> {
  @Field(() => String, { description: 'Order number, e.g. `SO2611230000042`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => OrderChannel, { description: 'Where the order came from.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  channel!: OrderChannel;

  @Field(() => String, { nullable: true, description: 'The platform’s (or agent’s) own order number.' })
  @Property({ type: 'string', length: 64, nullable: true })
  @Index()
  platformOrderNo?: string;

  /** channel:agent:platformOrderNo — one order per platform order, so a re-imported export cannot double it. */
  @Property({ type: 'string', length: 120, nullable: true })
  @Unique()
  externalKey?: string;

  @ManyToOne(() => Partner, { ref: true, nullable: true, index: true })
  agent?: Ref<Partner>;

  @ManyToOne(() => Customer, { ref: true, nullable: true, index: true })
  customer?: Ref<Customer>;

  @Field(() => String, { nullable: true, description: 'The buyer’s platform account (e.g. Taobao nickname).' })
  @Property({ type: 'string', length: 80, nullable: true })
  buyerAccount?: string;

  @Field(() => OrderStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: OrderStatus = OrderStatus.PENDING_PAYMENT;

  @Field(() => ShippingMethod, { description: 'Shipping method the buyer chose.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  shippingMethod!: ShippingMethod;

  @Field(() => String, { description: 'Receiver’s name.' })
  @Property({ type: 'string', length: 80 })
  receiverName!: string;

  @Property({ type: 'string', length: 40 })
  receiverPhone!: string;

  @Field(() => String, { description: 'Province (canonical name).' })
  @Property({ type: 'string', length: 20 })
  @Index()
  province!: string;

  @Field(() => String, { description: 'City.' })
  @Property({ type: 'string', length: 40 })
  city!: string;

  @Field(() => String, { nullable: true, description: 'District or county.' })
  @Property({ type: 'string', length: 40, nullable: true })
  district?: string;

  @Field(() => String, { description: 'Street, building and room.' })
  @Property({ type: 'string', length: 200 })
  addressDetail!: string;

  @Field(() => String, { nullable: true, description: 'The buyer’s notes and requirements (买家留言).' })
  @Property({ type: 'text', nullable: true })
  buyerNote?: string;

  @Field(() => String, { description: 'Currency of every amount (ISO 4217), `CNY`.' })
  @Property({ type: 'string', length: 3, default: 'CNY' })
  currency: string = 'CNY';

  @Field(() => Int, { description: 'Goods: Σ unit price × quantity, in fen (gift lines count 0).' })
  @Property({ type: 'integer' })
  goodsFen!: number;

  @Field(() => Int, { description: 'Discounts: Σ line discounts, in fen.' })
  @Property({ type: 'integer' })
  discountFen!: number;

  @Field(() => Int, { description: 'Shipping fee from the fee template, in fen (0 when free shipping applies).' })
  @Property({ type: 'integer' })
  shippingFeeFen!: number;

  @Field(() => Int, { description: 'Total to pay: goods − discounts + shipping fee, in fen.' })
  @Property({ type: 'integer' })
  @Index()
  totalFen!: number;

  @Field(() => Int, { description: 'Paid so far, net of refunds, in fen.' })
  @Property({ type: 'integer', default: 0 })
  paidFen: number = 0;

  @Field(() => Int, { description: 'Parcel weight from the SKU weights, in grams.' })
  @Property({ type: 'integer' })
  weightGrams!: number;

  @ManyToOne(() => Warehouse, { ref: true, nullable: true, index: true })
  warehouse?: Ref<Warehouse>;

  @Field(() => Boolean, { description: 'Ships first: the destination is a configured high-traffic region.' })
  @Property({ type: 'boolean', default: false })
  shipFirst: boolean = false;

  @Field(() => Date, { description: 'When the buyer placed the order (UTC); for imports, the platform’s time.' })
  @Property({ type: 'datetime' })
  @Index()
  placedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was paid in full.' })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it shipped.' })
  @Property({ type: 'datetime', nullable: true })
  shippedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the last parcel was signed for.' })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was completed, cancelled or closed.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or closed.' })
  @Property({ type: 'text', nullable: true })
  endReason?: string;

  // Address confirmation with the buyer (pre-ship check 1).
  @Property({ type: 'datetime', nullable: true })
  addressConfirmedAt?: Date;
  @ManyToOne(() => User, { ref: true, nullable: true })
  addressConfirmedBy?: Ref<User>;
  @Property({ type: 'string', length: 200, nullable: true })
  addressConfirmedByLabel?: string;
  @Property({ type: 'string', length: 30, nullable: true })
  addressConfirmMethod?: ConfirmationMethod;
  @Property({ type: 'text', nullable: true })
  addressConfirmNote?: string;

  // A manager's override of the unconfirmed address.
  @Property({ type: 'datetime', nullable: true })
  overrideAt?: Date;
  @ManyToOne(() => User, { ref: true, nullable: true })
  overrideBy?: Ref<User>;
  @Property({ type: 'string', length: 200, nullable: true })
  overrideByLabel?: string;
  @Property({ type: 'text', nullable: true })
  overrideReason?: string;

  // The pack checklist (pre-ship check 2).
  @Property({ type: 'boolean', default: false })
  checkGoods: boolean = false;
  @Property({ type: 'boolean', default: false })
  checkSpec: boolean = false;
  @Property({ type: 'boolean', default: false })
  checkAccessories: boolean = false;
  @Property({ type: 'boolean', default: false })
  checkGifts: boolean = false;
  @Property({ type: 'boolean', default: false })
  checkSlip: boolean = false;
  @Property({ type: 'datetime', nullable: true })
  checklistAt?: Date;
  @Property({ type: 'string', length: 200, nullable: true })
  checklistByLabel?: string;

  @OneToMany(() => OrderLine, (line) => line.order, { orderBy: { id: 'asc' } })
  lines = new Collection<OrderLine>(this);
}
