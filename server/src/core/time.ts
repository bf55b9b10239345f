/** Business days and hours are in the shop's time zone (SHOP_TIMEZONE), storage is UTC. */

// One formatter per zone: building an Intl.DateTimeFormat costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, timeZone: string): Record<string, number> {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The shop-local calendar day of an instant, as YYYY-MM-DD. */
export function shopDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Minutes after local midnight, for quiet-hour checks. */
export function shopMinuteOfDay(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  return p.hour * 60 + p.minute;
}

/** The UTC offset of the zone at an instant, in minutes (Asia/Shanghai → 480). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/** The UTC instant at which a shop-local day (YYYY-MM-DD) begins. */
export function startOfShopDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const guess = new Date(Date.UTC(y, m - 1, d));
  const offset = zoneOffsetMinutes(guess, timeZone);
  const start = new Date(guess.getTime() - offset * 60000);
  // Correct once if the offset differs at the real start (daylight-saving zones).
  const actual = zoneOffsetMinutes(start, timeZone);
  return actual === offset ? start : new Date(guess.getTime() - actual * 60000);
}
