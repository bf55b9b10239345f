import type { EntityManager } from '@mikro-orm/core';
import { hashPassword } from '../core/auth/secrets.js';
import { UserError } from '../core/errors.js';
import { validatePassword } from '../modules/identity/services/password-policy.js';
import { Department } from '../modules/identity/entities/department.entity.js';
import { Role } from '../modules/identity/entities/role.entity.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { AuditLog } from '../core/audit/audit-log.entity.js';

/** Creates an administrator account; refuses when the e-mail is taken or the password is weak. */
export async function createFirstAdmin(em: EntityManager, input: { email: string; password: string; name: string }): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'refused: the e-mail is not valid';
  try { validatePassword(input.password); } catch (e) { return `refused: ${(e as UserError).message}`; }
  if (await em.count(User, { email })) return `refused: ${email} already exists`;
  const admin = await em.findOneOrFail(Role, { code: 'admin' });
  const user = em.create(User, { email, name: input.name, passwordHash: await hashPassword(input.password), department: await em.findOne(Department, { code: 'tech' }) ?? undefined });
  user.roles.add(admin);
  await em.transactional(async (tx) => {
    tx.persist(user);
    await tx.flush();
    tx.persist(tx.create(AuditLog, { at: new Date(), actorLabel: 'cli', operation: 'createFirstAdmin', entityType: 'User', entityId: String(user.id), summary: `created administrator ${email}` }));
  });
  return `created administrator ${email}`;
}
