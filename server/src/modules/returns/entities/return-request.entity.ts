import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { OrderLine } from '../../orders/entities/order-line.entity.js';
import { ReturnReasonCode, ReturnStatus, ReturnType } from './return-enums.js';

/**
 * A return, exchange or refund request (退换货单) against one order. The state moves only in
 * services/return-state.ts; every step is on the document history (type `ReturnRequest`).
 */
@ObjectType({ description: 'A return, exchange or refund-only request against an order, with its lines, inspections, refunds and history. Needs `return:read`.' })
@Entity({ tableName: 'return_requests' })
export class ReturnRequest extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `RR-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => ReturnType, { description: 'Return, exchange or refund only.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  type!: ReturnType;

  @Field(() => ReturnStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: ReturnStatus = ReturnStatus.REQUESTED;

  @ManyToOne(() => Order, { ref: true, index: true })
  order!: Ref<Order>;

  /** Copied from the order so the list can search by them without a join. */
  @Field(() => String, { description: 'The order number, copied from the order.' })
  @Property({ type: 'string', length: 40 })
  @Index()
  orderCode!: string;

  @Field(() => String, { nullable: true, description: 'The buyer’s platform account, copied from the order.' })
  @Property({ type: 'string', length: 80, nullable: true })
  buyerAccount?: string;

  @Field(() => String, { description: 'The receiver’s name, copied from the order.' })
  @Property({ type: 'string', length: 80 })
  receiverName!: string;

  @Field(() => ReturnReasonCode, { description: 'Why (退货原因).' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  reasonCode!: ReturnReasonCode;

  @Field(() => String, { nullable: true, description: 'The buyer’s description or the agent’s note.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Int, { nullable: true, description: 'Refund the buyer asked for, in fen (informative; refunds are recorded separately).' })
  @Property({ type: 'integer', nullable: true })
  requestedRefundFen?: number;

  @Field(() => String, { nullable: true, description: 'The complaint this request came from, when opened by the complaints desk.' })
  @Property({ type: 'string', length: 40, nullable: true })
  @Index()
  complaintCode?: string;

  /** Where the goods came back to (set on receiving). */
  @ManyToOne(() => Warehouse, { ref: true, nullable: true, index: true })
  warehouse?: Ref<Warehouse>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it, as text.' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedByLabel?: string;

  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the goods were received (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  receivedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was completed, rejected or cancelled (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  endedAt?: Date;

  /** The zero-priced replacement order of an exchange. */
  @ManyToOne(() => Order, { ref: true, nullable: true, index: true })
  exchangeOrder?: Ref<Order>;

  @OneToMany(() => ReturnRequestLine, (line) => line.request, { orderBy: { id: 'asc' } })
  lines = new Collection<ReturnRequestLine>(this);
}

/** One order line on a request: how many units, and what inspection made of them. */
@ObjectType({ description: 'A line of a return request: an order line and the units concerned.' })
@Entity({ tableName: 'return_request_lines' })
export class ReturnRequestLine extends BaseEntity<'restockedQuantity' | 'defectiveQuantity' | 'uninspectedQuantity'> {
  @ManyToOne(() => ReturnRequest, { ref: true, index: true, deleteRule: 'cascade' })
  request!: Ref<ReturnRequest>;

  @ManyToOne(() => OrderLine, { ref: true, index: true })
  orderLine!: Ref<OrderLine>;

  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @Field(() => String, { description: 'SKU code, from the order line.' })
  @Property({ type: 'string', length: 60 })
  skuCode!: string;

  @Field(() => String, { description: 'Product title and spec, from the order line.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => Int, { description: 'Units concerned.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Units inspected as saleable and put back into stock.' })
  @Property({ type: 'integer', default: 0 })
  restockedQuantity: number = 0;

  @Field(() => Int, { description: 'Units inspected as defective and kept apart.' })
  @Property({ type: 'integer', default: 0 })
  defectiveQuantity: number = 0;

  @Field(() => Int, { description: 'Units still to inspect: quantity − restocked − defective.' })
  get uninspectedQuantity(): number {
    return this.quantity - this.restockedQuantity - this.defectiveQuantity;
  }
}
