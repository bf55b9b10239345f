import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { DefectiveHolding } from '../../inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity.js';

export enum PurchaseReturnStatus { DRAFT = 'DRAFT', SHIPPED = 'SHIPPED', CREDITED = 'CREDITED', CANCELLED = 'CANCELLED' }
registerEnumType(PurchaseReturnStatus, {
  name: 'PurchaseReturnStatus', description: 'State of a purchase return (采购退货单).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; nothing has left yet.' },
    SHIPPED: { description: 'Goods sent back to the supplier: held goods released, saleable stock issued.' },
    CREDITED: { description: "The supplier acknowledged it; its amount is credited to the supplier's account." },
    CANCELLED: { description: 'Cancelled before shipping.' },
  },
});

export enum PurchaseReturnSource { DEFECTIVE = 'DEFECTIVE', STOCK = 'STOCK' }
registerEnumType(PurchaseReturnSource, {
  name: 'PurchaseReturnSource', description: 'Where the returned goods come from.',
  valuesConfig: {
    DEFECTIVE: { description: 'Goods kept apart (QC rejects, defective customer returns): a defective holding is released.' },
    STOCK: { description: 'Saleable stock: a PURCHASE_RETURN_OUT movement leaves the warehouse.' },
  },
});

/** A purchase return (采购退货) of goods to one supplier from one warehouse. */
@ObjectType({ description: 'Goods sent back to a supplier. Needs `purchase:read`; a supplier token sees only its own.' })
@Entity({ tableName: 'purchase_returns' })
export class PurchaseReturn extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `RT-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  /** The purchase order the goods came on, if known. */
  @ManyToOne(() => PurchaseOrder, { ref: true, nullable: true, index: true })
  order?: Ref<PurchaseOrder>;

  @Field(() => PurchaseReturnStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: PurchaseReturnStatus = PurchaseReturnStatus.DRAFT;

  @Field(() => Int, { description: 'Σ quantity × unit price over the lines, in fen: the credit asked of the supplier.' })
  @Property({ type: 'integer' })
  totalAmount!: number;

  @Field(() => Date, { nullable: true, description: 'When the goods left (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  shippedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the credit was booked (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  creditedAt?: Date;

  @Field(() => String, { nullable: true, description: "The supplier's credit-note number." })
  @Property({ type: 'string', length: 80, nullable: true })
  creditReference?: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => PurchaseReturnLine, (line) => line.purchaseReturn, { orderBy: { id: 'asc' } })
  lines = new Collection<PurchaseReturnLine>(this);
}

/** One SKU going back, from a holding or from saleable stock. */
@ObjectType({ description: 'A line of a purchase return.' })
@Entity({ tableName: 'purchase_return_lines' })
export class PurchaseReturnLine extends BaseEntity {
  @ManyToOne(() => PurchaseReturn, { ref: true, index: true, deleteRule: 'cascade' })
  purchaseReturn!: Ref<PurchaseReturn>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => PurchaseReturnSource, { description: 'Held defective goods or saleable stock.' })
  @Property({ type: 'string', length: 20 }) // an enum; no DB check
  source!: PurchaseReturnSource;

  /** The holding released, for DEFECTIVE lines. */
  @ManyToOne(() => DefectiveHolding, { ref: true, nullable: true, index: true })
  holding?: Ref<DefectiveHolding>;

  /** The order line the goods were bought on, if known (its returned total goes up). */
  @ManyToOne(() => PurchaseOrderLine, { ref: true, nullable: true })
  orderLine?: Ref<PurchaseOrderLine>;

  @Field(() => Int, { description: 'Units returned.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Credit per unit in fen (the purchase price).' })
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Property({ type: 'text', nullable: true })
  reason?: string;
}
