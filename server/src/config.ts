import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Repository root (server/src/.. /..). */
export const REPO_ROOT = path.resolve(here, '..', '..');

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  /** postgres://… selects PostgreSQL; unset selects the embedded SQLite file under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  webDist: string;
  shopTimezone: string;
  session: { idleMinutes: number; absoluteHours: number; cookieName: string; secureCookie: boolean };
  lockout: { maxFailures: number; lockMinutes: number };
  limits: { depth: number; aliases: number; tokens: number; costPartner: number; costStaff: number; bodyBytes: string };
  /** Refunds above this many fen need a second, different approver (REFUND_SECOND_APPROVAL_FEN, default 50000 = ¥500). */
  refunds: { secondApprovalFen: number };
  seedDemo: boolean;
  logLevel: string;
  /** Purchasing: how far a receipt may exceed the ordered quantity, in percent of the line (PURCHASE_OVER_RECEIPT_TOLERANCE_PCT). */
  purchasing: { overReceiptTolerancePct: number };
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = (process.env.NODE_ENV === 'production' ? 'production' : process.env.NODE_ENV === 'test' ? 'test' : 'development') as Config['env'];
  const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, 'data'));
  return {
    env,
    port: int('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir,
    webDist: path.resolve(process.env.WEB_DIST ?? path.join(REPO_ROOT, 'web', 'dist')),
    shopTimezone: process.env.SHOP_TIMEZONE ?? 'Asia/Shanghai',
    session: {
      idleMinutes: int('SESSION_IDLE_MINUTES', 12 * 60),
      absoluteHours: int('SESSION_ABSOLUTE_HOURS', 7 * 24),
      cookieName: 'shopops_session',
      secureCookie: process.env.COOKIE_SECURE === 'true',
    },
    lockout: { maxFailures: int('LOGIN_MAX_FAILURES', 5), lockMinutes: int('LOGIN_LOCK_MINUTES', 15) },
    limits: {
      depth: int('GRAPHQL_MAX_DEPTH', 8),
      aliases: int('GRAPHQL_MAX_ALIASES', 15),
      tokens: int('GRAPHQL_MAX_TOKENS', 2000),
      costPartner: int('GRAPHQL_COST_PARTNER', 1000),
      costStaff: int('GRAPHQL_COST_STAFF', 5000),
      // Room for a 2 MB product image as base64 or a 5 MB CSV import; anything larger is refused.
      bodyBytes: process.env.GRAPHQL_MAX_BODY ?? '8mb',
    },
    refunds: { secondApprovalFen: int('REFUND_SECOND_APPROVAL_FEN', 50_000) },
    seedDemo: env !== 'production' && process.env.SEED_DEMO !== 'false',
    logLevel: process.env.LOG_LEVEL ?? (env === 'test' ? 'silent' : 'info'),
    purchasing: { overReceiptTolerancePct: int('PURCHASE_OVER_RECEIPT_TOLERANCE_PCT', 0) },
    ...overrides,
  };
}
