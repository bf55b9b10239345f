import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { PurchaseOrder } from '../entities/purchase-order.entity.js';
import { PurchasePlan } from '../entities/purchase-plan.entity.js';
import { PurchaseReceipt } from '../entities/purchase-receipt.entity.js';
import { PurchaseReturn } from '../entities/purchase-return.entity.js';
import { SupplierLedgerEntry } from '../entities/supplier-ledger-entry.entity.js';

@ObjectType({ description: 'A page of purchase plans.' })
export class PurchasePlanConnection extends ConnectionType(PurchasePlan, 'PurchasePlan', 'purchase plan') {}
@ObjectType({ description: 'A page of purchase orders.' })
export class PurchaseOrderConnection extends ConnectionType(PurchaseOrder, 'PurchaseOrder', 'purchase order') {}
@ObjectType({ description: 'A page of purchase receipts.' })
export class PurchaseReceiptConnection extends ConnectionType(PurchaseReceipt, 'PurchaseReceipt', 'purchase receipt') {}
@ObjectType({ description: 'A page of purchase returns.' })
export class PurchaseReturnConnection extends ConnectionType(PurchaseReturn, 'PurchaseReturn', 'purchase return') {}
@ObjectType({ description: 'A page of supplier account entries.' })
export class SupplierLedgerEntryConnection extends ConnectionType(SupplierLedgerEntry, 'SupplierLedgerEntry', 'supplier account entry') {}

@ObjectType({ description: 'Result of a mutation on a purchase plan.' })
export class PurchasePlanPayload {
  @Field(() => PurchasePlan, { nullable: true, description: 'The plan after the change; null on failure.' }) purchasePlan?: PurchasePlan | null;
  @Field(() => [PurchaseOrder], { nullable: true, description: 'Orders created by approval (one per supplier).' }) purchaseOrders?: PurchaseOrder[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, DUPLICATE, WRONG_STATE, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a purchase order.' })
export class PurchaseOrderPayload {
  @Field(() => PurchaseOrder, { nullable: true, description: 'The order after the change; null on failure.' }) purchaseOrder?: PurchaseOrder | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of receiving goods.' })
export class PurchaseReceiptPayload {
  @Field(() => PurchaseReceipt, { nullable: true, description: 'The receipt; null on failure.' }) receipt?: PurchaseReceipt | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, OVER_RECEIPT, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a purchase return.' })
export class PurchaseReturnPayload {
  @Field(() => PurchaseReturn, { nullable: true, description: 'The return after the change; null on failure.' }) purchaseReturn?: PurchaseReturn | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, INSUFFICIENT_STOCK, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of recording a supplier payment.' })
export class SupplierPaymentPayload {
  @Field(() => SupplierLedgerEntry, { nullable: true, description: 'The payment entry; null on failure.' }) entry?: SupplierLedgerEntry | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND, FORBIDDEN.' }) errors!: FieldError[];
}

@ObjectType({ description: "A supplier's account totals (往来账余额), in fen." })
export class SupplierBalance {
  @Field(() => Partner, { description: 'The supplier.' }) supplier!: Partner;
  @Field(() => Int, { description: 'Σ payables from accepted receipts.' }) payable!: number;
  @Field(() => Int, { description: 'Σ payments.' }) paid!: number;
  @Field(() => Int, { description: 'Σ credits from returns.' }) credited!: number;
  @Field(() => Int, { description: 'What the shop owes: payable − paid − credited (negative = prepaid or owed by the supplier).' }) balance!: number;
  @Field(() => Date, { nullable: true, description: 'Time of the latest entry.' }) lastEntryAt?: Date | null;
}

@ObjectType({ description: 'A statement line: an entry with the balance after it.' })
export class SupplierStatementLine {
  @Field(() => SupplierLedgerEntry, { description: 'The entry.' }) entry!: SupplierLedgerEntry;
  @Field(() => Int, { description: 'Balance after this entry, in fen.' }) balanceAfter!: number;
}

@ObjectType({ description: 'A supplier statement (对账单) for a period, in fen.' })
export class SupplierStatement {
  @Field(() => Partner, { description: 'The supplier.' }) supplier!: Partner;
  @Field(() => String, { description: 'First day (YYYY-MM-DD).' }) fromDay!: string;
  @Field(() => String, { description: 'Last day (YYYY-MM-DD).' }) toDay!: string;
  @Field(() => Int, { description: 'Balance before the first day.' }) openingBalance!: number;
  @Field(() => Int, { description: 'Payables in the period.' }) payable!: number;
  @Field(() => Int, { description: 'Payments in the period.' }) paid!: number;
  @Field(() => Int, { description: 'Credits in the period.' }) credited!: number;
  @Field(() => Int, { description: 'Balance after the last day.' }) closingBalance!: number;
  @Field(() => [SupplierStatementLine], { description: 'Entries oldest first, with running balance.' }) lines!: SupplierStatementLine[];
}
