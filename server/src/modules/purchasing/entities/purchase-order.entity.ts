import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Contract } from '../../contracts/entities/contract.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum PurchaseOrderStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  SENT = 'SENT',
  PARTIALLY_RECEIVED = 'PARTIALLY_RECEIVED',
  RECEIVED = 'RECEIVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PurchaseOrderStatus, {
  name: 'PurchaseOrderStatus', description: 'State of a purchase order (采购单).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; lines can be edited.' },
    APPROVED: { description: 'Approved by purchasing; not yet sent to the supplier.' },
    SENT: { description: 'Sent to the supplier; goods awaited.' },
    PARTIALLY_RECEIVED: { description: 'Some but not all ordered units received.' },
    RECEIVED: { description: 'Every ordered unit received.' },
    CLOSED: { description: 'Settled and closed; an order short-closed after a partial receipt also ends here.' },
    CANCELLED: { description: 'Cancelled before any receipt.' },
  },
});

/** A purchase order (采购单) to one supplier, delivered into one warehouse. */
@ObjectType({ description: 'A purchase order to a supplier. Needs `purchase:read`; a supplier token sees only its own.' })
@Entity({ tableName: 'purchase_orders' })
export class PurchaseOrder extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `PO-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => PurchaseOrderStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: PurchaseOrderStatus = PurchaseOrderStatus.DRAFT;

  /** The purchase plan it came from, if any (id only: plans are kept as their own history). */
  @Property({ type: 'integer', nullable: true })
  @Index()
  planId?: number;

  /** The purchase contract it is placed under, if any: same supplier, signed or active. */
  @ManyToOne(() => Contract, { ref: true, nullable: true, index: true })
  contract?: Ref<Contract>;

  @Field(() => String, { nullable: true, description: 'Delivery date we expect, a shop-local day (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  @Index()
  expectedDeliveryDate?: string;

  @Field(() => String, { nullable: true, description: 'Delivery date the supplier promised, a shop-local day (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  promisedDeliveryDate?: string;

  @Field(() => Date, { nullable: true, description: 'When it was approved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was sent to the supplier (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  sentAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the supplier confirmed it (UTC); null until confirmed.' })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the last ordered unit arrived (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  receivedAt?: Date;

  @Field(() => Int, { description: 'Σ quantity × unit price over the lines, in fen.' })
  @Property({ type: 'integer', default: 0 })
  totalAmount: number = 0;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => PurchaseOrderLine, (line) => line.order, { orderBy: { id: 'asc' } })
  lines = new Collection<PurchaseOrderLine>(this);
}

/** One SKU on a purchase order; the running totals change only by conditional updates. */
@ObjectType({ description: 'A line of a purchase order.' })
@Entity({ tableName: 'purchase_order_lines' })
@Unique({ properties: ['order', 'sku'] })
export class PurchaseOrderLine extends BaseEntity<'receivedQuantity' | 'acceptedQuantity' | 'rejectedQuantity' | 'returnedQuantity' | 'openQuantity' | 'amount'> {
  @ManyToOne(() => PurchaseOrder, { ref: true, index: true, deleteRule: 'cascade' })
  order!: Ref<PurchaseOrder>;

  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @Field(() => Int, { description: 'Units ordered.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Agreed unit price in fen.' })
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Field(() => Int, { description: 'Units received so far (accepted + rejected).' })
  @Property({ type: 'integer', default: 0 })
  receivedQuantity: number = 0;

  @Field(() => Int, { description: 'Units that passed the quality check and entered stock.' })
  @Property({ type: 'integer', default: 0 })
  acceptedQuantity: number = 0;

  @Field(() => Int, { description: 'Units rejected by the quality check, held apart for return.' })
  @Property({ type: 'integer', default: 0 })
  rejectedQuantity: number = 0;

  @Field(() => Int, { description: 'Units sent back to the supplier on purchase returns.' })
  @Property({ type: 'integer', default: 0 })
  returnedQuantity: number = 0;

  @Field(() => Int, { description: 'Ordered − received (never below zero).' })
  get openQuantity(): number {
    return Math.max(0, this.quantity - this.receivedQuantity);
  }

  @Field(() => Int, { description: 'Quantity × unit price, in fen.' })
  get amount(): number {
    return this.quantity * this.unitPrice;
  }
}
