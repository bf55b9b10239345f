import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { PaymentMethod } from '../../orders/entities/payment.entity.js';
import { ReturnReasonCode, ReturnStatus, ReturnType } from '../entities/return-enums.js';
import { RefundStatus } from '../entities/refund.entity.js';
import { ReturnSortField } from '../services/returns-list.service.js';
import { RefundSortField } from '../services/refunds.service.js';

registerEnumType(ReturnSortField, {
  name: 'ReturnSortField', description: 'What return requests can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'When opened.' }, UPDATED_AT: { description: 'When last changed.' }, CODE: { description: 'Document number.' } },
});
registerEnumType(RefundSortField, {
  name: 'RefundSortField', description: 'What refunds can be sorted by.',
  valuesConfig: { CREATED_AT: { description: 'When requested.' }, AMOUNT: { description: 'Amount.' }, PAID_AT: { description: 'When paid.' } },
});

@InputType({ description: 'An order line and how many of its units the request concerns.' })
export class ReturnLineInput {
  @Field(() => ID, { description: 'The order line.' }) orderLineId!: string;
  @Field(() => Int, { description: 'Units, ≥ 1 and at most shipped minus already claimed by other open requests.' }) quantity!: number;
}

@InputType({ description: 'Input of `openReturnRequest`.' })
export class OpenReturnRequestInput {
  @Field(() => ID, { description: 'The order (shipped, delivered or completed).' }) orderId!: string;
  @Field(() => ReturnType, { description: 'Return, exchange or refund only.' }) type!: ReturnType;
  @Field(() => ReturnReasonCode, { description: 'Why.' }) reasonCode!: ReturnReasonCode;
  @Field(() => [ReturnLineInput], { description: 'The lines concerned; each order line once.' }) lines!: ReturnLineInput[];
  @Field(() => String, { nullable: true, description: 'The buyer’s description.' }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The refund the buyer asks for, in fen (informative).' }) refundAmountFen?: number | null;
  @Field(() => String, { nullable: true, description: 'The complaint it came from.' }) complaintCode?: string | null;
}

@InputType({ description: 'A state change of a return request, with a note (required to reject or cancel).' })
export class ReturnActionInput {
  @Field(() => ID, { description: 'The return request.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history; the reason when rejecting or cancelling.' }) note?: string | null;
}

@InputType({ description: 'Input of `receiveReturn`.' })
export class ReceiveReturnInput {
  @Field(() => ID, { description: 'The return request.' }) id!: string;
  @Field(() => ID, { description: 'The warehouse the goods arrived at.' }) warehouseId!: string;
  @Field(() => String, { nullable: true, description: 'Note, e.g. the buyer’s return waybill.' }) note?: string | null;
}

@InputType({ description: 'Inspection of some units of one return line.' })
export class InspectReturnLineInput {
  @Field(() => ID, { description: 'The return request line.' }) lineId!: string;
  @Field(() => Int, { nullable: true, description: 'Units found saleable: back into stock (RETURN_IN). Default 0.' }) restockQuantity?: number | null;
  @Field(() => Int, { nullable: true, description: 'Units found defective: kept apart for the supplier. Default 0.' }) defectiveQuantity?: number | null;
  @Field(() => String, { nullable: true, description: 'What the inspector found.' }) note?: string | null;
}

@InputType({ description: 'Input of `inspectReturn`.' })
export class InspectReturnInput {
  @Field(() => ID, { description: 'The return request (received).' }) id!: string;
  @Field(() => [InspectReturnLineInput], { description: 'Lines inspected now; a line may be split over several calls.' }) lines!: InspectReturnLineInput[];
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'What replaces one returned line.' })
export class ReplacementLineInput {
  @Field(() => ID, { description: 'The return request line being replaced.' }) lineId!: string;
  @Field(() => ID, { nullable: true, description: 'Replacement SKU (e.g. another size); default the same SKU.' }) skuId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Units, at most those returned; default all of them.' }) quantity?: number | null;
}

@InputType({ description: 'Input of `createExchangeOrder`.' })
export class CreateExchangeOrderInput {
  @Field(() => ID, { description: 'The exchange request (approved, received or inspected).' }) id!: string;
  @Field(() => [ReplacementLineInput], { nullable: true, description: 'Replacements; default every line, same SKU and quantity.' }) lines?: ReplacementLineInput[] | null;
  @Field(() => String, { nullable: true, description: 'Note added to the replacement order.' }) note?: string | null;
}

@InputType({ description: 'Input of `requestRefund`.' })
export class RequestRefundInput {
  @Field(() => ID, { description: 'The return request (approved, received or inspected).' }) returnRequestId!: string;
  @Field(() => Int, { description: 'Amount in fen, ≥ 1 and at most what was paid less earlier and pending refunds.' }) amountFen!: number;
  @Field(() => PaymentMethod, { description: 'How the money goes back.' }) method!: PaymentMethod;
  @Field(() => String, { description: 'Why.' }) reason!: string;
}

@InputType({ description: 'An approval or rejection of a refund.' })
export class RefundActionInput {
  @Field(() => ID, { description: 'The refund.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history; the reason when rejecting.' }) note?: string | null;
}

@InputType({ description: 'Filters for `returnRequests`.' })
export class ReturnRequestFilter {
  @Field(() => ReturnStatus, { nullable: true, description: 'Only this state.' }) status?: ReturnStatus | null;
  @Field(() => [ReturnStatus], { nullable: true, description: 'Only these states.' }) statuses?: ReturnStatus[] | null;
  @Field(() => ReturnType, { nullable: true, description: 'Only this type.' }) type?: ReturnType | null;
  @Field(() => ReturnReasonCode, { nullable: true, description: 'Only this reason.' }) reasonCode?: ReturnReasonCode | null;
  @Field(() => ID, { nullable: true, description: 'Only goods received at this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only requests of this order.' }) orderId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only requests opened from this complaint.' }) complaintCode?: string | null;
  @Field(() => Date, { nullable: true, description: 'Opened at or after (UTC).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Opened before (UTC).' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number, order number, buyer account, receiver name or complaint number.' }) search?: string | null;
}

@InputType({ description: 'Sort order of `returnRequests`.' })
export class ReturnRequestSort {
  @Field(() => ReturnSortField, { description: 'Column.' }) field!: ReturnSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Filters for `refunds`.' })
export class RefundFilter {
  @Field(() => RefundStatus, { nullable: true, description: 'Only this state.' }) status?: RefundStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only refunds of this return request.' }) returnRequestId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only refunds of this order.' }) orderId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only refunds that do (true) or do not (false) need a second approval.' }) needsSecondApproval?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Requested at or after (UTC).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Requested before (UTC).' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the refund or order number.' }) search?: string | null;
}

@InputType({ description: 'Sort order of `refunds`.' })
export class RefundSort {
  @Field(() => RefundSortField, { description: 'Column.' }) field!: RefundSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}
