import type { Ctx } from '../../../core/context.js';
import { toCsv } from '../../../core/csv.js';
import { badInput } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { LedgerCategory, LedgerDirection, LedgerEntry } from '../entities/ledger-entry.entity.js';
import { DAY, ledgerWhere, type LedgerFilterInput } from './ledger-entries.service.js';
import { fenToYuan } from '../../catalog/services/money.js';

export interface CategoryTotal { category: LedgerCategory; direction: LedgerDirection; amountFen: number; entryCount: number }
export interface PeriodTotal { period: string; incomeFen: number; expenseFen: number; netFen: number; entryCount: number; byCategory: CategoryTotal[] }

const MONTH = /^\d{4}-\d{2}$/;
const MAX_DAYS = 366;
const MAX_MONTHS = 60;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Every period from `from` to `to`, so a chart shows quiet days as zero rather than skipping them. */
function periods(from: string, to: string, step: (p: string, n: number) => string, max: number): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = step(p, 1)) {
    out.push(p);
    if (out.length > max) throw badInput(`At most ${max} periods at a time`);
  }
  return out;
}

/** Sums by period (shop-local day or month), direction and category, in one grouped query. */
async function totals(ctx: Ctx, keyLength: 10 | 7, from: string, to: string, all: string[]): Promise<PeriodTotal[]> {
  const firstDay = keyLength === 10 ? from : `${from}-01`;
  const lastDay = keyLength === 10 ? to : `${to}-31`;
  const rows = await sql<{ period: string; direction: string; category: string; amount: unknown; entries: unknown }>(ctx.em, `
    select substr(business_day, 1, ${keyLength}) as period, direction, category, sum(amount_fen) as amount, count(*) as entries
    from ledger_entries where business_day >= ? and business_day <= ?
    group by substr(business_day, 1, ${keyLength}), direction, category`, [firstDay, lastDay]);
  const byPeriod = new Map(all.map((p) => [p, { period: p, incomeFen: 0, expenseFen: 0, netFen: 0, entryCount: 0, byCategory: [] as CategoryTotal[] }]));
  for (const r of rows) {
    const t = byPeriod.get(r.period);
    if (!t) continue;
    const amount = num(r.amount);
    if (r.direction === LedgerDirection.INCOME) t.incomeFen += amount;
    else t.expenseFen += amount;
    t.netFen = t.incomeFen - t.expenseFen;
    t.entryCount += num(r.entries);
    t.byCategory.push({ category: r.category as LedgerCategory, direction: r.direction as LedgerDirection, amountFen: amount, entryCount: num(r.entries) });
  }
  for (const t of byPeriod.values()) t.byCategory.sort((a, b) => a.category.localeCompare(b.category) || a.direction.localeCompare(b.direction));
  return [...byPeriod.values()];
}

/** Income, expense and net per shop-local day, every day from `fromDay` to `toDay` (at most 366). */
export function dailyTotals(ctx: Ctx, fromDay: string, toDay: string): Promise<PeriodTotal[]> {
  if (!DAY.test(fromDay) || !DAY.test(toDay) || fromDay > toDay) throw badInput('Give fromDay ≤ toDay as YYYY-MM-DD');
  return totals(ctx, 10, fromDay, toDay, periods(fromDay, toDay, addDays, MAX_DAYS));
}

/** Income, expense and net per shop-local month, every month from `fromMonth` to `toMonth` (at most 60). */
export function monthlyTotals(ctx: Ctx, fromMonth: string, toMonth: string): Promise<PeriodTotal[]> {
  if (!MONTH.test(fromMonth) || !MONTH.test(toMonth) || fromMonth > toMonth) throw badInput('Give fromMonth ≤ toMonth as YYYY-MM');
  return totals(ctx, 7, fromMonth, toMonth, periods(fromMonth, toMonth, addMonths, MAX_MONTHS));
}

export const LEDGER_EXPORT_LIMIT = 20_000;

/** Entries matching the filter as CSV (oldest first), amounts in yuan with two decimals. */
export async function ledgerEntriesCsv(ctx: Ctx, where: LedgerFilterInput): Promise<string> {
  const rows = await ctx.em.find(LedgerEntry, ledgerWhere(where), { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }], limit: LEDGER_EXPORT_LIMIT });
  return toCsv(
    ['business_day', 'occurred_at', 'direction', 'category', 'amount_yuan', 'currency', 'reference', 'source_type', 'source_id', 'note', 'recorded_by'],
    rows.map((e) => [e.businessDay, e.occurredAt.toISOString(), e.direction, e.category,
      fenToYuan(e.amountFen), e.currency, e.reference, e.sourceType, e.sourceId, e.note, e.actorLabel]),
  );
}

/** Daily or monthly totals as CSV. */
export async function ledgerTotalsCsv(ctx: Ctx, period: 'DAY' | 'MONTH', from: string, to: string): Promise<string> {
  const rows = period === 'DAY' ? await dailyTotals(ctx, from, to) : await monthlyTotals(ctx, from, to);
  return toCsv(['period', 'income_yuan', 'expense_yuan', 'net_yuan', 'entries'], rows.map((r) => [r.period, fenToYuan(r.incomeFen), fenToYuan(r.expenseFen), Number(fenToYuan(r.netFen)), r.entryCount]));
  // The net goes out as a number: as text, a leading minus would be taken for a formula and quoted.
}
