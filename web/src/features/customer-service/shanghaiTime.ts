import { SHOP_TIME_ZONE } from '../../lib/ui/format';

/** Shop-local "YYYY-MM-DDTHH:mm" (for <input type="datetime-local">) as a UTC ISO string; null when empty or invalid. */
export function shopLocalToIso(text: string): string | null {
  if (!text) return null;
  const date = new Date(`${text.length === 16 ? `${text}:00` : text}+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A UTC instant as shop-local "YYYY-MM-DDTHH:mm". */
export function isoToShopLocal(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toLocaleString('sv-SE', { timeZone: SHOP_TIME_ZONE, hour12: false }).slice(0, 16).replace(' ', 'T');
}

/** The shop-local time of day, HH:mm. */
export function shopClock(date = new Date()): string {
  return date.toLocaleTimeString('en-GB', { timeZone: SHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
}
