import type { Ctx } from '../../../core/context.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { badInput } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { shopDay } from '../../../core/time.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Department } from '../../identity/entities/department.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { ComplaintState } from '../entities/enums.js';
import { ComplaintStatistics } from '../types/complaint.types.js';

/** One row of the complaint classification sheet (投诉分类统计表). */
export interface ComplaintStatRow {
  key: string | null; label: string; count: number; closedCount: number; resolvedWithin24hCount: number;
  resolvedWithin24hShare: number; averageResolutionMinutes: number | null;
}

export type StatDimension = 'category' | 'cause' | 'department' | 'product' | 'sku' | 'supplier' | 'month' | 'total';

/** The grouping expression of each dimension; `month` is the shop-local month kept at intake. */
const GROUP: Record<StatDimension, string> = {
  category: 'category', cause: 'cause', department: 'responsible_department_id', product: 'product_id', sku: 'sku_id',
  supplier: 'supplier_id', month: 'substr(received_day, 1, 7)', total: "'all'",
};

const MAX_RANGE_DAYS = 732;

/** The statistics of a period; each dimension is computed when its field is asked for. */
export function statisticsFor(from: Date, to: Date): ComplaintStatistics {
  if (!(from < to)) throw badInput('`from` must be before `to`');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput('At most two years at a time');
  return Object.assign(new ComplaintStatistics(), { from, to });
}

async function labels(ctx: Ctx, dimension: StatDimension, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.map(Number).filter(Number.isInteger);
  if (!ids.length) return new Map();
  const pick = async <T extends { id: number }>(entity: new () => T, label: (e: T) => string) =>
    new Map((await ctx.em.find(entity, { id: { $in: ids } } as never)).map((e) => [String(e.id), label(e as T)]));
  switch (dimension) {
    case 'department': return pick(Department, (d) => d.name);
    case 'product': return pick(Product, (p) => `${p.code} ${p.title}`);
    case 'sku': return pick(Sku, (s) => [s.code, ...Object.values(s.spec ?? {})].join(' '));
    case 'supplier': return pick(Partner, (p) => `${p.code} ${p.name}`);
    default: return new Map();
  }
}

function monthsBetween(from: Date, to: Date, timeZone: string): string[] {
  const first = shopDay(from, timeZone).slice(0, 7);
  const last = shopDay(new Date(to.getTime() - 1), timeZone).slice(0, 7);
  const out: string[] = [];
  for (let [y, m] = first.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= last; m === 12 ? (y++, m = 1) : m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/**
 * Complaints received in [from, to) grouped by one dimension, counted from the complaint records
 * in one aggregate query: how many, how many closed, how many closed by their 24-hour deadline,
 * and the mean minutes to close. Months list every month of the range, quiet ones as zero.
 */
export async function complaintStats(ctx: Ctx, dimension: StatDimension, range: { from: Date; to: Date }): Promise<ComplaintStatRow[]> {
  const group = GROUP[dimension];
  // A supplier's token (should one ever read complaints) counts only the complaints traced to it.
  const own = partnerScope(ctx.viewer);
  const rows = await sql<{ k: unknown; n: unknown; closed: unknown; within: unknown; minutes: unknown }>(ctx.em, `
    select ${group} as k, count(*) as n,
      sum(case when state in (?, ?) then 1 else 0 end) as closed,
      sum(case when resolved_at is not null and resolved_at <= due_at then 1 else 0 end) as within,
      avg(resolution_minutes) as minutes
    from complaints where received_at >= ? and received_at < ?${own === null ? '' : ' and supplier_id = ?'}
    ${dimension === 'total' ? '' : `group by ${group}`}`, [ComplaintState.CLOSED, ComplaintState.CLOSED_INVALID, range.from, range.to, ...(own === null ? [] : [own])]);
  const keyed = new Map(rows.map((r) => [r.k == null ? null : String(r.k), r]));
  if (dimension === 'month') for (const month of monthsBetween(range.from, range.to, ctx.config.shopTimezone)) if (!keyed.has(month)) keyed.set(month, { k: month, n: 0, closed: 0, within: 0, minutes: null });
  if (dimension === 'total' && !keyed.size) keyed.set('all', { k: 'all', n: 0, closed: 0, within: 0, minutes: null });
  const names = await labels(ctx, dimension, [...keyed.keys()].filter((k): k is string => k != null));
  const out = [...keyed.entries()].map(([key, r]) => {
    const count = num(r.n);
    const within = num(r.within);
    return {
      key, label: key == null ? '—' : names.get(key) ?? key, count, closedCount: num(r.closed), resolvedWithin24hCount: within,
      resolvedWithin24hShare: count ? Math.round((within / count) * 10_000) / 10_000 : 0,
      averageResolutionMinutes: r.minutes == null ? null : Math.round(Number(r.minutes)),
    };
  });
  return dimension === 'month' ? out.sort((a, b) => String(a.key).localeCompare(String(b.key))) : out.sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}
