import type { Ctx } from '../../../core/context.js';
import { User } from '../entities/user.entity.js';
import { ApiToken } from '../../tokens/entities/api-token.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import type { ViewerType } from '../types/viewer.type.js';

/** Describes the caller for `me`; null when nobody is signed in. */
export async function describeViewer(ctx: Ctx): Promise<ViewerType | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  return {
    kind: viewer.kind,
    user: viewer.userId ? await ctx.em.findOne(User, viewer.userId) : null,
    apiToken: viewer.tokenId ? await ctx.em.findOne(ApiToken, viewer.tokenId) : null,
    partner: viewer.partnerId ? await ctx.em.findOne(Partner, viewer.partnerId) : null,
    permissions: [...viewer.permissions].sort(),
  };
}
