import { UserError } from '../../../core/errors.js';
import { shopMinuteOfDay } from '../../../core/time.js';

/** A shop-local [start, end) window in minutes after midnight; end < start wraps past midnight. */
export type QuietWindow = [number, number];

/** The customers' rest hours unless a campaign says otherwise: lunch 12:00–14:00 and night 21:00–09:00. */
export const DEFAULT_QUIET_HOURS: QuietWindow[] = [[12 * 60, 14 * 60], [21 * 60, 9 * 60]];

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const formatMinute = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
export const formatWindow = ([start, end]: QuietWindow) => `${formatMinute(start)}–${formatMinute(end)}`;

/** Parses `HH:MM` pairs; returns null (and the reason) when a pair is invalid. */
export function parseWindow(start: string, end: string): QuietWindow | string {
  const a = HHMM.exec(start);
  const b = HHMM.exec(end);
  if (!a || !b) return 'Times must be HH:MM (00:00–23:59)';
  const window: QuietWindow = [Number(a[1]) * 60 + Number(a[2]), Number(b[1]) * 60 + Number(b[2])];
  return window[0] === window[1] ? 'A quiet window must not start and end at the same time' : window;
}

function covers([start, end]: QuietWindow, minute: number): boolean {
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The quiet window an instant falls in (shop-local), or null when calling is allowed. */
export function quietWindowAt(at: Date, windows: QuietWindow[], timeZone: string): QuietWindow | null {
  const minute = shopMinuteOfDay(at, timeZone);
  return windows.find((w) => covers(w, minute)) ?? null;
}

/** The shop-local hours in which calling is allowed, e.g. ["09:00–12:00", "14:00–21:00"]. */
export function callableHours(windows: QuietWindow[]): string[] {
  const quiet = Array.from({ length: 1440 }, (_, m) => windows.some((w) => covers(w, m)));
  const runs: QuietWindow[] = [];
  for (let m = 0; m < 1440; m++) {
    if (quiet[m]) continue;
    const start = m;
    while (m < 1440 && !quiet[m]) m++;
    runs.push([start, m % 1440]);
  }
  // A run reaching midnight continues into the one starting at 00:00.
  if (runs.length > 1 && runs[0][0] === 0 && runs.at(-1)![1] === 0) runs[0] = [runs.pop()![0], runs[0][1]];
  return runs.map(formatWindow);
}

/** The first instant at or after `at` outside every quiet window. */
export function nextCallableAt(at: Date, windows: QuietWindow[], timeZone: string): Date {
  let t = at;
  for (let i = 0; i < windows.length + 1; i++) {
    const window = quietWindowAt(t, windows, timeZone);
    if (!window) return t;
    const minute = shopMinuteOfDay(t, timeZone);
    const wait = (window[1] - minute + 1440) % 1440;
    t = new Date(Math.floor(t.getTime() / 60_000) * 60_000 + wait * 60_000);
  }
  return t;
}

/**
 * Refuses an instant inside quiet hours with a message that says which window and when calls
 * are allowed, e.g. "21:30 is inside the quiet hours 21:00–09:00 (Asia/Shanghai)…".
 */
export function assertOutsideQuietHours(at: Date, windows: QuietWindow[], timeZone: string, field: string, what = 'A call'): void {
  const window = quietWindowAt(at, windows, timeZone);
  if (!window) return;
  const local = formatMinute(shopMinuteOfDay(at, timeZone));
  throw UserError.of('QUIET_HOURS',
    `${what} at ${local} (${timeZone}) falls inside the customers’ quiet hours ${formatWindow(window)}. Allowed hours: ${callableHours(windows).join(', ')}.`, field);
}
