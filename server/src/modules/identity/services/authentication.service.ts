import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Ctx } from '../../../core/context.js';
import { TOKEN_PREFIX, type Viewer } from '../../../core/auth/viewer.js';
import { sha256 } from '../../../core/auth/secrets.js';
import { Session } from '../entities/session.entity.js';
import { User } from '../entities/user.entity.js';
import { ApiToken, ApiTokenKind } from '../../tokens/entities/api-token.entity.js';
import { effectivePermissions } from './permissions-of.js';

/** Last-seen and last-used times are written at most once a minute per credential. */
const TOUCH_EVERY_MS = 60_000;

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Turns the presented credential into a viewer. A bad bearer token is refused outright;
 * a stale cookie just leaves the caller anonymous (the web app then shows the sign-in page).
 */
export async function authenticate(ctx: Ctx): Promise<Viewer | null> {
  const credential = ctx.credential;
  if (!credential) return null;
  const { token, source } = credential;
  const viewer = token.startsWith(TOKEN_PREFIX.session)
    ? await viewerFromSession(ctx, token)
    : token.startsWith(TOKEN_PREFIX.partner) || token.startsWith(TOKEN_PREFIX.analyst)
      ? await viewerFromApiToken(ctx.em, token)
      : null;
  if (!viewer && source === 'bearer') throw refused('The token is invalid, expired or revoked');
  if (!viewer && source === 'cookie' && ctx.res) ctx.res.clearCookie(ctx.config.session.cookieName, { path: '/' });
  return viewer;
}

async function viewerFromSession(ctx: Ctx, token: string): Promise<Viewer | null> {
  const em = ctx.em;
  const session = await em.findOne(Session, { tokenHash: sha256(token) });
  const now = Date.now();
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
  if (now - session.lastSeenAt.getTime() > ctx.config.session.idleMinutes * 60_000) return null;
  const user = await em.findOne(User, { id: session.user.id, active: true }, { populate: ['roles'] });
  if (!user) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: new Date(now) });
  }
  return {
    kind: 'staff',
    userId: user.id,
    sessionId: session.id,
    permissions: new Set(effectivePermissions(user.roles.getItems())),
    label: user.email,
  };
}

async function viewerFromApiToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const row = await em.findOne(ApiToken, { tokenHash: sha256(token) }, { populate: ['partner'] });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) return null;
  const partner = row.partner?.getEntity();
  if (row.kind === ApiTokenKind.PARTNER && (!partner || !partner.active)) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: new Date(now) });
  }
  return {
    kind: row.kind === ApiTokenKind.PARTNER ? 'partner' : 'analyst',
    tokenId: row.id,
    partnerId: partner?.id,
    partnerType: partner?.type,
    permissions: new Set(row.permissions),
    label: `token:${row.name}`,
  };
}
