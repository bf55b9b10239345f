import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Warehouse } from '../entities/warehouse.entity.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { StockMovement } from '../entities/stock-movement.entity.js';
import { Reservation } from '../entities/reservation.entity.js';
import { Transfer } from '../entities/transfer.entity.js';
import { Stocktake } from '../entities/stocktake.entity.js';

@ObjectType({ description: 'A page of stock levels.' })
export class StockLevelConnection extends ConnectionType(StockLevel, 'StockLevel', 'stock level') {}

@ObjectType({ description: 'A page of stock ledger rows.' })
export class StockMovementConnection extends ConnectionType(StockMovement, 'StockMovement', 'stock movement') {}

@ObjectType({ description: 'A page of reservations.' })
export class ReservationConnection extends ConnectionType(Reservation, 'Reservation', 'reservation') {}

@ObjectType({ description: 'A page of transfers.' })
export class TransferConnection extends ConnectionType(Transfer, 'Transfer', 'transfer') {}

@ObjectType({ description: 'A page of stocktakes.' })
export class StocktakeConnection extends ConnectionType(Stocktake, 'Stocktake', 'stocktake') {}


// Payload classes keep the service's result key (`warehouse`, `transfer`, …) as the GraphQL field.
@ObjectType({ description: 'Result of a mutation on a warehouse.' })
export class WarehousePayload {
  @Field(() => Warehouse, { nullable: true, description: 'The warehouse after the change; null on failure.' })
  warehouse?: Warehouse | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of posting a stock movement.' })
export class StockMovementPayload {
  @Field(() => StockMovement, { nullable: true, description: 'The ledger row; null on failure.' })
  movement?: StockMovement | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of setting a safety stock.' })
export class StockLevelPayload {
  @Field(() => StockLevel, { nullable: true, description: 'The stock level after the change; null on failure.' })
  stockLevel?: StockLevel | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of reserving or releasing stock.' })
export class ReservationPayload {
  @Field(() => Reservation, { nullable: true, description: 'The reservation; null on failure.' })
  reservation?: Reservation | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND, INSUFFICIENT_STOCK, GIFT_STOCK, WRONG_STATE.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a transfer.' })
export class TransferPayload {
  @Field(() => Transfer, { nullable: true, description: 'The transfer after the change; null on failure.' })
  transfer?: Transfer | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a stocktake.' })
export class StocktakePayload {
  @Field(() => Stocktake, { nullable: true, description: 'The stocktake after the change; null on failure.' })
  stocktake?: Stocktake | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, CONFLICT, WRONG_STATE, INSUFFICIENT_STOCK.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'One SKU in the ABC analysis.' })
export class AbcRowType {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: number;
  @Field(() => String, { description: 'SKU code.' }) skuCode!: string;
  @Field(() => String, { description: 'Product title.' }) productTitle!: string;
  @Field(() => Int, { description: 'Units shipped in the period (sale-out movements).' }) soldQuantity!: number;
  @Field(() => Int, { description: 'Units × current price, in fen.' }) salesValueFen!: number;
  @Field(() => Float, { description: 'Share of the period’s sales value, 0–1.' }) share!: number;
  @Field(() => Float, { description: 'Cumulative share down to this row, 0–1.' }) cumulativeShare!: number;
  @Field(() => String, { description: '`A` (top 80 % of value), `B` (next 15 %) or `C`.' }) abcClass!: string;
  @Field(() => Int, { description: 'On hand now.' }) onHand!: number;
  @Field(() => Float, { nullable: true, description: 'Days of stock at the period’s sales rate; null when nothing sold.' }) turnoverDays!: number | null;
}

@ObjectType({ description: 'Stock health of one warehouse (sellable SKUs).' })
export class WarehouseSummaryType {
  @Field(() => ID, { description: 'The warehouse.' }) warehouseId!: number;
  @Field(() => String, { description: 'Code.' }) warehouseCode!: string;
  @Field(() => String, { description: 'Name.' }) warehouseName!: string;
  @Field(() => Int, { description: 'SKUs stocked here.' }) skuCount!: number;
  @Field(() => Int, { description: 'Units on hand.' }) onHand!: number;
  @Field(() => Int, { description: 'Units reserved.' }) reserved!: number;
  @Field(() => Int, { description: 'Units on their way in.' }) inTransit!: number;
  @Field(() => Int, { description: 'SKUs with nothing available.' }) outOfStock!: number;
  @Field(() => Int, { description: 'SKUs with available below safety stock.' }) belowSafety!: number;
  @Field(() => Int, { description: 'SKUs with on hand above three times their safety stock.' }) overstock!: number;
}
