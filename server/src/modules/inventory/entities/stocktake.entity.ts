import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from './warehouse.entity.js';

export enum StocktakeStatus { COUNTING = 'COUNTING', SUBMITTED = 'SUBMITTED', APPROVED = 'APPROVED', CANCELLED = 'CANCELLED' }
registerEnumType(StocktakeStatus, {
  name: 'StocktakeStatus', description: 'State of a stocktake (盘点).',
  valuesConfig: {
    COUNTING: { description: 'Open: staff enter counted quantities.' },
    SUBMITTED: { description: 'Counts submitted for a supervisor’s review.' },
    APPROVED: { description: 'Approved: variances posted to the ledger.' },
    CANCELLED: { description: 'Abandoned; nothing posted.' },
  },
});

/** A count sheet for one warehouse, with the book quantities snapshotted when it opened. */
@ObjectType({ description: 'A stocktake (盘点单) of one warehouse. Needs `stock:read`.' })
@Entity({ tableName: 'stocktakes' })
export class Stocktake extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `ST-20261123-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => StocktakeStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: StocktakeStatus = StocktakeStatus.COUNTING;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** The last ledger row id when the book was snapshotted; later rows are "movements during the count". */
  @Property({ type: 'integer' })
  snapshotMovementId!: number;

  @OneToMany(() => StocktakeLine, (line) => line.stocktake, { orderBy: { id: 'asc' } })
  lines = new Collection<StocktakeLine>(this);
}

/**
 * One SKU on a count sheet. Variance = counted − (book snapshot + movements between the
 * snapshot and the count), so goods shipped or received during the count are not mistaken for loss.
 */
@ObjectType({ description: 'A line of a stocktake: book quantity, count and variance.' })
@Entity({ tableName: 'stocktake_lines' })
@Unique({ properties: ['stocktake', 'sku'] })
export class StocktakeLine extends BaseEntity {
  @ManyToOne(() => Stocktake, { ref: true, index: true, deleteRule: 'cascade' })
  stocktake!: Ref<Stocktake>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => Int, { description: 'On hand when the sheet was opened.' })
  @Property({ type: 'integer' })
  bookQuantity!: number;

  @Field(() => Int, { nullable: true, description: 'Counted quantity; null until entered.' })
  @Property({ type: 'integer', nullable: true })
  countedQuantity?: number;

  /** Ledger position when the count was entered, to separate movements before and after it. */
  @Property({ type: 'integer', nullable: true })
  countedAtMovementId?: number;

  @Field(() => Int, { nullable: true, description: 'Net ledger movements between the snapshot and the count.' })
  @Property({ type: 'integer', nullable: true })
  movementsDuringCount?: number;

  @Field(() => Int, { nullable: true, description: 'Counted − expected (book + movements during count); posted on approval.' })
  @Property({ type: 'integer', nullable: true })
  variance?: number;
}
