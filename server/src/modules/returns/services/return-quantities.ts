import type { EntityManager } from '@mikro-orm/core';
import { num, sql } from '../../../core/db/sql.js';
import { ReturnStatus } from '../entities/return-enums.js';

/** Units per order line already claimed by requests that are not rejected or cancelled. */
export async function returnedQuantities(em: EntityManager, orderId: number): Promise<Map<number, number>> {
  const rows = await sql<{ order_line_id: unknown; units: unknown }>(em, `
    select l.order_line_id, sum(l.quantity) as units
    from return_request_lines l join return_requests r on r.id = l.request_id
    where r.order_id = ? and r.status not in (?, ?)
    group by l.order_line_id`, [orderId, ReturnStatus.REJECTED, ReturnStatus.CANCELLED]);
  return new Map(rows.map((r) => [num(r.order_line_id), num(r.units)]));
}
