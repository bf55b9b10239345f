import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { MovementType } from '../entities/stock-movement.entity.js';
import { TransferStatus } from '../entities/transfer.entity.js';
import { StocktakeStatus } from '../entities/stocktake.entity.js';
import { ReservationStatus } from '../entities/reservation.entity.js';

@InputType({ description: 'Input of `createWarehouse`.' })
export class CreateWarehouseInput {
  @Field(() => String, { description: 'Short unique code (upper case letters, digits, dashes).' }) code!: string;
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Address.' }) address?: string | null;
}

@InputType({ description: 'Input of `updateWarehouse`; omitted fields stay as they are.' })
export class UpdateWarehouseInput {
  @Field(() => ID, { description: 'The warehouse.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Address.' }) address?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Active or not.' }) active?: boolean | null;
}

@InputType({ description: 'Filters for `stockLevels`; all given conditions must hold.' })
export class StockLevelFilter {
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only SKUs of this product.' }) productId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the SKU code, barcode or product title.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only rows whose available stock is below safety stock.' }) belowSafety?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only gift SKUs (true) or only sellable SKUs (false).' }) gift?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only rows with nothing available.' }) outOfStock?: boolean | null;
}

export enum StockLevelSortField { SKU_CODE = 'SKU_CODE', ON_HAND = 'ON_HAND', AVAILABLE = 'AVAILABLE', SAFETY_GAP = 'SAFETY_GAP' }
registerEnumType(StockLevelSortField, { name: 'StockLevelSortField', description: 'Columns `stockLevels` can be sorted by; SAFETY_GAP is available − safety stock.' });

@InputType({ description: 'Sort order of `stockLevels`.' })
export class StockLevelSort {
  @Field(() => StockLevelSortField, { description: 'Column.' }) field!: StockLevelSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'Filters for `stockMovements`.' })
export class StockMovementFilter {
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
  @Field(() => MovementType, { nullable: true, description: 'Only this kind.' }) type?: MovementType | null;
  @Field(() => String, { nullable: true, description: 'Only movements of this source document type.' }) referenceType?: string | null;
  @Field(() => String, { nullable: true, description: 'Only movements of this source document.' }) referenceId?: string | null;
  @Field(() => Date, { nullable: true, description: 'At or after.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before.' }) to?: Date | null;
}

@InputType({ description: 'Sort order by time (and id).' })
export class TimeSort {
  @Field(() => SortDirection, { description: 'DESC (default) shows the newest first.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `postStockMovement`: a manual movement.' })
export class PostStockMovementInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => ID, { description: 'The warehouse.' }) warehouseId!: string;
  @Field(() => MovementType, { description: 'OTHER_IN, OTHER_OUT or GIFT_OUT.' }) type!: MovementType;
  @Field(() => Int, { description: 'Units, a whole number ≥ 1 (the direction comes from the type).' }) quantity!: number;
  @Field(() => String, { description: 'Why (required).' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'An outside reference, e.g. a damage report number.' }) referenceId?: string | null;
}

@InputType({ description: 'Input of `setSafetyStock`.' })
export class SetSafetyStockInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => ID, { description: 'The warehouse.' }) warehouseId!: string;
  @Field(() => Int, { description: 'Safety stock, a whole number ≥ 0.' }) safetyStock!: number;
}

@InputType({ description: 'Input of `reserveStock`.' })
export class ReserveStockInput {
  @Field(() => ID, { description: 'The SKU (not a gift SKU).' }) skuId!: string;
  @Field(() => ID, { description: 'The warehouse.' }) warehouseId!: string;
  @Field(() => Int, { description: 'Units, ≥ 1.' }) quantity!: number;
  @Field(() => String, { description: 'What holds it, e.g. `Order`.' }) referenceType!: string;
  @Field(() => String, { description: 'The holder’s id or number.' }) referenceId!: string;
}

@InputType({ description: 'Filters for `reservations`.' })
export class ReservationFilter {
  @Field(() => ReservationStatus, { nullable: true, description: 'Only this state.' }) status?: ReservationStatus | null;
  @Field(() => String, { nullable: true, description: 'Only this holder type.' }) referenceType?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this holder.' }) referenceId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
}

@InputType({ description: 'A SKU and a quantity.' })
export class TransferLineInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => Int, { description: 'Units to send, ≥ 1.' }) quantity!: number;
}

@InputType({ description: 'Input of `createTransfer`.' })
export class CreateTransferInput {
  @Field(() => ID, { description: 'Source warehouse.' }) fromWarehouseId!: string;
  @Field(() => ID, { description: 'Destination warehouse.' }) toWarehouseId!: string;
  @Field(() => [TransferLineInput], { description: 'What to send; each SKU once.' }) lines!: TransferLineInput[];
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'A state change of a document, with an optional note.' })
export class DocumentActionInput {
  @Field(() => ID, { description: 'The document.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the document’s history.' }) note?: string | null;
}

@InputType({ description: 'Received quantity of one transfer line.' })
export class ReceiveLineInput {
  @Field(() => ID, { description: 'The transfer line.' }) lineId!: string;
  @Field(() => Int, { description: 'Units that arrived, 0 to the quantity sent.' }) receivedQuantity!: number;
}

@InputType({ description: 'Input of `receiveTransfer`.' })
export class ReceiveTransferInput {
  @Field(() => ID, { description: 'The transfer.' }) id!: string;
  @Field(() => [ReceiveLineInput], { description: 'Every line’s received quantity.' }) lines!: ReceiveLineInput[];
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'Filters for `transfers`.' })
export class TransferFilter {
  @Field(() => TransferStatus, { nullable: true, description: 'Only this state.' }) status?: TransferStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only transfers from or to this warehouse.' }) warehouseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Matches part of the number or note.' }) search?: string | null;
}

@InputType({ description: 'Input of `openStocktake`.' })
export class OpenStocktakeInput {
  @Field(() => ID, { description: 'The warehouse to count.' }) warehouseId!: string;
  @Field(() => [ID], { nullable: true, description: 'Count only these SKUs; default every active SKU.' }) skuIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'A counted quantity.' })
export class StocktakeCountInput {
  @Field(() => ID, { description: 'The SKU on the sheet.' }) skuId!: string;
  @Field(() => Int, { description: 'Units counted, ≥ 0.' }) countedQuantity!: number;
}

@InputType({ description: 'Input of `enterStocktakeCounts`.' })
export class EnterStocktakeCountsInput {
  @Field(() => ID, { description: 'The stocktake.' }) id!: string;
  @Field(() => [StocktakeCountInput], { description: 'Counts to record (re-entering a line replaces its count).' }) counts!: StocktakeCountInput[];
}

@InputType({ description: 'Filters for `stocktakes`.' })
export class StocktakeFilter {
  @Field(() => StocktakeStatus, { nullable: true, description: 'Only this state.' }) status?: StocktakeStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
}
