import type { Permission } from './permissions.js';
import type { PartnerType } from '../../modules/partners/entities/partner.entity.js';

/** Who is calling. Built once per request from the session cookie or the bearer token. */
export interface Viewer {
  kind: 'staff' | 'partner' | 'analyst';
  /** Staff user id (sessions only). */
  userId?: number;
  sessionId?: number;
  tokenId?: number;
  /** Set for partner tokens: every partner-owned read is limited to this partner. */
  partnerId?: number;
  partnerType?: PartnerType;
  permissions: ReadonlySet<string>;
  /** Audit label: the user's e-mail or `token:<name>`. */
  label: string;
}

export function can(viewer: Viewer | null | undefined, ...needed: Permission[]): boolean {
  return !!viewer && needed.every((p) => viewer.permissions.has(p));
}

/** Token prefixes say who holds the token, so the query-cost limit can be chosen before any SQL runs. */
export const TOKEN_PREFIX = { session: 'sos_', partner: 'sop_', analyst: 'soa_' } as const;
