import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { DefectiveHolding } from '../../inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity.js';

/** A purchase receipt (采购入库单): goods that arrived against a purchase order, with the quality check. Immutable once written. */
@ObjectType({ description: 'Goods received against a purchase order, with quality-check results. Needs `purchase:read`; a supplier token sees only its own.' })
@Entity({ tableName: 'purchase_receipts' })
@Index({ properties: ['supplier', 'receivedAt'] })
export class PurchaseReceipt extends BaseEntity {
  @Field(() => String, { description: 'Document number, e.g. `GR-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => PurchaseOrder, { ref: true, index: true })
  order!: Ref<PurchaseOrder>;

  /** The order's supplier, kept here so scoping and supplier figures need no join. */
  @ManyToOne(() => Partner, { ref: true })
  supplier!: Ref<Partner>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => Date, { description: 'When the goods arrived (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: "The delivery date due when it arrived: the order's promised date, else its expected date (YYYY-MM-DD). Fixed at receipt, so a later promise does not rewrite punctuality." })
  @Property({ type: 'string', length: 10, nullable: true })
  dueDay?: string;

  @Field(() => Boolean, { description: 'Arrived on or before the due day (shop-local); true when no date was set.' })
  @Property({ type: 'boolean' })
  onTime!: boolean;

  @Field(() => Int, { description: 'Units received on this receipt.' })
  @Property({ type: 'integer' })
  receivedQuantity!: number;

  @Field(() => Int, { description: 'Units accepted into stock.' })
  @Property({ type: 'integer' })
  acceptedQuantity!: number;

  @Field(() => Int, { description: 'Units rejected by the quality check.' })
  @Property({ type: 'integer' })
  rejectedQuantity!: number;

  @Field(() => Int, { description: 'Payable created: accepted units × the order unit price, in fen.' })
  @Property({ type: 'integer' })
  payableAmount!: number;

  @ManyToOne(() => User, { ref: true, nullable: true })
  receivedBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Notes (delivery note number, carrier …).' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => PurchaseReceiptLine, (line) => line.receipt, { orderBy: { id: 'asc' } })
  lines = new Collection<PurchaseReceiptLine>(this);
}

/** One order line's arrival: received = accepted + rejected. */
@ObjectType({ description: 'A line of a purchase receipt with its quality-check result.' })
@Entity({ tableName: 'purchase_receipt_lines' })
export class PurchaseReceiptLine extends BaseEntity {
  @ManyToOne(() => PurchaseReceipt, { ref: true, index: true, deleteRule: 'cascade' })
  receipt!: Ref<PurchaseReceipt>;

  @ManyToOne(() => PurchaseOrderLine, { ref: true, index: true })
  orderLine!: Ref<PurchaseOrderLine>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => Int, { description: 'Units that arrived.' })
  @Property({ type: 'integer' })
  receivedQuantity!: number;

  @Field(() => Int, { description: 'Units that passed the check and entered stock.' })
  @Property({ type: 'integer' })
  acceptedQuantity!: number;

  @Field(() => Int, { description: 'Units rejected and kept apart for return.' })
  @Property({ type: 'integer' })
  rejectedQuantity!: number;

  @Field(() => String, { nullable: true, description: 'Why units were rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectReason?: string;

  /** Where the rejected units are held awaiting return. */
  @ManyToOne(() => DefectiveHolding, { ref: true, nullable: true })
  holding?: Ref<DefectiveHolding>;
}
