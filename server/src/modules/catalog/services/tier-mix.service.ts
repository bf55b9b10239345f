import type { Ctx } from '../../../core/context.js';
import { ListingStatus, PriceTier } from '../entities/product.entity.js';

/** The 2-7-1 structure (domain.md, Marketing): 20 % traffic, 70 % volume, 10 % image items. */
export const TIER_TARGETS: Record<PriceTier, number> = { [PriceTier.TRAFFIC]: 20, [PriceTier.VOLUME]: 70, [PriceTier.IMAGE]: 10 };
const TOLERANCE = 5;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Count and share per tier of the on-shelf products, against the targets. One grouped query. */
export async function tierMix(ctx: Ctx) {
  const rows: { tier: string; n: number | string }[] = await ctx.em.getConnection().execute(
    'select price_tier as tier, count(*) as n from products where listing_status = ? group by price_tier', [ListingStatus.ON_SHELF],
  );
  const counts = new Map(rows.map((r) => [r.tier, Number(r.n)]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const tiers = (Object.keys(TIER_TARGETS) as PriceTier[]).map((tier) => {
    const count = counts.get(tier) ?? 0;
    const share = total ? round1((count / total) * 100) : 0;
    return { tier, count, share, target: TIER_TARGETS[tier], deviation: round1(share - TIER_TARGETS[tier]) };
  });
  return { total, tiers, balanced: total > 0 && tiers.every((t) => Math.abs(t.deviation) <= TOLERANCE) };
}
