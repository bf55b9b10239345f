import { PurchaseOrdersResolver } from './purchase-orders.resolver.js';
import { PurchasePlansResolver } from './purchase-plans.resolver.js';
import { PurchaseReceiptsResolver, PurchaseReturnsResolver } from './receipts-returns.resolver.js';
import { SupplierLedgerResolver } from './supplier-ledger.resolver.js';
import {
  PurchaseOrderFieldsResolver, PurchaseOrderLineFieldsResolver, PurchasePlanFieldsResolver, PurchasePlanLineFieldsResolver, PurchaseReceiptFieldsResolver,
  PurchaseReceiptLineFieldsResolver, PurchaseReturnFieldsResolver, PurchaseReturnLineFieldsResolver, SupplierLedgerEntryFieldsResolver,
} from './purchasing-fields.resolver.js';

/** The purchasing module's resolver classes, registered by modules/resolvers.ts. */
export const PURCHASING_RESOLVERS = [
  PurchasePlansResolver, PurchaseOrdersResolver, PurchaseReceiptsResolver, PurchaseReturnsResolver, SupplierLedgerResolver,
  PurchasePlanFieldsResolver, PurchasePlanLineFieldsResolver, PurchaseOrderFieldsResolver, PurchaseOrderLineFieldsResolver,
  PurchaseReceiptFieldsResolver, PurchaseReceiptLineFieldsResolver, PurchaseReturnFieldsResolver, PurchaseReturnLineFieldsResolver,
  SupplierLedgerEntryFieldsResolver,
] as const;
