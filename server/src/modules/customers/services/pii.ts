import type { Ctx } from '../../../core/context.js';
import type { Viewer } from '../../../core/auth/viewer.js';

/**
 * The one place that decides whether customer contact data is shown. Field resolvers, the CSV
 * export, search and lead lists all call it. Only staff sessions holding `customer:pii:read`
 * see contact fields in clear: API tokens (partners, analysts) always get masked values, even
 * if a token were issued with the permission, because contact data must not leave the team.
 */
export function seesPii(viewer: Viewer | null | undefined): boolean {
  return !!viewer && viewer.kind === 'staff' && viewer.permissions.has('customer:pii:read');
}

/** 13812345678 → 138****5678; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return `****${phone.slice(-2)}`;
}

/** zhang.san@qq.com → z***@qq.com */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Keeps the first six characters (province and city) and hides the rest. */
export function maskAddress(address: string): string {
  const chars = [...address];
  return chars.length <= 6 ? '****' : `${chars.slice(0, 6).join('')}****`;
}

/** tb_zhangsan88 → tb***88: enough to recognise, not enough to look the buyer up. */
export function maskAccount(account: string): string {
  const chars = [...account];
  if (chars.length <= 4) return `${chars[0]}***`;
  return `${chars.slice(0, 2).join('')}***${chars.slice(-2).join('')}`;
}

export type ContactField = 'phone' | 'email' | 'address' | 'platformAccount';
const MASKS: Record<ContactField, (v: string) => string> = { phone: maskPhone, email: maskEmail, address: maskAddress, platformAccount: maskAccount };

/** A contact value as this caller may see it. */
export function showContact(ctx: Pick<Ctx, 'viewer'>, field: ContactField, value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  return seesPii(ctx.viewer) ? value : MASKS[field](value);
}
