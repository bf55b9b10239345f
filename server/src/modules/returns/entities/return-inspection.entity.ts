import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { DefectiveHolding } from '../../inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { InspectionOutcome } from './return-enums.js';
import { ReturnRequest, ReturnRequestLine } from './return-request.entity.js';

/**
 * One inspection result for returned units of a line: restocked (a RETURN_IN ledger row) or
 * kept apart as defective (a DefectiveHolding). Never updated.
 */
@ObjectType({ description: 'An inspection of returned units: restocked into saleable stock or kept apart as defective. Needs `return:read`.' })
@Entity({ tableName: 'return_inspections' })
export class ReturnInspection extends BaseEntity {
  @ManyToOne(() => ReturnRequest, { ref: true, index: true, deleteRule: 'cascade' })
  request!: Ref<ReturnRequest>;

  @ManyToOne(() => ReturnRequestLine, { ref: true, index: true, deleteRule: 'cascade' })
  line!: Ref<ReturnRequestLine>;

  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => InspectionOutcome, { description: 'Restocked or defective.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  outcome!: InspectionOutcome;

  @Field(() => Int, { description: 'Units with this outcome.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'What the inspector found.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** The defective holding the units went into (DEFECTIVE only). */
  @ManyToOne(() => DefectiveHolding, { ref: true, nullable: true })
  holding?: Ref<DefectiveHolding>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  inspector?: Ref<User>;

  @Field(() => String, { description: 'Who inspected, as text.' })
  @Property({ type: 'string', length: 200 })
  inspectorLabel!: string;
}
