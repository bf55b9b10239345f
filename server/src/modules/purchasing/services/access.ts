import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { UserError } from '../../../core/errors.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';

/** The supplier a partner token is limited to (null for staff): added to every purchasing read. */
export const supplierScope = (ctx: Ctx): number | null => partnerScope(ctx.viewer);

/** Staff-only writes: a supplier token never plans, orders, receives or pays, whatever its permissions. */
export function staffOnly(ctx: Ctx): void {
  if (partnerScope(ctx.viewer) !== null) throw UserError.of('FORBIDDEN', 'Supplier tokens cannot do this');
}

/** An active supplier, or a field error. */
export async function activeSupplier(em: EntityManager, id: string | number | null | undefined, field = 'supplierId'): Promise<Partner> {
  const supplier = id ? await em.findOne(Partner, Number(id)) : null;
  if (!supplier || supplier.type !== PartnerType.SUPPLIER) throw UserError.of('NOT_FOUND', 'No such supplier', field);
  if (!supplier.active) throw UserError.of('INVALID', 'The supplier is inactive', field);
  return supplier;
}

/** A shop-local day YYYY-MM-DD that exists in the calendar. */
export function isDay(value: string | null | undefined): boolean {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A day plus n days (calendar arithmetic on YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
