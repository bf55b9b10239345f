import type { EntityManager, EntityName } from '@mikro-orm/core';
import { shopDay } from '../../../core/time.js';

/**
 * The next document number for today in the shop's time zone, e.g. TR-20261123-003.
 * Unique columns back it; a clash under concurrency fails the transaction, not the data.
 */
export async function nextDocumentCode<T extends { code: string }>(em: EntityManager, entity: EntityName<T>, prefix: string, timeZone: string): Promise<string> {
  const day = shopDay(new Date(), timeZone).replaceAll('-', '');
  const stem = `${prefix}-${day}-`;
  const count = await em.count(entity, { code: { $like: `${stem}%` } } as never);
  return `${stem}${String(count + 1).padStart(3, '0')}`;
}
