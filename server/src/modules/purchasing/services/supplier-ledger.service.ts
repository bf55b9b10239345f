import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { toCsv } from '../../../core/csv.js';
import { num, sql } from '../../../core/db/sql.js';
import { badInput, Check } from '../../../core/errors.js';
import { paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay } from '../../../core/time.js';
import { LedgerCategory } from '../../ledger/entities/ledger-entry.entity.js';
import { MAX_ENTRY_FEN, postLedgerEntry } from '../../ledger/services/ledger-entries.service.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { SupplierEntryKind, SupplierLedgerEntry, SupplierPaymentMethod } from '../entities/supplier-ledger-entry.entity.js';
import { activeSupplier, addDays, isDay, staffOnly, supplierScope } from './access.js';

const SIGN: Record<SupplierEntryKind, 1 | -1> = { PAYABLE: 1, PAYMENT: -1, CREDIT: -1 };

/** Writes one supplier account entry in the caller's transaction (receipts, returns, payments). */
export function postSupplierEntry(ctx: Ctx, em: EntityManager, e: { supplierId: number; kind: SupplierEntryKind; amount: number; sourceType: string; sourceCode?: string; method?: SupplierPaymentMethod; reference?: string | null; note?: string | null; occurredAt?: Date; ledgerEntryId?: number }): SupplierLedgerEntry {
  const occurredAt = e.occurredAt ?? new Date();
  const entry = em.create(SupplierLedgerEntry, {
    supplier: em.getReference(Partner, e.supplierId), kind: e.kind, amount: e.amount, balanceDelta: SIGN[e.kind] * e.amount,
    occurredAt, businessDay: shopDay(occurredAt, ctx.config.shopTimezone), sourceType: e.sourceType, sourceCode: e.sourceCode,
    method: e.method, reference: e.reference?.trim() || undefined, note: e.note?.trim() || undefined, ledgerEntryId: e.ledgerEntryId,
    actorLabel: ctx.viewer?.label ?? 'system',
  });
  em.persist(entry);
  return entry;
}

/** A payment to a supplier: lowers its balance and enters the shop ledger as a purchase payment (采购付款). */
export async function recordSupplierPayment(ctx: Ctx, input: { supplierId: string; amount: number; method: SupplierPaymentMethod; paidAt?: Date | null; reference?: string | null; note?: string | null }) {
  staffOnly(ctx);
  const check = new Check()
    .when(!Number.isInteger(input.amount) || input.amount < 1 || input.amount > MAX_ENTRY_FEN, 'amount', 'Amount must be a whole number of fen, at least 1')
    .when((input.reference ?? '').length > 80, 'reference', 'Reference must be at most 80 characters')
    .when(!!input.paidAt && input.paidAt.getTime() > Date.now() + 60_000, 'paidAt', 'The payment date cannot be in the future');
  check.throwIfAny();
  const supplier = await activeSupplier(ctx.em, input.supplierId);
  return ctx.em.transactional(async (tx) => {
    const occurredAt = input.paidAt ?? new Date();
    const ledger = postLedgerEntry(ctx, tx, { category: LedgerCategory.PURCHASE_PAYMENT, amountFen: input.amount, reference: input.reference, sourceType: 'SupplierPayment', sourceId: supplier.code, note: input.note ?? `付款 ${supplier.name}`, occurredAt });
    await tx.flush();
    const entry = postSupplierEntry(ctx, tx, { supplierId: supplier.id, kind: SupplierEntryKind.PAYMENT, amount: input.amount, sourceType: 'SupplierPayment', method: input.method, reference: input.reference, note: input.note, occurredAt, ledgerEntryId: ledger.id });
    await tx.flush();
    audit(ctx, tx, { operation: 'recordSupplierPayment', entityType: 'SupplierLedgerEntry', entityId: entry.id, summary: `paid ${supplier.code} ${input.amount} fen by ${input.method}${input.reference ? ` ref ${input.reference}` : ''}` });
    return { entry };
  });
}

export interface SupplierBalanceRow { supplier: Partner; payable: number; paid: number; credited: number; balance: number; lastEntryAt: Date | null }

/** Balance per supplier (what the shop owes): payables − payments − credits. A supplier token gets its own row. */
export async function supplierBalances(ctx: Ctx, input: { supplierId?: string | null; nonZeroOnly?: boolean | null }): Promise<SupplierBalanceRow[]> {
  const scope = supplierScope(ctx);
  const only = scope ?? (input.supplierId ? Number(input.supplierId) : null);
  const rows = await sql<Record<string, unknown>>(ctx.em, `
    select supplier_id,
      sum(case when kind = 'PAYABLE' then amount else 0 end) as payable,
      sum(case when kind = 'PAYMENT' then amount else 0 end) as paid,
      sum(case when kind = 'CREDIT' then amount else 0 end) as credited,
      sum(balance_delta) as balance, max(id) as last_id
    from supplier_ledger_entries${only !== null ? ' where supplier_id = ?' : ''} group by supplier_id`, only !== null ? [only] : []);
  const suppliers = new Map((rows.length ? await ctx.em.find(Partner, { id: { $in: rows.map((r) => num(r.supplier_id)) } }) : []).map((p) => [p.id, p]));
  const last = new Map((rows.length ? await ctx.em.find(SupplierLedgerEntry, { id: { $in: rows.map((r) => num(r.last_id)) } }) : []).map((e) => [e.id, e.occurredAt]));
  return rows
    .map((r) => ({ supplier: suppliers.get(num(r.supplier_id))!, payable: num(r.payable), paid: num(r.paid), credited: num(r.credited), balance: num(r.balance), lastEntryAt: last.get(num(r.last_id)) ?? null }))
    .filter((r) => r.supplier && (!input.nonZeroOnly || r.balance !== 0))
    .sort((a, b) => b.balance - a.balance || a.supplier.code.localeCompare(b.supplier.code));
}

export function listSupplierEntries(ctx: Ctx, args: PageArgs & { where?: { supplierId?: string | null; kind?: SupplierEntryKind | null; fromDay?: string | null; toDay?: string | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<SupplierLedgerEntry>[] = [];
  const scope = supplierScope(ctx);
  if (scope !== null) conditions.push({ supplier: scope });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.kind) conditions.push({ kind: f.kind });
  if (f.fromDay) conditions.push({ businessDay: { $gte: f.fromDay } });
  if (f.toDay) conditions.push({ businessDay: { $lte: f.toDay } });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, SupplierLedgerEntry, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ occurredAt: dir }, { id: dir }] as never });
}

export const STATEMENT_LIMIT = 5_000;
export interface StatementLine { entry: SupplierLedgerEntry; balanceAfter: number }
export interface SupplierStatement { supplier: Partner; fromDay: string; toDay: string; openingBalance: number; payable: number; paid: number; credited: number; closingBalance: number; lines: StatementLine[] }

/** A statement (对账单) for shop-local days [fromDay, toDay]: opening balance, each entry with the running balance, closing balance. */
export async function supplierStatement(ctx: Ctx, input: { supplierId: string; fromDay: string; toDay: string }): Promise<SupplierStatement> {
  if (!isDay(input.fromDay) || !isDay(input.toDay)) throw badInput('`fromDay` and `toDay` are dates as YYYY-MM-DD');
  if (input.fromDay > input.toDay) throw badInput('The period ends before it starts');
  if (input.toDay > addDays(input.fromDay, 3 * 366)) throw badInput('A statement covers at most three years');
  const scope = supplierScope(ctx);
  const supplier = await ctx.em.findOne(Partner, Number(input.supplierId) || 0);
  if (!supplier || supplier.type !== PartnerType.SUPPLIER || (scope !== null && scope !== supplier.id)) throw badInput('No such supplier');
  const [opening] = await sql<{ total: unknown }>(ctx.em, 'select sum(balance_delta) as total from supplier_ledger_entries where supplier_id = ? and business_day < ?', [supplier.id, input.fromDay]);
  const entries = await ctx.em.find(SupplierLedgerEntry, { supplier: supplier.id, businessDay: { $gte: input.fromDay, $lte: input.toDay } }, { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }], limit: STATEMENT_LIMIT });
  let running = num(opening?.total);
  const openingBalance = running;
  const sums = { PAYABLE: 0, PAYMENT: 0, CREDIT: 0 };
  const lines = entries.map((entry) => {
    running += entry.balanceDelta;
    sums[entry.kind] += entry.amount;
    return { entry, balanceAfter: running };
  });
  return { supplier, fromDay: input.fromDay, toDay: input.toDay, openingBalance, payable: sums.PAYABLE, paid: sums.PAYMENT, credited: sums.CREDIT, closingBalance: running, lines };
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The statement as CSV (UTF-8 with BOM), amounts in yuan: an opening row, the entries, a closing row. */
export async function supplierStatementCsv(ctx: Ctx, input: { supplierId: string; fromDay: string; toDay: string }): Promise<string> {
  const s = await supplierStatement(ctx, input);
  return toCsv(
    ['business_day', 'occurred_at', 'kind', 'source_type', 'source_code', 'method', 'reference', 'debit_yuan', 'credit_yuan', 'balance_yuan', 'note'],
    [
      [s.fromDay, null, 'OPENING', null, null, null, null, null, null, Number(yuan(s.openingBalance)), `${s.supplier.code} ${s.supplier.name}`],
      ...s.lines.map(({ entry: e, balanceAfter }) => [e.businessDay, e.occurredAt.toISOString(), e.kind, e.sourceType, e.sourceCode, e.method, e.reference,
        e.balanceDelta > 0 ? yuan(e.amount) : null, e.balanceDelta < 0 ? yuan(e.amount) : null, Number(yuan(balanceAfter)), e.note]),
      [s.toDay, null, 'CLOSING', null, null, null, null, yuan(s.payable), yuan(s.paid + s.credited), Number(yuan(s.closingBalance)), null],
    ],
  );
}
