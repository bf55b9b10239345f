import { Field, ID, InputType, Int } from 'type-graphql';
import { ConfirmationMethod } from '../entities/order-enums.js';
import { ShippingAddressInput } from './order.inputs.js';

@InputType({ description: 'A step of an order, with an optional note for its timeline.' })
export class OrderActionInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'Input of `allocateOrder`.' })
export class AllocateOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'Reserve in this warehouse; default: the first active one with every line available.' }) warehouseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Note kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'Input of `cancelOrder` and `closeOrder`.' })
export class EndOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Why; required to cancel.' }) reason?: string | null;
}

@InputType({ description: 'Input of `confirmOrderAddress`.' })
export class ConfirmAddressInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => ConfirmationMethod, { description: 'How the buyer confirmed.' }) method!: ConfirmationMethod;
  @Field(() => String, { nullable: true, description: 'Note, e.g. what the buyer said; required for OTHER.' }) note?: string | null;
}

@InputType({ description: 'Input of `overrideAddressCheck`.' })
export class OverrideAddressCheckInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => String, { description: 'Why it may ship unconfirmed (required).' }) reason!: string;
}

@InputType({ description: 'Input of `updateOrderAddress`.' })
export class UpdateOrderAddressInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => ShippingAddressInput, { description: 'The new address.' }) address!: ShippingAddressInput;
  @Field(() => String, { nullable: true, description: 'Note kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'The pack checklist (打包检查); every item must be ticked before the order ships. Tick an item that does not apply (no gifts, no accessories) as done.' })
export class PackChecklistInput {
  @Field(() => Boolean, { description: 'The goods were checked for damage and quantity.' }) goodsChecked!: boolean;
  @Field(() => Boolean, { description: 'Spec, colour and size are as ordered.' }) specMatches!: boolean;
  @Field(() => Boolean, { description: 'Accessories are in the parcel.' }) accessoriesIncluded!: boolean;
  @Field(() => Boolean, { description: 'The gifts the buyer earned are in the parcel.' }) giftsIncluded!: boolean;
  @Field(() => Boolean, { description: 'The shipping slip is in or on the parcel.' }) shippingSlipIncluded!: boolean;
}

@InputType({ description: 'Input of `packOrder` and `recordPackChecklist`.' })
export class PackOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => PackChecklistInput, { description: 'The checklist as ticked.' }) checklist!: PackChecklistInput;
  @Field(() => String, { nullable: true, description: 'Note kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'One waybill of a shipment.' })
export class ShipmentInput {
  @Field(() => ID, { description: 'The courier.' }) courierId!: string;
  @Field(() => String, { description: 'Waybill number, 6–40 letters, digits or dashes; unique per courier.' }) waybillNo!: string;
  @Field(() => Int, { nullable: true, description: 'Packages under this waybill (default 1).' }) packageCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Weight in grams (default: the order’s weight shared between its waybills).' }) weightGrams?: number | null;
}

@InputType({ description: 'Input of `shipOrder`.' })
export class ShipOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => [ShipmentInput], { description: 'One or more waybills.' }) shipments!: ShipmentInput[];
  @Field(() => String, { nullable: true, description: 'Note kept on the timeline.' }) note?: string | null;
}

@InputType({ description: 'Input of `shipOrders`: several orders shipped at once, each on its own.' })
export class ShipOrdersInput {
  @Field(() => [ShipOrderInput], { description: 'The orders with their waybills (at most 100).' }) orders!: ShipOrderInput[];
}
