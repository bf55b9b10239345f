import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../identity/entities/user.entity.js';
import { Shipment } from './shipment.entity.js';

export enum TrackingStatus { COLLECTED = 'COLLECTED', IN_TRANSIT = 'IN_TRANSIT', OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY', SIGNED = 'SIGNED', EXCEPTION = 'EXCEPTION', RETURNED = 'RETURNED' }
registerEnumType(TrackingStatus, {
  name: 'TrackingStatus', description: 'What a tracking event reports.',
  valuesConfig: {
    COLLECTED: { description: 'Picked up by the courier (已揽收).' },
    IN_TRANSIT: { description: 'Moving between sites (运输中).' },
    OUT_FOR_DELIVERY: { description: 'Out for delivery (派送中).' },
    SIGNED: { description: 'Signed for (已签收).' },
    EXCEPTION: { description: 'A problem (疑难件): lost, damaged, refused, address issue.' },
    RETURNED: { description: 'Returned to the sender (退回).' },
  },
});

export enum TrackingSource { MANUAL = 'MANUAL', IMPORT = 'IMPORT' }
registerEnumType(TrackingSource, {
  name: 'TrackingSource', description: 'How a tracking event was entered.',
  valuesConfig: { MANUAL: { description: 'Typed in by staff.' }, IMPORT: { description: 'Imported from a courier’s CSV.' } },
});

/** One line of a shipment's tracking, as the courier reported it. Never updated. */
@ObjectType({ description: 'A tracking event of a shipment.' })
@Entity({ tableName: 'tracking_events' })
@Index({ properties: ['shipment', 'at'] })
export class TrackingEvent {
  [OptionalProps]?: 'recordedAt';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Shipment, { ref: true })
  shipment!: Ref<Shipment>;

  @Field(() => Date, { description: 'When it happened, per the courier (UTC).' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => TrackingStatus, { description: 'What happened.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  status!: TrackingStatus;

  @Field(() => String, { nullable: true, description: 'Where, e.g. 杭州转运中心.' })
  @Property({ type: 'string', length: 120, nullable: true })
  location?: string;

  @Field(() => String, { nullable: true, description: 'The courier’s text, or who signed.' })
  @Property({ type: 'string', length: 500, nullable: true })
  description?: string;

  @Field(() => TrackingSource, { description: 'Typed in or imported.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  source!: TrackingSource;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User>;

  @Field(() => String, { description: 'Who entered it, as text.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field(() => Date, { description: 'When it was entered (UTC).' })
  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
