import { Field, ID, InputType, Int } from 'type-graphql';
import { ShippingMethod } from '../entities/shipping-method.js';
import { ShipmentStatus } from '../entities/shipment.entity.js';
import { TrackingStatus } from '../entities/tracking-event.entity.js';

@InputType({ description: 'Input of `createCourier`.' })
export class CreateCourierInput {
  @Field(() => String, { description: 'Short unique code (letters, digits, dashes), e.g. `SF`.' }) code!: string;
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Contact phone.' }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes: reliability, pick-up times, contract.' }) notes?: string | null;
}

@InputType({ description: 'Input of `updateCourier`; omitted fields stay as they are.' })
export class UpdateCourierInput {
  @Field(() => ID, { description: 'The courier.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone.' }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) notes?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Active or not.' }) active?: boolean | null;
}

@InputType({ description: 'Input of `setCourierRate`: one row of a courier’s negotiated rate card (replaces the row for the same method and province).' })
export class SetCourierRateInput {
  @Field(() => ID, { description: 'The courier.' }) courierId!: string;
  @Field(() => ShippingMethod, { description: 'Method.' }) method!: ShippingMethod;
  @Field(() => String, { description: 'Destination province, or `*` for every province without its own row.' }) province!: string;
  @Field(() => Int, { description: 'First weight in grams.' }) firstWeightGrams!: number;
  @Field(() => Int, { description: 'Cost of the first weight in fen.' }) firstFeeFen!: number;
  @Field(() => Int, { description: 'Additional weight unit in grams.' }) additionalUnitGrams!: number;
  @Field(() => Int, { description: 'Cost per additional unit in fen.' }) additionalFeeFen!: number;
}

@InputType({ description: 'Input of `setShippingFeeTemplate`: the buyer’s fee for a method and province (replaces the row for the same pair).' })
export class SetShippingFeeTemplateInput {
  @Field(() => ShippingMethod, { description: 'Method.' }) method!: ShippingMethod;
  @Field(() => String, { description: 'Destination province, or `*` for every province without its own row.' }) province!: string;
  @Field(() => Int, { description: 'First weight in grams.' }) firstWeightGrams!: number;
  @Field(() => Int, { description: 'Fee for the first weight in fen.' }) firstFeeFen!: number;
  @Field(() => Int, { description: 'Additional weight unit in grams.' }) additionalUnitGrams!: number;
  @Field(() => Int, { description: 'Fee per additional unit in fen.' }) additionalFeeFen!: number;
  @Field(() => Int, { nullable: true, description: 'Goods after discounts at or above this (fen) ship free; omit for never.' }) freeShippingThresholdFen?: number | null;
}

@InputType({ description: 'Input of `setShipFirstRegions`: the full list (replaces the current one).' })
export class SetShipFirstRegionsInput {
  @Field(() => [String], { description: 'Provinces whose orders ship first; empty for none.' }) provinces!: string[];
  @Field(() => String, { nullable: true, description: 'Why, e.g. “top sales regions for 双11”.' }) note?: string | null;
}

@InputType({ description: 'Filters for shipments.' })
export class ShipmentFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the waybill number.' }) waybillNo?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this courier.' }) courierId?: string | null;
  @Field(() => ShipmentStatus, { nullable: true, description: 'Only this state.' }) status?: ShipmentStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this order’s.' }) orderId?: string | null;
}

@InputType({ description: 'Input of `addTrackingEvent`.' })
export class AddTrackingEventInput {
  @Field(() => ID, { description: 'The shipment.' }) shipmentId!: string;
  @Field(() => Date, { description: 'When it happened (not in the future).' }) at!: Date;
  @Field(() => TrackingStatus, { description: 'What happened; SIGNED ends the following and, for the order’s last parcel, delivers the order.' }) status!: TrackingStatus;
  @Field(() => String, { nullable: true, description: 'Where.' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'The courier’s text, or who signed.' }) description?: string | null;
}

@InputType({ description: 'Input of `importTrackingCsv`.' })
export class ImportTrackingInput {
  @Field(() => String, { description: 'CSV text (UTF-8, ≤ 2 MB, ≤ 5000 rows) with columns waybill_no, time (shop time), status (enum or 已揽收/运输中/派送中/已签收/疑难件/退回) and optionally courier (code), location, description.' }) csv!: string;
}
