import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from './warehouse.entity.js';

/**
 * Stock of one SKU in one warehouse. On-hand and reserved change only together with a
 * ledger row, by conditional updates; available = on hand − reserved.
 */
@ObjectType({ description: 'Stock of one SKU in one warehouse. Needs `stock:read`.' })
@Entity({ tableName: 'stock_levels' })
@Unique({ properties: ['sku', 'warehouse'] })
export class StockLevel extends BaseEntity<'onHand' | 'reserved' | 'inTransit' | 'safetyStock'> {
  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => Int, { description: 'Physically in the warehouse: the sum of its ledger movements.' })
  @Property({ type: 'integer', default: 0 })
  onHand: number = 0;

  @Field(() => Int, { description: 'Promised to orders, not yet shipped.' })
  @Property({ type: 'integer', default: 0 })
  reserved: number = 0;

  @Field(() => Int, { description: 'On its way here from another warehouse (shipped transfers).' })
  @Property({ type: 'integer', default: 0 })
  inTransit: number = 0;

  @Field(() => Int, { description: 'Alert when available stock falls below this.' })
  @Property({ type: 'integer', default: 0 })
  @Index()
  safetyStock: number = 0;
}
