import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum PlanPeriod { DAILY = 'DAILY', WEEKLY = 'WEEKLY', MONTHLY = 'MONTHLY' }
registerEnumType(PlanPeriod, {
  name: 'PlanPeriod', description: 'The period a purchase plan covers.',
  valuesConfig: { DAILY: { description: 'One day (日计划).' }, WEEKLY: { description: 'Seven days (周计划).' }, MONTHLY: { description: 'Thirty days (月计划).' } },
});

export enum PurchasePlanStatus { DRAFT = 'DRAFT', APPROVED = 'APPROVED', CANCELLED = 'CANCELLED' }
registerEnumType(PurchasePlanStatus, {
  name: 'PurchasePlanStatus', description: 'State of a purchase plan.',
  valuesConfig: {
    DRAFT: { description: 'Generated; the planner may edit its lines.' },
    APPROVED: { description: 'Approved: turned into purchase orders, one per supplier.' },
    CANCELLED: { description: 'Dropped without ordering.' },
  },
});

/** A purchase plan (采购计划) for one warehouse and period, computed from sales velocity and stock. */
@ObjectType({ description: 'A purchase plan: suggested quantities per SKU for a period. Needs `purchase:read`.' })
@Entity({ tableName: 'purchase_plans' })
export class PurchasePlan extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `PP-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => PlanPeriod, { description: 'Daily, weekly or monthly.' })
  @Property({ type: 'string', length: 20 }) // an enum; no DB check
  period!: PlanPeriod;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => PurchasePlanStatus, { description: 'State.' })
  @Property({ type: 'string', length: 20 }) // an enum; no DB check
  @Index()
  status: PurchasePlanStatus = PurchasePlanStatus.DRAFT;

  @Field(() => String, { description: 'First shop-local day the plan covers (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  startDay!: string;

  @Field(() => Int, { description: 'Days the plan covers (1, 7 or 30).' })
  @Property({ type: 'integer' })
  periodDays!: number;

  @Field(() => Int, { description: 'Days of sales history the velocity was taken from.' })
  @Property({ type: 'integer' })
  lookbackDays!: number;

  @Field(() => Int, { description: 'Growth factor in percent applied to the velocity (100 = flat, 120 = +20 %).' })
  @Property({ type: 'integer' })
  growthPercent!: number;

  @Field(() => Boolean, { description: 'Only SKUs whose available stock was below safety stock were planned.' })
  @Property({ type: 'boolean' })
  lowStockOnly!: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was approved (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => PurchasePlanLine, (line) => line.plan, { orderBy: { id: 'asc' } })
  lines = new Collection<PurchasePlanLine>(this);
}

/** One SKU of a plan: the figures it was computed from, the suggestion and the planner's quantity. */
@ObjectType({ description: 'A line of a purchase plan.' })
@Entity({ tableName: 'purchase_plan_lines' })
@Unique({ properties: ['plan', 'sku'] })
export class PurchasePlanLine extends BaseEntity {
  @ManyToOne(() => PurchasePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<PurchasePlan>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  /** Who to buy from; null until the planner chooses one (no SupplierSku known). */
  @ManyToOne(() => Partner, { ref: true, nullable: true })
  supplier?: Ref<Partner>;

  @Field(() => Int, { description: 'Units to order (the planner may change it).' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'Unit price in fen (from the supplier terms; editable).' })
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Field(() => Int, { description: 'What the formula suggested; 0 for lines added by hand.' })
  @Property({ type: 'integer' })
  suggestedQuantity!: number;

  @Field(() => Int, { description: 'Units sold (SALE_OUT) in the look-back window.' })
  @Property({ type: 'integer' })
  soldUnits!: number;

  @Field(() => Float, { description: 'Units sold per day in the look-back window (sold ÷ look-back days).' })
  @Property({ type: 'double' })
  dailyVelocity!: number;

  @Field(() => Int, { description: 'Available (on hand − reserved) when planned.' })
  @Property({ type: 'integer' })
  available!: number;

  @Field(() => Int, { description: 'In transit from other warehouses when planned.' })
  @Property({ type: 'integer' })
  inTransit!: number;

  @Field(() => Int, { description: 'Ordered from suppliers and not yet received when planned.' })
  @Property({ type: 'integer' })
  onOrder!: number;

  @Field(() => Int, { description: 'Safety stock when planned.' })
  @Property({ type: 'integer' })
  safetyStock!: number;

  @Field(() => Int, { description: 'Supplier lead time in days used.' })
  @Property({ type: 'integer' })
  leadTimeDays!: number;

  @Field(() => Int, { description: 'Supplier minimum order quantity used.' })
  @Property({ type: 'integer' })
  minOrderQuantity!: number;
}
