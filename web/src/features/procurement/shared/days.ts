import { SHOP_TIME_ZONE } from '../../../lib/ui/format';

/** Today in the shop's time zone, YYYY-MM-DD. */
export function shopToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: SHOP_TIME_ZONE });
}

/** A YYYY-MM-DD day plus n calendar days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first and last day of the shop-local month `offset` months from this one. */
export function monthRange(offset = 0, now = new Date()): { from: string; to: string } {
  const [y, m] = shopToday(now).split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + offset, 1));
  const last = new Date(Date.UTC(y, m + offset, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** The current shop-local month as a scoring period key, e.g. 2026-12. */
export function currentPeriod(now = new Date()): string {
  return shopToday(now).slice(0, 7);
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
