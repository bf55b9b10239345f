import { shopDay, startOfShopDay } from '../../core/time.js';

/** Lunar New Year's Day (春节), which moves every year. */
const SPRING_FESTIVAL: Record<number, string> = {
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26',
  2029: '2029-02-13', 2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11',
};

const dayMs = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;

function weekendFactor(day: string): number {
  return [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()) ? 1.15 : 1;
}

/**
 * How busy a shop-local day is, relative to an ordinary weekday: 双11 and its presale,
 * 双12, the 618 run-up, the New Year shopping (年货节) before 春节 and the courier break
 * around it, weekends a little busier.
 */
export function dayWeight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const md = m * 100 + d;
  let w = weekendFactor(day);
  if (md === 1111) w *= 14;
  else if (md >= 1101 && md <= 1110) w *= 1.8;
  else if (md === 1112 || md === 1113) w *= 1.6;
  else if (md === 1212) w *= 5;
  else if (md === 1210 || md === 1211 || md === 1213) w *= 1.5;
  else if (md === 618) w *= 6;
  else if (md >= 601 && md <= 617) w *= 1.6;
  for (const f of [SPRING_FESTIVAL[y], SPRING_FESTIVAL[y + 1]].filter(Boolean)) {
    const offset = dayNumber(day) - dayNumber(f);
    if (offset >= -25 && offset <= -9) w *= 1.8;
    else if (offset >= -8 && offset <= 6) w *= 0.3;
  }
  return w;
}

/** True on the big sales days, when more orders carry discounts and gifts. */
const festivals = new Map<string, boolean>();
export function isFestival(day: string): boolean {
  let festive = festivals.get(day);
  if (festive === undefined) festivals.set(day, (festive = dayWeight(day) / weekendFactor(day) >= 1.5));
  return festive;
}

/** The shop-local days of the last `days` days, oldest first, ending today. */
export function lastDays(now: Date, days: number, timeZone: string): string[] {
  const today = shopDay(now, timeZone);
  const out: string[] = [];
  for (let i = days - 1; i >= 0; i--) out.push(new Date((dayNumber(today) - i) * dayMs).toISOString().slice(0, 10));
  return out;
}

/** Splits `total` orders over the days by weight; the counts add up to exactly `total`. */
export function ordersPerDay(days: string[], total: number): number[] {
  const weights = days.map(dayWeight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) { if (left-- <= 0) break; counts[i]++; }
  return counts;
}

/** Evening-heavy hour of day (shop-local), with 双11's midnight rush. */
const HOUR_WEIGHTS = [3, 1.5, 0.8, 0.4, 0.3, 0.3, 0.6, 1.2, 2.5, 3.5, 4, 4, 3.5, 3.5, 4, 4, 4, 3.8, 3.8, 4.5, 5.5, 6.5, 6.5, 5];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

const dayStarts = new Map<string, number>();

/** A random moment of a shop-local day. */
export function momentOf(day: string, timeZone: string, rnd: () => number): Date {
  let start = dayStarts.get(`${timeZone}|${day}`);
  if (start === undefined) dayStarts.set(`${timeZone}|${day}`, (start = startOfShopDay(day, timeZone).getTime()));
  const midnightRush = day.endsWith('-11-11') && rnd() < 0.35;
  let hour = 0;
  if (!midnightRush) {
    let pick = rnd() * HOUR_TOTAL;
    while (hour < 23 && (pick -= HOUR_WEIGHTS[hour]) > 0) hour++;
  }
  return new Date(start + hour * 3_600_000 + Math.floor(rnd() * 3_600_000));
}
