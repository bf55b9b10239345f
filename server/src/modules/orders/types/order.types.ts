import { Field, ID, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { ImportRowError } from '../../catalog/types/import.types.js';
import { Shipment } from '../../shipping/entities/shipment.entity.js';
import { Order } from '../entities/order.entity.js';
import { ConfirmationMethod } from '../entities/order-enums.js';
import { Payment } from '../entities/payment.entity.js';

@ObjectType({ description: 'A page of orders.' })
export class OrderConnection extends ConnectionType(Order, 'Order', 'order') {}

@ObjectType({ description: 'Result of a mutation on an order.' })
export class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order after the change; null on failure.' })
  order?: Order | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, DUPLICATE, FORBIDDEN, WRONG_STATE, INSUFFICIENT_STOCK, NO_SHIPPING_TEMPLATE, IDEMPOTENCY_MISMATCH, CONFLICT.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of `shipOrder`.' })
export class ShipOrderPayload {
  @Field(() => Order, { nullable: true, description: 'The shipped order; null on failure.' })
  order?: Order | null;
  @Field(() => [Shipment], { nullable: true, description: 'The waybills recorded; null on failure.' })
  shipments?: Shipment[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: WRONG_STATE, ADDRESS_UNCONFIRMED, CHECKLIST_INCOMPLETE, NOT_FOUND, DUPLICATE, INVALID, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'The outcome for one order of `shipOrders`.' })
export class ShipOrderResult {
  @Field(() => ID, { description: 'The order asked for.' }) orderId!: string;
  @Field(() => Order, { nullable: true, description: 'The shipped order; null when refused.' }) order?: Order | null;
  @Field(() => [FieldError], { description: 'Why this order was refused; empty when it shipped.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `shipOrders`.' })
export class ShipOrdersPayload {
  @Field(() => [ShipOrderResult], { nullable: true, description: 'One result per order, in the order given.' }) results?: ShipOrderResult[] | null;
  @Field(() => [FieldError], { description: 'Failures of the request as a whole: REQUIRED, INVALID.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `recordPayment` or `recordRefund`.' })
export class PaymentPayload {
  @Field(() => Payment, { nullable: true, description: 'The payment or refund; null on failure.' }) payment?: Payment | null;
  @Field(() => Order, { nullable: true, description: 'The order after it.' }) order?: Order | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, OVERPAYMENT, OVERREFUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of `importOrdersCsv`.' })
export class ImportOrdersPayload {
  @Field(() => Int, { nullable: true, description: 'Orders created.' }) imported?: number | null;
  @Field(() => Int, { nullable: true, description: 'Orders skipped because their platform number is already in the system.' }) duplicates?: number | null;
  @Field(() => [Order], { nullable: true, description: 'The orders created.' }) orders?: Order[] | null;
  @Field(() => [ImportRowError], { nullable: true, description: 'Problems by row and column; the orders they belong to were not imported.' }) rowErrors?: ImportRowError[] | null;
  @Field(() => [FieldError], { description: 'Failures of the file as a whole: REQUIRED, INVALID, TOO_LARGE.' }) errors!: FieldError[];
}

@ObjectType({ description: 'What an order would cost, computed like `createOrder` without creating it.' })
export class OrderQuote {
  @Field(() => Int, { description: 'Goods in fen.' }) goodsFen!: number;
  @Field(() => Int, { description: 'Discounts in fen.' }) discountFen!: number;
  @Field(() => Int, { description: 'Shipping fee in fen.' }) shippingFeeFen!: number;
  @Field(() => Boolean, { description: 'Free shipping applied (the template’s threshold was reached).' }) freeShipping!: boolean;
  @Field(() => Int, { description: 'Total in fen.' }) totalFen!: number;
  @Field(() => Int, { description: 'Parcel weight in grams.' }) weightGrams!: number;
  @Field(() => String, { description: 'The destination province, canonical.' }) province!: string;
}

@ObjectType({ description: 'Result of `quoteOrder`.' })
export class OrderQuotePayload {
  @Field(() => OrderQuote, { nullable: true, description: 'The quote; null when the order could not be priced.' }) quote?: OrderQuote | null;
  @Field(() => [FieldError], { description: 'What would stop the order: the same errors `createOrder` gives.' }) errors!: FieldError[];
}

@ObjectType({ description: 'The pack checklist of an order.' })
export class PackChecklist {
  @Field(() => Boolean, { description: 'Goods checked.' }) goodsChecked!: boolean;
  @Field(() => Boolean, { description: 'Spec, colour and size as ordered.' }) specMatches!: boolean;
  @Field(() => Boolean, { description: 'Accessories included.' }) accessoriesIncluded!: boolean;
  @Field(() => Boolean, { description: 'Gifts earned included.' }) giftsIncluded!: boolean;
  @Field(() => Boolean, { description: 'Shipping slip included.' }) shippingSlipIncluded!: boolean;
  @Field(() => Boolean, { description: 'Every item ticked: the order may ship.' }) complete!: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was last ticked.' }) checkedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Who last ticked it.' }) checkedBy?: string | null;
}

@ObjectType({ description: 'Customer service’s confirmation of the address, name and phone with the buyer.' })
export class AddressConfirmation {
  @Field(() => Date, { description: 'When.' }) at!: Date;
  @Field(() => String, { description: 'Who confirmed.' }) by!: string;
  @Field(() => ConfirmationMethod, { description: 'How.' }) method!: ConfirmationMethod;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
}

@ObjectType({ description: 'A manager’s override letting an unconfirmed order ship.' })
export class CheckOverride {
  @Field(() => Date, { description: 'When.' }) at!: Date;
  @Field(() => String, { description: 'Who overrode.' }) by!: string;
  @Field(() => String, { description: 'Why.' }) reason!: string;
}
