import { badInput } from '../../../core/errors.js';
import { shopDay, startOfShopDay } from '../../../core/time.js';

/** A scoring period: a month `2026-11` or a quarter `2026-Q4`, as shop-local days. */
export interface ScorePeriod { key: string; kind: 'MONTH' | 'QUARTER'; from: Date; to: Date; fromDay: string; toDayExclusive: string; months: string[] }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isPeriodKey(key: string): boolean {
  return MONTH.test(key) || QUARTER.test(key);
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
const firstDay = (year: number, month: number) => (month > 12 ? `${year + 1}-01-01` : `${monthKey(year, month)}-01`);

/** Parses a period key; the range is [from, to) in UTC, bounded by shop-local midnights. */
export function parsePeriod(key: string, timeZone: string): ScorePeriod {
  const m = MONTH.exec(key);
  const q = QUARTER.exec(key);
  if (!m && !q) throw badInput('A period is a month `YYYY-MM` or a quarter `YYYY-Qn`');
  const year = Number((m ?? q)![1]);
  const firstMonth = m ? Number(m[2]) : (Number(q![2]) - 1) * 3 + 1;
  const count = m ? 1 : 3;
  const fromDay = firstDay(year, firstMonth);
  const toDayExclusive = firstDay(year, firstMonth + count);
  return {
    key, kind: m ? 'MONTH' : 'QUARTER', fromDay, toDayExclusive,
    from: startOfShopDay(fromDay, timeZone), to: startOfShopDay(toDayExclusive, timeZone),
    months: Array.from({ length: count }, (_, i) => monthKey(year, firstMonth + i)),
  };
}

/** The month key an instant falls in, shop-local. */
export function monthOf(at: Date, timeZone: string): string {
  return shopDay(at, timeZone).slice(0, 7);
}

/** The quarter key a month key belongs to. */
export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
