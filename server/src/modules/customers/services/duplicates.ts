import type { EntityManager } from '@mikro-orm/core';
import { Customer } from '../entities/customer.entity.js';
import { CustomerStatus } from '../entities/enums.js';

/**
 * Active customers sharing a phone or a platform account with the given keys: the
 * de-duplication rule for intake. Merged records never match.
 */
export async function findDuplicates(em: EntityManager, keys: { phones: string[]; accounts: string[] }, excludeId?: number): Promise<Customer[]> {
  const found = new Map<number, Customer>();
  for (const [column, values] of [['phone', keys.phones], ['platformAccount', keys.accounts]] as const) {
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      if (!chunk.length) continue;
      const rows = await em.find(Customer, { status: CustomerStatus.ACTIVE, [column]: { $in: chunk }, ...(excludeId ? { id: { $ne: excludeId } } : {}) });
      for (const row of rows) found.set(row.id, row);
    }
  }
  return [...found.values()];
}

export function duplicateMessage(existing: Customer, field: 'phone' | 'platformAccount'): string {
  const what = field === 'phone' ? 'phone number' : 'platform account';
  return `Customer #${existing.id} ${existing.name} already has this ${what}; open that record, or merge the two`;
}
