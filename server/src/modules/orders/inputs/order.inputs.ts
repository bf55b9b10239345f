import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ShippingMethod } from '../../shipping/entities/shipping-method.js';
import { OrderChannel, OrderStatus } from '../entities/order-enums.js';
import { PaymentMethod } from '../entities/payment.entity.js';
import { OrderSortField } from '../services/orders-list.service.js';

registerEnumType(OrderSortField, { name: 'OrderSortField', description: 'Columns orders can be sorted by.' });

@InputType({ description: 'A shipping address with the receiver’s name and phone.' })
export class ShippingAddressInput {
  @Field(() => String, { description: 'Receiver’s name.' }) receiverName!: string;
  @Field(() => String, { description: 'Receiver’s phone: an 11-digit mobile or a landline with area code.' }) receiverPhone!: string;
  @Field(() => String, { description: 'Province; short forms are accepted (浙江 → 浙江省).' }) province!: string;
  @Field(() => String, { description: 'City.' }) city!: string;
  @Field(() => String, { nullable: true, description: 'District or county.' }) district?: string | null;
  @Field(() => String, { description: 'Street, building and room.' }) addressDetail!: string;
}

@InputType({ description: 'A line of a new order. The unit price comes from the catalog (VIP price for VIP customers; 0 for gifts).' })
export class OrderLineInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => Int, { description: 'Units, 1 to 9999.' }) quantity!: number;
  @Field(() => Int, { nullable: true, description: 'Discount on the line in fen (default 0), at most its goods value.' }) discountFen?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A gift earned by a promotion: free. Gift-stock SKUs are always gifts.' }) isGift?: boolean | null;
}

@InputType({ description: 'Input of `createOrder` and `quoteOrder`.' })
export class CreateOrderInput {
  @Field(() => String, { nullable: true, description: 'Idempotency key (≤ 200 characters): a retry with the same key returns the first order for 24 hours; the same key with a different request is refused with IDEMPOTENCY_MISMATCH.' }) idempotencyKey?: string | null;
  @Field(() => OrderChannel, { description: 'Where the order came from; an agent token always sends AGENT.' }) channel!: OrderChannel;
  @Field(() => String, { nullable: true, description: 'The platform’s (or agent’s) order number; required for TAOBAO and TMALL, unique per channel.' }) platformOrderNo?: string | null;
  @Field(() => ID, { nullable: true, description: 'The agent partner, for AGENT orders (an agent token: itself).' }) agentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The customer.' }) customerId?: string | null;
  @Field(() => String, { nullable: true, description: 'The buyer’s platform account (e.g. Taobao nickname).' }) buyerAccount?: string | null;
  @Field(() => ShippingAddressInput, { description: 'Where to ship.' }) address!: ShippingAddressInput;
  @Field(() => ShippingMethod, { description: 'Shipping method; the fee comes from its template for the province.' }) shippingMethod!: ShippingMethod;
  @Field(() => [OrderLineInput], { description: 'The lines; each SKU once (once more as a gift).' }) lines!: OrderLineInput[];
  @Field(() => String, { nullable: true, description: 'The buyer’s notes and requirements.' }) buyerNote?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the buyer placed it (default now); not in the future.' }) placedAt?: Date | null;
}

@InputType({ description: 'Filters for orders; all given conditions must hold.' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'Only these states.' }) statuses?: OrderStatus[] | null;
  @Field(() => OrderChannel, { nullable: true, description: 'Only this channel.' }) channel?: OrderChannel | null;
  @Field(() => String, { nullable: true, description: 'Only this destination province.' }) province?: string | null;
  @Field(() => Date, { nullable: true, description: 'Placed at or after.' }) placedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Placed before.' }) placedBefore?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Only this agent’s orders.' }) agentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this customer’s orders.' }) customerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only orders allocated to this warehouse.' }) warehouseId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only ship-first (true) or other (false) orders.' }) shipFirst?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the order number, platform number, receiver, buyer account or a waybill.' }) search?: string | null;
}

@InputType({ description: 'Sort order of orders.' })
export class OrderSort {
  @Field(() => OrderSortField, { description: 'Column.' }) field!: OrderSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `recordPayment` and `recordRefund`.' })
export class PaymentInput {
  @Field(() => ID, { description: 'The order.' }) orderId!: string;
  @Field(() => Int, { description: 'Amount in fen, at least 1: a payment at most what is still due, a refund at most what was paid.' }) amountFen!: number;
  @Field(() => PaymentMethod, { description: 'How the money moved.' }) method!: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Outside reference, e.g. the Alipay transaction number.' }) reference?: string | null;
  @Field(() => String, { nullable: true, description: 'Note; for a refund, the reason (required).' }) note?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the money moved (default now); not in the future.' }) at?: Date | null;
}

@InputType({ description: 'Input of `importOrdersCsv`.' })
export class ImportOrdersInput {
  @Field(() => String, { description: 'CSV text (UTF-8, ≤ 2 MB, ≤ 2000 rows), one row per order line; header names in English or as in a Taobao export. Required: channel, platform_order_no, receiver_name, receiver_phone, province, city, address, sku_code, quantity. Optional: agent_code, buyer_account, district, shipping_method, discount (yuan), gift, buyer_note, placed_at (shop time), paid, payment_reference.' }) csv!: string;
}
