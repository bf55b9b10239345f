import { zoneOffsetMinutes } from '../../../core/time.js';

const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A time as spreadsheets and platform exports write it: ISO with a zone, or a shop-local
 * "2026-11-11 20:15(:00)" / "2026/11/11 20:15" (a bare date is local midnight). Null if unreadable.
 */
export function parseShopTime(text: string, timeZone: string): Date | null {
  const t = (text ?? '').trim();
  if (ZONED.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = LOCAL.exec(t);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(asUtc).getUTCDate() !== d) return null; // 2026-02-30
  const offset = zoneOffsetMinutes(new Date(asUtc), timeZone);
  const guess = new Date(asUtc - offset * 60_000);
  // Daylight-saving zones: the offset at the real instant may differ from the guess.
  const actual = zoneOffsetMinutes(guess, timeZone);
  return actual === offset ? guess : new Date(asUtc - actual * 60_000);
}
