import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Courier } from './courier.entity.js';

export enum ShipmentStatus { IN_TRANSIT = 'IN_TRANSIT', EXCEPTION = 'EXCEPTION', SIGNED = 'SIGNED', RETURNED = 'RETURNED' }
registerEnumType(ShipmentStatus, {
  name: 'ShipmentStatus', description: 'Where a shipment is, from its latest tracking event.',
  valuesConfig: {
    IN_TRANSIT: { description: 'On its way; followed until signed for.' },
    EXCEPTION: { description: 'A problem was reported (lost, damaged, address issue); still followed.' },
    SIGNED: { description: 'Signed for (已签收): following ends.' },
    RETURNED: { description: 'Sent back to the shop.' },
  },
});

/** One waybill (运单) for an order: one or more packages with one courier. */
@ObjectType({ description: 'A shipment: a waybill with its courier, packages and tracking. Needs `order:read`.' })
@Entity({ tableName: 'shipments' })
@Unique({ properties: ['courier', 'waybillNo'] })
@Index({ properties: ['status', 'lastEventAt'] })
export class Shipment extends BaseEntity<'status' | 'packageCount'> {
  @ManyToOne(() => Order, { ref: true, index: true })
  order!: Ref<Order>;

  @ManyToOne(() => Courier, { ref: true, index: true })
  courier!: Ref<Courier>;

  @Field(() => String, { description: 'Waybill number (运单号).' })
  @Property({ type: 'string', length: 60 })
  @Index()
  waybillNo!: string;

  @Field(() => Int, { description: 'Packages under this waybill (子母件), at least 1.' })
  @Property({ type: 'integer', default: 1 })
  packageCount: number = 1;

  @Field(() => Int, { description: 'Weight in grams.' })
  @Property({ type: 'integer' })
  weightGrams!: number;

  @Field(() => Int, { nullable: true, description: 'What the courier charges us, from its rate card, in fen; null when no rate covers it.' })
  @Property({ type: 'integer', nullable: true })
  costFen?: number;

  @Field(() => ShipmentStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  status: ShipmentStatus = ShipmentStatus.IN_TRANSIT;

  @Field(() => Date, { description: 'When it was handed to the courier (UTC).' })
  @Property({ type: 'datetime' })
  shippedAt!: Date;

  @Field(() => Date, { description: 'Time of the latest tracking event (or the hand-over); the overdue list reads this.' })
  @Property({ type: 'datetime' })
  lastEventAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was signed for.' })
  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date;
}
