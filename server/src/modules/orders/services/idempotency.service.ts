import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { UserError } from '../../../core/errors.js';
import { sql } from '../../../core/db/sql.js';
import { IdempotencyKey } from '../entities/idempotency-key.entity.js';

/** Keys are kept at least this long; a retry within it returns the first result. */
export const KEY_TTL_MS = 24 * 3_600_000;
const MAX_KEY = 200;

/** Stable JSON: object keys sorted, so the same request always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonical(request)).digest('hex');
}

function scopeOf(ctx: Ctx): string {
  return ctx.viewer?.userId ? `user:${ctx.viewer.userId}` : ctx.viewer?.tokenId ? `token:${ctx.viewer.tokenId}` : 'anonymous';
}

/** Thrown inside the transaction when another request holds the key; the caller replays its result. */
class KeyTaken extends Error {}

/**
 * Runs `create` once per (caller, operation, key). The key row is claimed by an insert that
 * does nothing on conflict, in the same transaction as the creation: a concurrent request with
 * the same key waits for (PostgreSQL) or queues behind (SQLite) the first and then replays its
 * result. A failed first attempt rolls its claim back, so a retry runs again.
 */
export async function runOnce<T>(
  ctx: Ctx, operation: string, key: string, request: unknown,
  create: (tx: EntityManager) => Promise<{ id: number; result: T }>,
  replay: (resultId: number) => Promise<T>,
): Promise<T> {
  if (key.length > MAX_KEY) throw UserError.of('INVALID', `The idempotency key can be at most ${MAX_KEY} characters`, 'idempotencyKey');
  const scope = scopeOf(ctx);
  const hash = requestHash(request);
  await ctx.em.nativeDelete(IdempotencyKey, { expiresAt: { $lt: new Date() } });

  const previous = () => ctx.em.fork().findOne(IdempotencyKey, { operation, scope, clientKey: key });
  const replayFrom = async (row: IdempotencyKey | null): Promise<T | null> => {
    if (!row) return null;
    if (row.requestHash !== hash) throw UserError.of('IDEMPOTENCY_MISMATCH', 'This idempotency key was used for a different request; use a new key', 'idempotencyKey');
    if (row.resultId == null) throw UserError.of('CONFLICT', 'The first request with this key is still running; retry shortly', 'idempotencyKey');
    return replay(row.resultId);
  };

  const done = await replayFrom(await previous());
  if (done !== null) return done;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await ctx.em.transactional(async (tx) => {
        const now = new Date();
        const claimed = await sql(tx, 'insert into idempotency_keys (operation, scope, client_key, request_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?) on conflict (operation, scope, client_key) do nothing returning id',
          [operation, scope, key, hash, now, new Date(now.getTime() + KEY_TTL_MS)]);
        if (!claimed.length) throw new KeyTaken();
        const { id, result } = await create(tx);
        await sql(tx, 'update idempotency_keys set result_id = ? where id = ?', [id, (claimed[0] as { id: unknown }).id]);
        return result;
      });
    } catch (error) {
      if (!(error instanceof KeyTaken)) throw error;
      // The holder has committed by now (its row is visible) or rolled back (try to claim again).
      const replayed = await replayFrom(await previous());
      if (replayed !== null) return replayed;
    }
  }
  throw UserError.of('CONFLICT', 'Could not settle this idempotency key; retry', 'idempotencyKey');
}
