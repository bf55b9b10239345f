import type { EntityManager } from '@mikro-orm/core';
import { User } from '../../identity/entities/user.entity.js';
import { effectivePermissions } from '../../identity/services/permissions-of.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';

export const DEFAULT_ABILITY = 100;

/** Staff who can own customers: active, and their roles let them work customer records. */
export async function eligibleSpecialists(em: EntityManager, ids: number[]): Promise<Map<number, User>> {
  const users = ids.length ? await em.find(User, { id: { $in: ids }, active: true }, { populate: ['roles'] }) : [];
  return new Map(users.filter((u) => effectivePermissions(u.roles.getItems()).includes('customer:write')).map((u) => [u.id, u]));
}

export interface PoolMember { user: User; abilityPercent: number }

/**
 * The specialists a distribution uses: the named ones, or else the assignment pool (profiles
 * marked in the pool). A specialist without a profile has the standard ability of 100 %.
 */
export async function distributionPool(em: EntityManager, named: number[] | null | undefined): Promise<{ pool: PoolMember[]; unknown: number[] }> {
  const ids = named?.length ? [...new Set(named)] : (await em.find(SpecialistProfile, { inPool: true })).map((p) => p.user.id);
  const users = await eligibleSpecialists(em, ids);
  const profiles = new Map((await em.find(SpecialistProfile, { user: { $in: [...users.keys()] } })).map((p) => [p.user.id, p]));
  const pool = [...users.values()].sort((a, b) => a.id - b.id).map((user) => ({ user, abilityPercent: profiles.get(user.id)?.abilityPercent ?? DEFAULT_ABILITY }));
  return { pool, unknown: ids.filter((id) => !users.has(id)) };
}

/**
 * Balanced by ability: each item goes to the specialist whose load after taking it, divided by
 * their ability, is smallest, so loads end proportional to ability (200 % takes twice the
 * customers of 100 %). Compared by cross-multiplication, free of rounding; ties go to the
 * lighter load, then the lower user id. `loads` is updated in place.
 */
export function pickBalanced(pool: PoolMember[], loads: Map<number, number>): PoolMember {
  let best = pool[0];
  for (const candidate of pool.slice(1)) {
    const c = (loads.get(candidate.user.id) ?? 0) + 1;
    const b = (loads.get(best.user.id) ?? 0) + 1;
    const diff = c * best.abilityPercent - b * candidate.abilityPercent;
    if (diff < 0 || (diff === 0 && c < b)) best = candidate;
  }
  loads.set(best.user.id, (loads.get(best.user.id) ?? 0) + 1);
  return best;
}
