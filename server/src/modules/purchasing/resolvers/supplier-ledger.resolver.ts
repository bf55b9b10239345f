import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { RecordSupplierPaymentInput, SupplierLedgerFilter } from '../inputs/purchasing.inputs.js';
import * as ledger from '../services/supplier-ledger.service.js';
import { SupplierBalance, SupplierLedgerEntryConnection, SupplierPaymentPayload, SupplierStatement } from '../types/purchasing.types.js';

const SUPPLIER = { description: 'The supplier.' };
const FROM = { description: 'First shop-local day (YYYY-MM-DD).' };
const TO = { description: 'Last shop-local day (YYYY-MM-DD), inclusive.' };

@Resolver()
export class SupplierLedgerResolver {
  @Allow('purchase:read')
  @Query(() => [SupplierBalance], { description: 'Account balance per supplier (往来账), largest owed first; a supplier token gets its own. Needs `purchase:read`.' })
  supplierBalances(@Context() ctx: Ctx, @Arg('supplierId', () => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string, @Arg('nonZeroOnly', () => Boolean, { nullable: true, description: 'Only suppliers with a balance.' }) nonZeroOnly?: boolean) {
    return ledger.supplierBalances(ctx, { supplierId, nonZeroOnly });
  }

  @Allow('purchase:read')
  @Query(() => SupplierLedgerEntryConnection, { description: 'Supplier account entries, newest first. Needs `purchase:read`.' })
  supplierLedgerEntries(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => SupplierLedgerFilter, { nullable: true, description: 'Filters.' }) where?: SupplierLedgerFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return ledger.listSupplierEntries(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => SupplierStatement, { description: 'A supplier statement (对账单) for a period: opening balance, entries, closing balance. Needs `purchase:read`.' })
  supplierStatement(@Context() ctx: Ctx, @Arg('supplierId', () => ID, SUPPLIER) supplierId: string, @Arg('fromDay', () => String, FROM) fromDay: string, @Arg('toDay', () => String, TO) toDay: string) {
    return ledger.supplierStatement(ctx, { supplierId, fromDay, toDay });
  }

  @Allow('purchase:read')
  @Query(() => String, { description: 'The supplier statement as CSV (UTF-8 with BOM, amounts in yuan). Needs `purchase:read`.' })
  supplierStatementCsv(@Context() ctx: Ctx, @Arg('supplierId', () => ID, SUPPLIER) supplierId: string, @Arg('fromDay', () => String, FROM) fromDay: string, @Arg('toDay', () => String, TO) toDay: string) {
    return ledger.supplierStatementCsv(ctx, { supplierId, fromDay, toDay });
  }

  @Allow('ledger:write')
  @Mutation(() => SupplierPaymentPayload, { description: "Records a payment to a supplier: lowers its balance and enters the shop ledger as a purchase payment. Needs `ledger:write`." })
  recordSupplierPayment(@Context() ctx: Ctx, @Arg('input', () => RecordSupplierPaymentInput, { description: 'Supplier, amount, method, date, reference.' }) input: RecordSupplierPaymentInput) {
    return toPayload(() => ledger.recordSupplierPayment(ctx, input));
  }
}
