import type { Ctx } from '../../../core/context.js';
import { viewerOf } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError, type FieldError } from '../../../core/errors.js';
import { TOKEN_PREFIX } from '../../../core/auth/viewer.js';
import { dummyPasswordHash, hashPassword, newSecret, sha256, verifyPassword } from '../../../core/auth/secrets.js';
import { Session } from '../entities/session.entity.js';
import { User } from '../entities/user.entity.js';
import { validatePassword } from './password-policy.js';

export interface LoginResult {
  token: string | null;
  user: User | null;
  errors: FieldError[];
}

const invalid: FieldError = { field: null, message: 'Wrong e-mail or password', code: 'INVALID_CREDENTIALS' };

function lockedError(until: Date): FieldError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return { field: null, message: `Too many failed sign-ins: the account is locked for ${minutes} more minute(s)`, code: 'LOCKED' };
}

/**
 * Signs a staff member in. Failed attempts are counted in the database and commit even
 * though the call fails, so the lockout holds across server instances.
 */
export async function login(ctx: Ctx, input: { email: string; password: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const check = new Check().require('email', email, 'E-mail').require('password', input.password, 'Password');
  if (!check.ok) return { token: null, user: null, errors: check.errors };
  const em = ctx.em;
  const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    return { token: null, user: null, errors: [invalid] };
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) return { token: null, user: null, errors: [lockedError(user.lockedUntil)] };

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return { token: null, user: null, errors: [await recordFailure(ctx, user)] };
  }
  if (!user.active) return { token: null, user: null, errors: [{ field: null, message: 'This account is disabled', code: 'DISABLED' }] };

  const token = newSecret(TOKEN_PREFIX.session);
  const expiresAt = new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    tx.persist(tx.create(Session, {
      tokenHash: sha256(token),
      user: user.id,
      lastSeenAt: now,
      expiresAt,
      userAgent: ctx.req?.get('user-agent')?.slice(0, 300),
      ip: ctx.req?.ip?.slice(0, 64),
    }));
    audit(ctx, tx, { operation: 'login', entityType: 'User', entityId: user.id, summary: 'signed in', actorId: user.id, actorLabel: user.email });
  });
  ctx.res?.cookie(ctx.config.session.cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.session.secureCookie,
    path: '/',
    maxAge: ctx.config.session.absoluteHours * 3_600_000,
  });
  await em.refresh(user);
  return { token, user, errors: [] };
}

/** Counts a failure with an atomic increment; the Nth failure locks the account. */
async function recordFailure(ctx: Ctx, user: User): Promise<FieldError> {
  const { maxFailures, lockMinutes } = ctx.config.lockout;
  return ctx.em.transactional(async (tx) => {
    // Plain SQL: an atomic increment that concurrent instances cannot lose, outside the identity map.
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext();
    await conn.execute('update users set failed_logins = failed_logins + 1 where id = ?', [user.id], 'run', trx);
    const [row] = await conn.execute<{ failed_logins: number }[]>('select failed_logins from users where id = ?', [user.id], 'all', trx);
    const failedLogins = Number(row.failed_logins);
    let result = invalid;
    if (failedLogins >= maxFailures) {
      const until = new Date(Date.now() + lockMinutes * 60_000);
      await tx.nativeUpdate(User, { id: user.id }, { failedLogins: 0, lockedUntil: until });
      result = lockedError(until);
    }
    audit(ctx, tx, {
      operation: result.code === 'LOCKED' ? 'login.locked' : 'login.failed',
      entityType: 'User', entityId: user.id, actorLabel: user.email,
      summary: result.code === 'LOCKED' ? `locked for ${lockMinutes} minutes after ${maxFailures} failed sign-ins` : `failed sign-in ${failedLogins}`,
    });
    return result;
  });
}

/** Ends the caller's session (cookie or bearer) and clears the cookie. */
export async function logout(ctx: Ctx): Promise<{ ok: boolean }> {
  const viewer = viewerOf(ctx);
  if (viewer.sessionId) {
    await ctx.em.transactional(async (tx) => {
      await tx.nativeUpdate(Session, { id: viewer.sessionId }, { revokedAt: new Date() });
      audit(ctx, tx, { operation: 'logout', entityType: 'User', entityId: viewer.userId, summary: 'signed out' });
    });
  }
  ctx.res?.clearCookie(ctx.config.session.cookieName, { path: '/' });
  return { ok: !!viewer.sessionId };
}

/** Changes one's own password; other sessions are ended. */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<{ user: User }> {
  const viewer = viewerOf(ctx);
  if (!viewer.userId) throw UserError.of('FORBIDDEN', 'Only staff accounts have a password');
  const user = await ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw UserError.of('INVALID_CREDENTIALS', 'The current password is wrong', 'currentPassword');
  }
  validatePassword(input.newPassword, 'newPassword');
  user.passwordHash = await hashPassword(input.newPassword);
  await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(Session, { user: user.id, id: { $ne: viewer.sessionId ?? 0 }, revokedAt: null }, { revokedAt: new Date() });
    audit(ctx, tx, { operation: 'changePassword', entityType: 'User', entityId: user.id, summary: 'changed own password; other sessions ended' });
  });
  return { user };
}

/** Stores one's preferred UI language. */
export async function setMyLocale(ctx: Ctx, input: { locale: string }): Promise<{ user: User }> {
  const viewer = viewerOf(ctx);
  if (!viewer.userId) throw UserError.of('FORBIDDEN', 'Only staff accounts have a language setting');
  if (!['zh-CN', 'en'].includes(input.locale)) throw UserError.of('INVALID', 'Language must be zh-CN or en', 'locale');
  const user = await ctx.em.findOneOrFail(User, viewer.userId);
  const before = user.locale;
  user.locale = input.locale;
  await ctx.em.transactional(async (tx) => {
    tx.persist(user);
    audit(ctx, tx, { operation: 'setMyLocale', entityType: 'User', entityId: user.id, summary: `locale: ${before} → ${input.locale}` });
  });
  return { user };
}
