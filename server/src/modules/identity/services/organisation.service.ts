import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { isPermission } from '../../../core/auth/permissions.js';
import { Department } from '../entities/department.entity.js';
import { Role } from '../entities/role.entity.js';

const CODE = /^[a-z][a-z0-9-]{1,39}$/;

export function listDepartments(ctx: Ctx) {
  return ctx.em.find(Department, {}, { orderBy: { id: 'asc' } });
}

export function listRoles(ctx: Ctx) {
  return ctx.em.find(Role, {}, { orderBy: { id: 'asc' } });
}

function checkPermissions(check: Check, permissions: string[] | null | undefined) {
  const unknown = (permissions ?? []).filter((p) => !isPermission(p));
  check.when(unknown.length > 0, 'permissions', `Unknown permission(s): ${unknown.join(', ')}`);
}

function checkNames(check: Check, input: { name?: string | null; nameEn?: string | null }, creating: boolean) {
  for (const key of ['name', 'nameEn'] as const) {
    const value = input[key];
    if (creating || value != null) check.when(!value?.trim(), key, `${key === 'name' ? 'Name' : 'English name'} is required`, 'REQUIRED');
    check.when((value ?? '').length > 80, key, 'At most 80 characters');
  }
}

export async function createRole(ctx: Ctx, input: { code: string; name: string; nameEn: string; isSupervisor?: boolean | null; permissions: string[] }) {
  const check = new Check().when(!CODE.test(input.code), 'code', 'Code must be 2–40 lower-case letters, digits or dashes');
  checkNames(check, input, true);
  checkPermissions(check, input.permissions);
  if (await ctx.em.count(Role, { code: input.code })) check.add('code', 'A role with this code exists', 'DUPLICATE');
  check.throwIfAny();
  const role = ctx.em.create(Role, {
    code: input.code, name: input.name.trim(), nameEn: input.nameEn.trim(),
    isSupervisor: input.isSupervisor ?? false, permissions: [...new Set(input.permissions)].sort(), system: false,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(role);
    await tx.flush();
    audit(ctx, tx, { operation: 'createRole', entityType: 'Role', entityId: role.id, summary: `created ${role.code}: ${role.permissions.join(', ')}` });
  });
  return { role };
}

export async function updateRole(ctx: Ctx, input: { id: string; name?: string | null; nameEn?: string | null; isSupervisor?: boolean | null; permissions?: string[] | null }) {
  const role = await ctx.em.findOne(Role, Number(input.id));
  if (!role) throw UserError.of('NOT_FOUND', 'No such role', 'id');
  const check = new Check();
  checkNames(check, input, false);
  checkPermissions(check, input.permissions);
  check.throwIfAny();
  const before = { name: role.name, nameEn: role.nameEn, isSupervisor: role.isSupervisor, permissions: role.permissions };
  if (input.name != null) role.name = input.name.trim();
  if (input.nameEn != null) role.nameEn = input.nameEn.trim();
  if (input.isSupervisor != null) role.isSupervisor = input.isSupervisor;
  if (input.permissions) role.permissions = [...new Set(input.permissions)].sort();
  const after = { name: role.name, nameEn: role.nameEn, isSupervisor: role.isSupervisor, permissions: role.permissions };
  await ctx.em.transactional(async (tx) => {
    tx.persist(role);
    audit(ctx, tx, { operation: 'updateRole', entityType: 'Role', entityId: role.id, summary: describeChanges(before, after) });
  });
  return { role };
}

export async function createDepartment(ctx: Ctx, input: { code: string; name: string; nameEn: string; description?: string | null }) {
  const check = new Check().when(!CODE.test(input.code), 'code', 'Code must be 2–40 lower-case letters, digits or dashes');
  checkNames(check, input, true);
  if (await ctx.em.count(Department, { code: input.code })) check.add('code', 'A department with this code exists', 'DUPLICATE');
  check.throwIfAny();
  const department = ctx.em.create(Department, { code: input.code, name: input.name.trim(), nameEn: input.nameEn.trim(), description: input.description ?? undefined });
  await ctx.em.transactional(async (tx) => {
    tx.persist(department);
    await tx.flush();
    audit(ctx, tx, { operation: 'createDepartment', entityType: 'Department', entityId: department.id, summary: `created ${department.code}` });
  });
  return { department };
}

export async function updateDepartment(ctx: Ctx, input: { id: string; name?: string | null; nameEn?: string | null; description?: string | null }) {
  const department = await ctx.em.findOne(Department, Number(input.id));
  if (!department) throw UserError.of('NOT_FOUND', 'No such department', 'id');
  const check = new Check();
  checkNames(check, input, false);
  check.throwIfAny();
  const before = { name: department.name, nameEn: department.nameEn, description: department.description };
  if (input.name != null) department.name = input.name.trim();
  if (input.nameEn != null) department.nameEn = input.nameEn.trim();
  if (input.description !== undefined) department.description = input.description ?? undefined;
  await ctx.em.transactional(async (tx) => {
    tx.persist(department);
    audit(ctx, tx, { operation: 'updateDepartment', entityType: 'Department', entityId: department.id, summary: describeChanges(before, { name: department.name, nameEn: department.nameEn, description: department.description }) });
  });
  return { department };
}
