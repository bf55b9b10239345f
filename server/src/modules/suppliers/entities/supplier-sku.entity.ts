import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

/** One SKU a supplier can deliver (供货清单): its code, price, lead time and minimum order. */
@ObjectType({ description: 'A SKU a supplier supplies, with its terms. Needs `supplier:read`.' })
@Entity({ tableName: 'supplier_skus' })
@Unique({ properties: ['supplier', 'sku'] })
export class SupplierSku extends BaseEntity<'preferred' | 'leadTimeDays' | 'minOrderQuantity'> {
  /** A Partner of type SUPPLIER. */
  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;

  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @Field(() => String, { nullable: true, description: "The supplier's own code for this item." })
  @Property({ type: 'string', length: 60, nullable: true })
  supplierSkuCode?: string;

  @Field(() => Int, { description: 'Purchase price per unit, in fen.' })
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Field(() => Int, { description: 'Days from order to delivery.' })
  @Property({ type: 'integer', default: 7 })
  leadTimeDays: number = 7;

  @Field(() => Int, { description: 'Minimum order quantity (MOQ), in units.' })
  @Property({ type: 'integer', default: 1 })
  minOrderQuantity: number = 1;

  @Field(() => Boolean, { description: 'The preferred supplier for this SKU (at most one per SKU).' })
  @Property({ type: 'boolean', default: false })
  @Index()
  preferred: boolean = false;
}
