import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from './warehouse.entity.js';

export enum ReservationStatus { ACTIVE = 'ACTIVE', RELEASED = 'RELEASED', CONSUMED = 'CONSUMED' }
registerEnumType(ReservationStatus, {
  name: 'ReservationStatus', description: 'State of a stock reservation.',
  valuesConfig: { ACTIVE: { description: 'Holding stock.' }, RELEASED: { description: 'Given back (order cancelled).' }, CONSUMED: { description: 'Shipped: turned into a sale-out movement.' } },
});

/** Stock promised to a document (an order) until it ships or is cancelled. */
@ObjectType({ description: 'A reservation of stock for an order. Needs `stock:read`.' })
@Entity({ tableName: 'reservations' })
@Index({ properties: ['referenceType', 'referenceId'] })
export class Reservation extends BaseEntity<'status'> {
  @ManyToOne(() => Sku, { ref: true, index: true })
  sku!: Ref<Sku>;

  @ManyToOne(() => Warehouse, { ref: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => Int, { description: 'Units held.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => ReservationStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: ReservationStatus = ReservationStatus.ACTIVE;

  @Field(() => String, { description: 'What holds it, e.g. `Order`.' })
  @Property({ type: 'string', length: 40 })
  referenceType!: string;

  @Field(() => String, { description: 'The holder’s id or number.' })
  @Property({ type: 'string', length: 60 })
  referenceId!: string;
}
