import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { ImportRowError } from '../../catalog/types/import.types.js';
import { Courier } from '../entities/courier.entity.js';
import { CourierRate } from '../entities/courier-rate.entity.js';
import { ShipFirstRegion } from '../entities/ship-first-region.entity.js';
import { Shipment } from '../entities/shipment.entity.js';
import { ShippingFeeTemplate } from '../entities/shipping-fee-template.entity.js';
import { TrackingEvent } from '../entities/tracking-event.entity.js';

@ObjectType({ description: 'A page of shipments.' })
export class ShipmentConnection extends ConnectionType(Shipment, 'Shipment', 'shipment') {}

@ObjectType({ description: 'Result of a mutation on a courier.' })
export class CourierPayload {
  @Field(() => Courier, { nullable: true, description: 'The courier; null on failure.' }) courier?: Courier | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of setting or removing a rate card row.' })
export class CourierRatePayload {
  @Field(() => CourierRate, { nullable: true, description: 'The row set; null when removed or on failure.' }) rate?: CourierRate | null;
  @Field(() => Courier, { nullable: true, description: 'The courier with its rate card after the change.' }) courier?: Courier | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of setting or removing a fee template row.' })
export class ShippingFeeTemplatePayload {
  @Field(() => ShippingFeeTemplate, { nullable: true, description: 'The row set; null when removed or on failure.' }) template?: ShippingFeeTemplate | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `setShipFirstRegions`.' })
export class ShipFirstRegionsPayload {
  @Field(() => [ShipFirstRegion], { nullable: true, description: 'The regions now shipping first.' }) regions?: ShipFirstRegion[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `addTrackingEvent`.' })
export class TrackingEventPayload {
  @Field(() => Shipment, { nullable: true, description: 'The shipment after the event.' }) shipment?: Shipment | null;
  @Field(() => TrackingEvent, { nullable: true, description: 'The event; null on failure.' }) event?: TrackingEvent | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `importTrackingCsv`.' })
export class ImportTrackingPayload {
  @Field(() => Int, { nullable: true, description: 'Events added.' }) imported?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rows already recorded, skipped.' }) duplicates?: number | null;
  @Field(() => [ImportRowError], { nullable: true, description: 'Rows that were not imported, with why.' }) rowErrors?: ImportRowError[] | null;
  @Field(() => [FieldError], { description: 'Failures of the file as a whole: REQUIRED, INVALID, TOO_LARGE.' }) errors!: FieldError[];
}
