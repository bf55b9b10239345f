import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { hashPassword } from '../../../core/auth/secrets.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Department } from '../entities/department.entity.js';
import { Role } from '../entities/role.entity.js';
import { Session } from '../entities/session.entity.js';
import { User } from '../entities/user.entity.js';
import { validatePassword } from './password-policy.js';

export interface UserFilterInput { search?: string | null; departmentId?: string | null; roleId?: string | null; active?: boolean | null }
export type UserSortField = 'NAME' | 'EMAIL' | 'CREATED_AT' | 'LAST_LOGIN_AT';
const SORT_COLUMNS: Record<UserSortField, keyof User> = { NAME: 'name', EMAIL: 'email', CREATED_AT: 'createdAt', LAST_LOGIN_AT: 'lastLoginAt' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOCALES = ['zh-CN', 'en'];

export function listUsers(ctx: Ctx, args: PageArgs & { where?: UserFilterInput | null; sort?: { field: UserSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<User> = {};
  if (f.search?.trim()) where.$or = [{ name: contains(ctx.em, f.search) }, { email: contains(ctx.em, f.search.toLowerCase()) }];
  if (f.departmentId) where.department = Number(f.departmentId);
  if (f.roleId) where.roles = { id: Number(f.roleId) };
  if (f.active != null) where.active = f.active;
  const sort = args.sort ?? { field: 'NAME' as const, direction: SortDirection.ASC };
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, User, { ...args, where, orderBy: [{ [SORT_COLUMNS[sort.field]]: dir }, { id: dir }] as never });
}

export function getUser(ctx: Ctx, id: string): Promise<User | null> {
  return ctx.em.findOne(User, { id: Number(id) });
}

async function resolveDepartmentAndRoles(ctx: Ctx, check: Check, departmentId?: string | null, roleIds?: string[] | null) {
  const department = departmentId ? await ctx.em.findOne(Department, Number(departmentId)) : null;
  if (departmentId && !department) check.add('departmentId', 'No such department', 'NOT_FOUND');
  const roles = roleIds?.length ? await ctx.em.find(Role, { id: { $in: roleIds.map(Number) } }) : [];
  if (roleIds && roles.length !== new Set(roleIds).size) check.add('roleIds', 'One or more roles do not exist', 'NOT_FOUND');
  return { department, roles };
}

export async function createUser(ctx: Ctx, input: { email: string; name: string; password: string; departmentId?: string | null; roleIds: string[]; locale?: string | null }) {
  const email = input.email.trim().toLowerCase();
  const check = new Check()
    .require('email', email, 'E-mail')
    .require('name', input.name, 'Name')
    .when(!!email && !EMAIL.test(email), 'email', 'E-mail is not valid')
    .when((input.name ?? '').trim().length > 80, 'name', 'Name must be at most 80 characters')
    .when(!!input.locale && !LOCALES.includes(input.locale), 'locale', 'Language must be zh-CN or en');
  try { validatePassword(input.password); } catch (e) { for (const err of (e as UserError).errors) check.add(err.field ?? null, err.message, err.code); }
  if (email && (await ctx.em.count(User, { email }))) check.add('email', 'An account with this e-mail already exists', 'DUPLICATE');
  const { department, roles } = await resolveDepartmentAndRoles(ctx, check, input.departmentId, input.roleIds);
  check.throwIfAny();

  const user = ctx.em.create(User, {
    email, name: input.name.trim(), locale: input.locale ?? 'zh-CN',
    passwordHash: await hashPassword(input.password), department: department ?? undefined,
  });
  user.roles.set(roles);
  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    await tx.flush();
    audit(ctx, tx, {
      operation: 'createUser', entityType: 'User', entityId: user.id,
      summary: `created ${email} in ${department?.code ?? 'no department'} with roles ${roles.map((r) => r.code).join(', ') || 'none'}`,
    });
  });
  return { user };
}

export async function updateUser(ctx: Ctx, input: { id: string; name?: string | null; departmentId?: string | null; roleIds?: string[] | null; active?: boolean | null; locale?: string | null }) {
  const user = await ctx.em.findOne(User, Number(input.id), { populate: ['roles', 'department'] });
  if (!user) throw UserError.of('NOT_FOUND', 'No such user', 'id');
  const check = new Check()
    .when(input.name != null && !input.name.trim(), 'name', 'Name is required', 'REQUIRED')
    .when((input.name ?? '').trim().length > 80, 'name', 'Name must be at most 80 characters')
    .when(!!input.locale && !LOCALES.includes(input.locale), 'locale', 'Language must be zh-CN or en')
    .when(input.active === false && String(ctx.viewer?.userId) === input.id, 'active', 'You cannot deactivate your own account');
  const { department, roles } = await resolveDepartmentAndRoles(ctx, check, input.departmentId, input.roleIds);
  check.throwIfAny();

  const before = { name: user.name, department: user.department?.getEntity().code ?? null, roles: user.roles.getItems().map((r) => r.code).sort(), active: user.active, locale: user.locale };
  if (input.name != null) user.name = input.name.trim();
  if (input.departmentId !== undefined) user.department = department ? (department as never) : undefined;
  if (input.roleIds) user.roles.set(roles);
  if (input.active != null) user.active = input.active;
  if (input.locale) user.locale = input.locale;
  const after = { name: user.name, department: department?.code ?? (input.departmentId === undefined ? before.department : null), roles: input.roleIds ? roles.map((r) => r.code).sort() : before.roles, active: user.active, locale: user.locale };

  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    // A deactivated account loses its sessions at once.
    if (input.active === false) await tx.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
    audit(ctx, tx, { operation: 'updateUser', entityType: 'User', entityId: user.id, summary: describeChanges(before, after) });
  });
  return { user };
}

export async function resetUserPassword(ctx: Ctx, input: { id: string; password: string }) {
  const user = await ctx.em.findOne(User, Number(input.id));
  if (!user) throw UserError.of('NOT_FOUND', 'No such user', 'id');
  validatePassword(input.password);
  user.passwordHash = await hashPassword(input.password);
  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    await tx.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
    audit(ctx, tx, { operation: 'resetUserPassword', entityType: 'User', entityId: user.id, summary: 'password reset by an administrator; sessions ended' });
  });
  return { user };
}

export async function unlockUser(ctx: Ctx, input: { id: string }) {
  const user = await ctx.em.findOne(User, Number(input.id));
  if (!user) throw UserError.of('NOT_FOUND', 'No such user', 'id');
  user.lockedUntil = null as unknown as undefined; // null, so the ORM writes the column
  user.failedLogins = 0;
  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    audit(ctx, tx, { operation: 'unlockUser', entityType: 'User', entityId: user.id, summary: 'unlocked' });
  });
  return { user };
}
