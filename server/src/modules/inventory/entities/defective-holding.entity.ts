import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { Warehouse } from './warehouse.entity.js';

export enum DefectiveSource {
  QC_REJECT = 'QC_REJECT',
  CUSTOMER_RETURN = 'CUSTOMER_RETURN',
  STOCK = 'STOCK',
}
registerEnumType(DefectiveSource, {
  name: 'DefectiveSource', description: 'Where goods kept apart from saleable stock came from.',
  valuesConfig: {
    QC_REJECT: { description: 'Rejected by the quality check when a purchase was received (验收不合格).' },
    CUSTOMER_RETURN: { description: 'A customer return inspected as defective (退货次品).' },
    STOCK: { description: 'Found defective in saleable stock and taken out of it (库存次品).' },
  },
});

/**
 * Goods kept apart (次品/待退区): physically in a warehouse but not saleable, so they are not in
 * the stock ledger's on-hand. They wait to be returned to their supplier; a purchase return
 * releases them. Quantities only go down, by conditional update, so a holding is never over-returned.
 */
@ObjectType({ description: 'Defective or rejected goods kept apart from saleable stock, awaiting return to the supplier. Needs `stock:read`.' })
@Entity({ tableName: 'defective_holdings' })
@Index({ properties: ['warehouse', 'sku'] })
export class DefectiveHolding extends BaseEntity<'returnedQuantity'> {
  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @ManyToOne(() => Partner, { ref: true, nullable: true, index: true })
  supplier?: Ref<Partner>;

  @Field(() => DefectiveSource, { description: 'Where the goods came from.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  source!: DefectiveSource;

  @Field(() => String, { description: 'The source document, e.g. a purchase receipt or return request number.' })
  @Property({ type: 'string', length: 60 })
  @Index()
  sourceRef!: string;

  @Field(() => String, { description: 'Why the goods are defective or were rejected.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Int, { description: 'Units put aside.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Units already sent back to the supplier.' })
  @Property({ type: 'integer', default: 0 })
  returnedQuantity: number = 0;

  /** Stored (quantity − returned) so open holdings can be filtered and indexed. */
  @Field(() => Int, { description: 'Units still held: quantity − returned.' })
  @Property({ type: 'integer' })
  @Index()
  heldQuantity!: number;
}
