import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { Warehouse } from '../entities/warehouse.entity.js';

const CODE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export function listWarehouses(ctx: Ctx) {
  return ctx.em.find(Warehouse, {}, { orderBy: { code: 'asc' } });
}

export async function createWarehouse(ctx: Ctx, input: { code: string; name: string; address?: string | null }) {
  const code = (input.code ?? '').trim().toUpperCase();
  const check = new Check()
    .when(!CODE.test(code), 'code', 'Code must be 1–20 letters, digits or dashes')
    .require('name', input.name, 'Name')
    .when((input.name ?? '').length > 80, 'name', 'At most 80 characters');
  if (code && (await ctx.em.count(Warehouse, { code }))) check.add('code', 'A warehouse with this code exists', 'DUPLICATE');
  check.throwIfAny();
  const warehouse = ctx.em.create(Warehouse, { code, name: input.name.trim(), address: input.address?.trim() || undefined });
  await ctx.em.transactional(async (tx) => {
    tx.persist(warehouse);
    await tx.flush();
    audit(ctx, tx, { operation: 'createWarehouse', entityType: 'Warehouse', entityId: warehouse.id, summary: `created ${code} ${warehouse.name}` });
  });
  return { warehouse };
}

export async function updateWarehouse(ctx: Ctx, input: { id: string; name?: string | null; address?: string | null; active?: boolean | null }) {
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.id));
  if (!warehouse) throw UserError.of('NOT_FOUND', 'No such warehouse', 'id');
  new Check().when(input.name != null && !input.name.trim(), 'name', 'Name is required', 'REQUIRED').throwIfAny();
  const before = { name: warehouse.name, address: warehouse.address, active: warehouse.active };
  if (input.name != null) warehouse.name = input.name.trim();
  if (input.address !== undefined) warehouse.address = input.address?.trim() || undefined;
  if (input.active != null) warehouse.active = input.active;
  await ctx.em.transactional(async (tx) => {
    tx.persist(warehouse);
    audit(ctx, tx, { operation: 'updateWarehouse', entityType: 'Warehouse', entityId: warehouse.id, summary: describeChanges(before, { name: warehouse.name, address: warehouse.address, active: warehouse.active }) });
  });
  return { warehouse };
}
