import { PurchaseOrder, PurchaseOrderLine } from './purchase-order.entity.js';
import { PurchasePlan, PurchasePlanLine } from './purchase-plan.entity.js';
import { PurchaseReceipt, PurchaseReceiptLine } from './purchase-receipt.entity.js';
import { PurchaseReturn, PurchaseReturnLine } from './purchase-return.entity.js';
import { SupplierLedgerEntry } from './supplier-ledger-entry.entity.js';

/** The purchasing module's entities, registered with the ORM by modules/entities.ts. */
export const PURCHASING_ENTITIES = [
  PurchasePlan, PurchasePlanLine, PurchaseOrder, PurchaseOrderLine, PurchaseReceipt, PurchaseReceiptLine,
  PurchaseReturn, PurchaseReturnLine, SupplierLedgerEntry,
];
