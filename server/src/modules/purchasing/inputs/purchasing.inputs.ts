import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { PurchaseOrderStatus } from '../entities/purchase-order.entity.js';
import { PlanPeriod, PurchasePlanStatus } from '../entities/purchase-plan.entity.js';
import { PurchaseReturnSource, PurchaseReturnStatus } from '../entities/purchase-return.entity.js';
import { SupplierEntryKind, SupplierPaymentMethod } from '../entities/supplier-ledger-entry.entity.js';
import { PurchaseOrderSortField } from '../services/purchase-orders.service.js';

registerEnumType(PurchaseOrderSortField, {
  name: 'PurchaseOrderSortField', description: 'Columns `purchaseOrders` can be sorted by.',
  valuesConfig: {
    CREATED_AT: { description: 'When the order was created.' }, EXPECTED_DELIVERY: { description: 'Expected delivery date.' },
    CODE: { description: 'Document number.' }, TOTAL_AMOUNT: { description: 'Order total.' },
  },
});

@InputType({ description: 'Input of an action on a purchasing document: the document and an optional note.' })
export class PurchaseDocumentActionInput {
  @Field(() => ID, { description: 'The document.' }) id!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

// ---- Plans
@InputType({ description: 'Input of `generatePurchasePlan`.' })
export class GeneratePurchasePlanInput {
  @Field(() => PlanPeriod, { description: 'Daily, weekly or monthly.' }) period!: PlanPeriod;
  @Field(() => ID, { description: 'The warehouse to plan for.' }) warehouseId!: string;
  @Field(() => String, { nullable: true, description: 'First day covered (YYYY-MM-DD); default today.' }) startDay?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days of sales history for the velocity (1–365, default 28).' }) lookbackDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Growth factor in percent (100 = flat, default).' }) growthPercent?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Only SKUs below safety stock (from the low-stock alert).' }) lowStockOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `updatePurchasePlanLine`; omitted fields stay as they are.' })
export class UpdatePurchasePlanLineInput {
  @Field(() => ID, { description: 'The plan line.' }) lineId!: string;
  @Field(() => Int, { nullable: true, description: 'Units to order.' }) quantity?: number | null;
  @Field(() => ID, { nullable: true, description: 'Buy from this supplier (its terms apply).' }) supplierId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Unit price in fen.' }) unitPrice?: number | null;
}

@InputType({ description: 'Input of `addPurchasePlanLine`.' })
export class AddPurchasePlanLineInput {
  @Field(() => ID, { description: 'The draft plan.' }) planId!: string;
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => Int, { description: 'Units to order.' }) quantity!: number;
  @Field(() => ID, { nullable: true, description: 'Supplier; default the preferred one.' }) supplierId?: string | null;
  @Field(() => Int, { nullable: true, description: "Unit price in fen; default the supplier's price." }) unitPrice?: number | null;
}

@InputType({ description: 'Input of `removePurchasePlanLine`.' })
export class RemovePurchasePlanLineInput {
  @Field(() => ID, { description: 'The plan line.' }) lineId!: string;
}

@InputType({ description: 'Filters for `purchasePlans`.' })
export class PurchasePlanFilter {
  @Field(() => PurchasePlanStatus, { nullable: true, description: 'Only this state.' }) status?: PurchasePlanStatus | null;
  @Field(() => PlanPeriod, { nullable: true, description: 'Only this period.' }) period?: PlanPeriod | null;
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the plan number.' }) search?: string | null;
}

// ---- Orders
@InputType({ description: 'A line of a purchase order.' })
export class PurchaseOrderLineInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => Int, { description: 'Units ordered.' }) quantity!: number;
  @Field(() => Int, { nullable: true, description: "Unit price in fen; default the supplier's price for the SKU." }) unitPrice?: number | null;
}

@InputType({ description: 'Input of `createPurchaseOrder`.' })
export class CreatePurchaseOrderInput {
  @Field(() => ID, { description: 'The supplier.' }) supplierId!: string;
  @Field(() => ID, { description: 'Warehouse to deliver into.' }) warehouseId!: string;
  @Field(() => [PurchaseOrderLineInput], { description: 'Lines.' }) lines!: PurchaseOrderLineInput[];
  @Field(() => String, { nullable: true, description: 'Expected delivery date (YYYY-MM-DD).' }) expectedDeliveryDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Purchase contract (same supplier, signed or active).' }) contractId?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `updatePurchaseOrder` (drafts only); omitted fields stay as they are, given lines replace all lines.' })
export class UpdatePurchaseOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => [PurchaseOrderLineInput], { nullable: true, description: 'New lines (replace the old ones).' }) lines?: PurchaseOrderLineInput[] | null;
  @Field(() => String, { nullable: true, description: 'Expected delivery date (YYYY-MM-DD); empty clears it.' }) expectedDeliveryDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'Purchase contract; null clears it.' }) contractId?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `confirmPurchaseOrder`.' })
export class ConfirmPurchaseOrderInput {
  @Field(() => ID, { description: 'The order.' }) id!: string;
  @Field(() => String, { description: 'Delivery date the supplier promises (YYYY-MM-DD).' }) promisedDeliveryDate!: string;
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'Filters for `purchaseOrders`; all given conditions must hold.' })
export class PurchaseOrderFilter {
  @Field(() => PurchaseOrderStatus, { nullable: true, description: 'Only this state.' }) status?: PurchaseOrderStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only orders from this plan.' }) planId?: string | null;
  @Field(() => String, { nullable: true, description: 'Created on or after this shop-local day (YYYY-MM-DD).' }) fromDay?: string | null;
  @Field(() => String, { nullable: true, description: 'Created on or before this shop-local day (YYYY-MM-DD).' }) toDay?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only overdue orders: expected date passed and not fully received.' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of the order number.' }) search?: string | null;
}

@InputType({ description: 'Sort order of `purchaseOrders`.' })
export class PurchaseOrderSort {
  @Field(() => PurchaseOrderSortField, { nullable: true, description: 'Column (default CREATED_AT).' }) field?: PurchaseOrderSortField | null;
  @Field(() => SortDirection, { nullable: true, description: 'Direction (default DESC).' }) direction?: SortDirection | null;
}

// ---- Receipts
@InputType({ description: 'One order line received, with the quality check: accepted + rejected = received.' })
export class ReceiptLineInput {
  @Field(() => ID, { description: 'The purchase order line.' }) lineId!: string;
  @Field(() => Int, { description: 'Units that arrived.' }) receivedQuantity!: number;
  @Field(() => Int, { description: 'Units that passed the check (enter stock).' }) acceptedQuantity!: number;
  @Field(() => Int, { description: 'Units rejected (kept apart for return).' }) rejectedQuantity!: number;
  @Field(() => String, { nullable: true, description: 'Why units were rejected; required when any were.' }) rejectReason?: string | null;
}

@InputType({ description: 'Input of `receivePurchaseOrder`.' })
export class ReceivePurchaseOrderInput {
  @Field(() => ID, { description: 'The sent or partially received order.' }) orderId!: string;
  @Field(() => ID, { nullable: true, description: "Warehouse receiving the goods; default the order's." }) warehouseId?: string | null;
  @Field(() => [ReceiptLineInput], { description: 'The lines that arrived.' }) lines!: ReceiptLineInput[];
  @Field(() => Date, { nullable: true, description: 'When the goods arrived (UTC); default now.' }) receivedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Notes (delivery note number …).' }) note?: string | null;
}

@InputType({ description: 'Filters for `purchaseReceipts`.' })
export class PurchaseReceiptFilter {
  @Field(() => ID, { nullable: true, description: 'Only this order.' }) orderId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => String, { nullable: true, description: 'Received on or after this shop-local day.' }) fromDay?: string | null;
  @Field(() => String, { nullable: true, description: 'Received on or before this shop-local day.' }) toDay?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only receipts with rejected units.' }) withRejections?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of the receipt number.' }) search?: string | null;
}

// ---- Returns
@InputType({ description: 'A line of a purchase return: a defective holding, or a SKU from saleable stock.' })
export class PurchaseReturnLineInput {
  @Field(() => PurchaseReturnSource, { description: 'Held defective goods or saleable stock.' }) source!: PurchaseReturnSource;
  @Field(() => ID, { nullable: true, description: 'The defective holding (DEFECTIVE lines).' }) holdingId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The SKU (STOCK lines).' }) skuId?: string | null;
  @Field(() => Int, { description: 'Units to return.' }) quantity!: number;
  @Field(() => Int, { nullable: true, description: 'Credit per unit in fen; default the purchase price.' }) unitPrice?: number | null;
  @Field(() => String, { nullable: true, description: 'Why.' }) reason?: string | null;
}

@InputType({ description: 'Input of `createPurchaseReturn`.' })
export class CreatePurchaseReturnInput {
  @Field(() => ID, { description: 'The supplier.' }) supplierId!: string;
  @Field(() => ID, { description: 'Warehouse the goods leave from.' }) warehouseId!: string;
  @Field(() => ID, { nullable: true, description: 'The purchase order the goods came on, if known.' }) orderId?: string | null;
  @Field(() => [PurchaseReturnLineInput], { description: 'Lines.' }) lines!: PurchaseReturnLineInput[];
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Input of `creditPurchaseReturn`.' })
export class CreditPurchaseReturnInput {
  @Field(() => ID, { description: 'The shipped return.' }) id!: string;
  @Field(() => String, { nullable: true, description: "The supplier's credit-note number." }) creditReference?: string | null;
  @Field(() => String, { nullable: true, description: 'Note kept in the history.' }) note?: string | null;
}

@InputType({ description: 'Filters for `purchaseReturns`.' })
export class PurchaseReturnFilter {
  @Field(() => PurchaseReturnStatus, { nullable: true, description: 'Only this state.' }) status?: PurchaseReturnStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only returns against this order.' }) orderId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the return number.' }) search?: string | null;
}

// ---- Supplier account
@InputType({ description: 'Input of `recordSupplierPayment`.' })
export class RecordSupplierPaymentInput {
  @Field(() => ID, { description: 'The supplier paid.' }) supplierId!: string;
  @Field(() => Int, { description: 'Amount in fen.' }) amount!: number;
  @Field(() => SupplierPaymentMethod, { description: 'How it was paid.' }) method!: SupplierPaymentMethod;
  @Field(() => Date, { nullable: true, description: 'When it was paid (UTC); default now.' }) paidAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Bank or transaction reference.' }) reference?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Filters for `supplierLedgerEntries`.' })
export class SupplierLedgerFilter {
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => SupplierEntryKind, { nullable: true, description: 'Only this kind.' }) kind?: SupplierEntryKind | null;
  @Field(() => String, { nullable: true, description: 'From this shop-local day, inclusive.' }) fromDay?: string | null;
  @Field(() => String, { nullable: true, description: 'To this shop-local day, inclusive.' }) toDay?: string | null;
}
