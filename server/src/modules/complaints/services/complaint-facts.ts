import type { EntityManager } from '@mikro-orm/core';
import { num, sql } from '../../../core/db/sql.js';
import { ComplaintState } from '../entities/enums.js';

/**
 * Contract C4: how many complaints received in [from, to) were traced to each supplier by their
 * investigation (cause PRODUCT_QUALITY names the supplier). Counted from the complaint records;
 * complaints closed as invalid never name one. Keyed by the supplier's Partner id.
 */
export async function complaintsTracedToSuppliers(em: EntityManager, range: { from: Date; to: Date }): Promise<Map<number, number>> {
  const rows = await sql<{ supplier_id: unknown; complaints: unknown }>(em, `
    select supplier_id, count(*) as complaints from complaints
    where supplier_id is not null and state <> ? and received_at >= ? and received_at < ?
    group by supplier_id`, [ComplaintState.CLOSED_INVALID, range.from, range.to]);
  return new Map(rows.map((r) => [num(r.supplier_id), num(r.complaints)]));
}
