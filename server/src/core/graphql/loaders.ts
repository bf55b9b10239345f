import DataLoader from 'dataloader';
import type { Ctx } from '../context.js';

/**
 * A per-request DataLoader, created on first use under `key`. Field resolvers use it
 * so a page of N rows costs one batched query, not N.
 */
export function loader<K, V>(ctx: Ctx, key: string, batch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: V): DataLoader<K, V> {
  let existing = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = new DataLoader<K, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => (found.has(k) ? (found.get(k) as V) : fallback));
    });
    ctx.loaders.set(key, existing);
  }
  return existing;
}
