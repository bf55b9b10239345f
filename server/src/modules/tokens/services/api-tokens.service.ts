import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { isPermission } from '../../../core/auth/permissions.js';
import { newSecret, sha256 } from '../../../core/auth/secrets.js';
import { TOKEN_PREFIX } from '../../../core/auth/viewer.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { ApiToken, ApiTokenKind } from '../entities/api-token.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { User } from '../../identity/entities/user.entity.js';

export const DEFAULT_TOKEN_DAYS = 90;
/** Administration stays with staff: no token may carry these. */
const STAFF_ONLY = /^(user|role|token|audit):/;

export interface ApiTokenFilterInput { search?: string | null; kind?: ApiTokenKind | null; active?: boolean | null; partnerId?: string | null }

export function listApiTokens(ctx: Ctx, args: PageArgs & { where?: ApiTokenFilterInput | null; sort?: { field: 'CREATED_AT' | 'NAME' | 'LAST_USED_AT'; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<ApiToken>[] = [];
  if (f.search?.trim()) conditions.push({ $or: [{ name: contains(ctx.em, f.search) }, { prefix: contains(ctx.em, f.search) }] });
  if (f.kind) conditions.push({ kind: f.kind });
  if (f.partnerId) conditions.push({ partner: Number(f.partnerId) });
  const now = new Date();
  if (f.active === true) conditions.push({ revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] });
  if (f.active === false) conditions.push({ $or: [{ revokedAt: { $ne: null } }, { expiresAt: { $lte: now } }] });
  const where: FilterQuery<ApiToken> = conditions.length ? { $and: conditions } : {};
  const sort = args.sort ?? { field: 'CREATED_AT' as const, direction: SortDirection.DESC };
  const column = { CREATED_AT: 'createdAt', NAME: 'name', LAST_USED_AT: 'lastUsedAt' }[sort.field];
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, ApiToken, { ...args, where, orderBy: [{ [column]: dir }, { id: dir }] as never });
}

export async function createApiToken(ctx: Ctx, input: { name: string; kind: ApiTokenKind; permissions: string[]; partnerId?: string | null; expiresAt?: Date | null }) {
  const check = new Check()
    .require('name', input.name, 'Name')
    .when((input.name ?? '').length > 80, 'name', 'Name must be at most 80 characters')
    .when(!input.permissions?.length, 'permissions', 'Give the token at least one permission', 'REQUIRED');
  const unknown = input.permissions.filter((p) => !isPermission(p));
  check.when(unknown.length > 0, 'permissions', `Unknown permission(s): ${unknown.join(', ')}`);
  const adminOnly = input.permissions.filter((p) => STAFF_ONLY.test(p));
  check.when(adminOnly.length > 0, 'permissions', `Tokens cannot carry administration permissions: ${adminOnly.join(', ')}`);
  if (input.kind === ApiTokenKind.ANALYST) {
    const writes = input.permissions.filter((p) => isPermission(p) && !p.endsWith(':read'));
    check.when(writes.length > 0, 'permissions', `Analyst tokens are read-only; remove: ${writes.join(', ')}`);
    check.when(!!input.partnerId, 'partnerId', 'Analyst tokens are not linked to a partner');
  }
  let partner: Partner | null = null;
  if (input.kind === ApiTokenKind.PARTNER) {
    if (!input.partnerId) check.add('partnerId', 'A partner token must name its partner', 'REQUIRED');
    else {
      partner = await ctx.em.findOne(Partner, Number(input.partnerId));
      if (!partner) check.add('partnerId', 'No such partner', 'NOT_FOUND');
      else check.when(!partner.active, 'partnerId', 'The partner is inactive');
    }
  }
  const expiresAt = input.expiresAt ?? new Date(Date.now() + DEFAULT_TOKEN_DAYS * 86_400_000);
  check.when(expiresAt.getTime() <= Date.now(), 'expiresAt', 'Expiry must be in the future');
  check.throwIfAny();

  const secret = newSecret(input.kind === ApiTokenKind.PARTNER ? TOKEN_PREFIX.partner : TOKEN_PREFIX.analyst);
  const apiToken = ctx.em.create(ApiToken, {
    name: input.name.trim(), kind: input.kind, tokenHash: sha256(secret), prefix: secret.slice(0, 12),
    permissions: [...new Set(input.permissions)].sort(), partner: partner ?? undefined, expiresAt,
    createdBy: ctx.viewer?.userId ? ctx.em.getReference(User, ctx.viewer.userId) : undefined,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(apiToken);
    await tx.flush();
    audit(ctx, tx, {
      operation: 'createApiToken', entityType: 'ApiToken', entityId: apiToken.id,
      summary: `issued ${input.kind} token "${apiToken.name}"${partner ? ` for ${partner.code}` : ''} scope ${apiToken.permissions.join(', ')} until ${expiresAt.toISOString()}`,
    });
  });
  return { apiToken, secret };
}

export async function revokeApiToken(ctx: Ctx, input: { id: string }) {
  const apiToken = await ctx.em.findOne(ApiToken, Number(input.id));
  if (!apiToken) throw UserError.of('NOT_FOUND', 'No such token', 'id');
  if (apiToken.revokedAt) throw UserError.of('WRONG_STATE', 'The token is already revoked', 'id');
  apiToken.revokedAt = new Date();
  await ctx.em.transactional(async (tx) => {
    tx.persist(apiToken);
    audit(ctx, tx, { operation: 'revokeApiToken', entityType: 'ApiToken', entityId: apiToken.id, summary: `revoked "${apiToken.name}"` });
  });
  return { apiToken };
}
