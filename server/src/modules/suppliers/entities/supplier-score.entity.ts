import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

/** The scoring weights (one row, id 1): how much each score counts in the composite; they sum to 100. */
@ObjectType({ description: 'Weights of the five scores in a supplier’s composite score, in percent (sum 100). Needs `supplier:read`.' })
@Entity({ tableName: 'supplier_score_settings' })
export class SupplierScoreSettings extends BaseEntity<'quality' | 'delivery' | 'price' | 'service' | 'credit'> {
  @Field(() => Int, { description: 'Weight of quality, %.' }) @Property({ type: 'integer', default: 35 }) quality: number = 35;
  @Field(() => Int, { description: 'Weight of delivery, %.' }) @Property({ type: 'integer', default: 25 }) delivery: number = 25;
  @Field(() => Int, { description: 'Weight of price, %.' }) @Property({ type: 'integer', default: 20 }) price: number = 20;
  @Field(() => Int, { description: 'Weight of service, %.' }) @Property({ type: 'integer', default: 10 }) service: number = 10;
  @Field(() => Int, { description: 'Weight of credit, %.' }) @Property({ type: 'integer', default: 10 }) credit: number = 10;
}

/** A stored score of one supplier for one period: the history behind trends. Re-scoring a period replaces it. */
@ObjectType({ description: 'A supplier’s stored score for a period. Needs `supplier:read`; a supplier token sees only its own.' })
@Entity({ tableName: 'supplier_score_snapshots' })
@Unique({ properties: ['supplier', 'period'] })
export class SupplierScoreSnapshot extends BaseEntity {
  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;

  @Field(() => String, { description: 'Period: `2026-11` or `2026-Q4`.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Float, { nullable: true, description: 'Quality score, 0–100; null without data.' }) @Property({ type: 'double', nullable: true }) quality?: number | null;
  @Field(() => Float, { nullable: true, description: 'Delivery score, 0–100; null without data.' }) @Property({ type: 'double', nullable: true }) delivery?: number | null;
  @Field(() => Float, { nullable: true, description: 'Price score, 0–100; null without an evaluation.' }) @Property({ type: 'double', nullable: true }) price?: number | null;
  @Field(() => Float, { nullable: true, description: 'Service score, 0–100; null without an evaluation.' }) @Property({ type: 'double', nullable: true }) service?: number | null;
  @Field(() => Float, { nullable: true, description: 'Credit score, 0–100; null without an evaluation.' }) @Property({ type: 'double', nullable: true }) credit?: number | null;
  @Field(() => Float, { nullable: true, description: 'Weighted composite, 0–100; null when no score is known.' }) @Property({ type: 'double', nullable: true }) composite?: number | null;

  /** The full scorecard as computed (figures and their source numbers); exposed as JSON text by a field resolver. */
  @Property({ type: 'json' })
  detail!: Record<string, unknown>;

  @Field(() => Date, { description: 'When it was computed.' })
  @Property({ type: 'datetime' })
  computedAt!: Date;
}
