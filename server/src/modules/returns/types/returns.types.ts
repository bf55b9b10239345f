import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Refund } from '../entities/refund.entity.js';
import { ReturnRequest } from '../entities/return-request.entity.js';

@ObjectType({ description: 'A page of return requests.' })
export class ReturnRequestConnection extends ConnectionType(ReturnRequest, 'ReturnRequest', 'return request') {}

@ObjectType({ description: 'A page of refunds.' })
export class RefundConnection extends ConnectionType(Refund, 'Refund', 'refund') {}

@ObjectType({ description: 'Result of a mutation on a return request.' })
export class ReturnRequestPayload {
  @Field(() => ReturnRequest, { nullable: true, description: 'The request after the change; null on failure.' })
  returnRequest?: ReturnRequest | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, DUPLICATE, WRONG_STATE, OVER_QUANTITY, OVERREFUND, NEEDS_SECOND_APPROVAL, CONFLICT, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of `createExchangeOrder`.' })
export class ExchangeOrderPayload {
  @Field(() => ReturnRequest, { nullable: true, description: 'The exchange request, now linked to its replacement order; null on failure.' })
  returnRequest?: ReturnRequest | null;
  @Field(() => Order, { nullable: true, description: 'The zero-priced replacement order, PAID and waiting for allocation; null on failure.' })
  order?: Order | null;
  @Field(() => [FieldError], { description: 'Expected failures: NOT_FOUND, WRONG_STATE, DUPLICATE, OVER_QUANTITY, and the order checks (e.g. an inactive SKU).' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a refund.' })
export class RefundPayload {
  @Field(() => Refund, { nullable: true, description: 'The refund after the change; null on failure.' })
  refund?: Refund | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, OVERREFUND, SELF_APPROVAL.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'One row of the return analysis.' })
export class ReturnAnalysisRow {
  @Field(() => String, { description: 'What the row groups by: the reason code, product id, supplier id (`none` when unknown) or month `YYYY-MM`.' }) key!: string;
  @Field(() => String, { description: 'Readable label: reason code, product title, supplier name or month.' }) label!: string;
  @Field(() => Int, { description: 'Requests with at least one line in this row.' }) requests!: number;
  @Field(() => Int, { description: 'Units concerned.' }) units!: number;
  @Field(() => Int, { description: 'Units inspected and restocked.' }) restockedUnits!: number;
  @Field(() => Int, { description: 'Units inspected as defective.' }) defectiveUnits!: number;
}

@ObjectType({ description: 'The return analysis (退件表) over a period, computed from the return records (rejected and cancelled requests left out).' })
export class ReturnAnalysis {
  @Field(() => Date, { description: 'Period start (UTC, inclusive).' }) from!: Date;
  @Field(() => Date, { description: 'Period end (UTC, exclusive).' }) to!: Date;
  @Field(() => Int, { description: 'Requests opened in the period.' }) requests!: number;
  @Field(() => Int, { description: 'Units concerned.' }) units!: number;
  @Field(() => Int, { description: 'Units restocked.' }) restockedUnits!: number;
  @Field(() => Int, { description: 'Units kept apart as defective.' }) defectiveUnits!: number;
  @Field(() => Float, { description: 'Restocked ÷ inspected units (0 when none inspected).' }) restockShare!: number;
  @Field(() => Float, { description: 'Defective ÷ inspected units (0 when none inspected).' }) defectiveShare!: number;
  @Field(() => [ReturnAnalysisRow], { description: 'By reason code; every reason, most units first.' }) byReason!: ReturnAnalysisRow[];
  @Field(() => [ReturnAnalysisRow], { description: 'By product, most units first.' }) byProduct!: ReturnAnalysisRow[];
  @Field(() => [ReturnAnalysisRow], { description: 'By the SKU’s preferred supplier, most units first.' }) bySupplier!: ReturnAnalysisRow[];
  @Field(() => [ReturnAnalysisRow], { description: 'By month opened (shop time), oldest first.' }) byMonth!: ReturnAnalysisRow[];
}
