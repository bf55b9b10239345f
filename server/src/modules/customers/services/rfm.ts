import type { FilterQuery } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Customer } from '../entities/customer.entity.js';
import { DAY_MS } from './clock.js';

/**
 * RFM from the customer's recorded order figures (fed by the orders module):
 *   R (recency, days since the last completed order): ≤30 → 5, ≤90 → 4, ≤180 → 3, ≤365 → 2, older → 1
 *   F (frequency, completed orders):                  ≥10 → 5, ≥6 → 4, ≥3 → 3, 2 → 2, 1 → 1
 *   M (monetary, lifetime value):         ≥¥5,000 → 5, ≥¥2,000 → 4, ≥¥800 → 3, ≥¥200 → 2, less → 1
 * A score of 3 or more counts as "high". The eight segments are the usual high/low split of R, F
 * and M (重要价值 … 一般挽留); a customer without orders is NO_ORDERS.
 */
export const RFM_THRESHOLDS = {
  recencyDays: [30, 90, 180, 365],
  frequency: [2, 3, 6, 10],
  monetaryFen: [20_000, 80_000, 200_000, 500_000],
} as const;

export enum RfmSegment {
  IMPORTANT_VALUE = 'IMPORTANT_VALUE', IMPORTANT_DEVELOP = 'IMPORTANT_DEVELOP', IMPORTANT_RETAIN = 'IMPORTANT_RETAIN', IMPORTANT_WINBACK = 'IMPORTANT_WINBACK',
  GENERAL_VALUE = 'GENERAL_VALUE', GENERAL_DEVELOP = 'GENERAL_DEVELOP', GENERAL_RETAIN = 'GENERAL_RETAIN', GENERAL_WINBACK = 'GENERAL_WINBACK',
  NO_ORDERS = 'NO_ORDERS',
}
registerEnumType(RfmSegment, {
  name: 'RfmSegment', description: 'RFM segment: high/low recency, frequency and monetary value (a score ≥ 3 is high).',
  valuesConfig: {
    IMPORTANT_VALUE: { description: 'R high, F high, M high (重要价值客户).' }, IMPORTANT_DEVELOP: { description: 'R high, F low, M high (重要发展客户).' },
    IMPORTANT_RETAIN: { description: 'R low, F high, M high (重要保持客户).' }, IMPORTANT_WINBACK: { description: 'R low, F low, M high (重要挽留客户).' },
    GENERAL_VALUE: { description: 'R high, F high, M low (一般价值客户).' }, GENERAL_DEVELOP: { description: 'R high, F low, M low (一般发展客户).' },
    GENERAL_RETAIN: { description: 'R low, F high, M low (一般保持客户).' }, GENERAL_WINBACK: { description: 'R low, F low, M low (一般挽留客户).' },
    NO_ORDERS: { description: 'No completed order yet.' },
  },
});

/** [recency high, frequency high, monetary high] → segment. */
const SEGMENTS: Record<string, RfmSegment> = {
  '111': RfmSegment.IMPORTANT_VALUE, '101': RfmSegment.IMPORTANT_DEVELOP, '011': RfmSegment.IMPORTANT_RETAIN, '001': RfmSegment.IMPORTANT_WINBACK,
  '110': RfmSegment.GENERAL_VALUE, '100': RfmSegment.GENERAL_DEVELOP, '010': RfmSegment.GENERAL_RETAIN, '000': RfmSegment.GENERAL_WINBACK,
};

const HIGH = 3;
const ascending = (value: number, steps: readonly number[]) => 1 + steps.filter((s) => value >= s).length;

export interface Rfm { recencyDays: number | null; recency: number; frequency: number; monetary: number; segment: RfmSegment }

export function rfmOf(c: Pick<Customer, 'lastOrderAt' | 'orderCount' | 'lifetimeValueFen'>, at: Date): Rfm {
  const recencyDays = c.lastOrderAt ? Math.max(0, Math.floor((at.getTime() - c.lastOrderAt.getTime()) / DAY_MS)) : null;
  const recency = recencyDays == null ? 1 : 5 - RFM_THRESHOLDS.recencyDays.filter((d) => recencyDays > d).length;
  const frequency = c.orderCount <= 0 ? 1 : ascending(c.orderCount, RFM_THRESHOLDS.frequency);
  const monetary = ascending(c.lifetimeValueFen, RFM_THRESHOLDS.monetaryFen);
  if (c.orderCount <= 0) return { recencyDays, recency, frequency, monetary, segment: RfmSegment.NO_ORDERS };
  const key = [recency, frequency, monetary].map((s) => (s >= HIGH ? '1' : '0')).join('');
  return { recencyDays, recency, frequency, monetary, segment: SEGMENTS[key] };
}

/** The same rule as a query condition, so lists and campaigns can select a segment in SQL. */
export function segmentWhere(segment: RfmSegment, at: Date): FilterQuery<Customer> {
  if (segment === RfmSegment.NO_ORDERS) return { orderCount: { $lte: 0 } };
  const key = Object.entries(SEGMENTS).find(([, s]) => s === segment)![0];
  // Recency score ≥ 3 ⇔ at most 180 whole days ⇔ the last order is less than 181 days ago.
  const cutoff = new Date(at.getTime() - (RFM_THRESHOLDS.recencyDays[2] + 1) * DAY_MS);
  const minFrequency = RFM_THRESHOLDS.frequency[1]; // 3 orders: frequency score 3
  const minMonetary = RFM_THRESHOLDS.monetaryFen[1]; // ¥800: monetary score 3
  return {
    $and: [
      { orderCount: { $gte: 1 } },
      key[0] === '1' ? { lastOrderAt: { $gt: cutoff } } : { $or: [{ lastOrderAt: null }, { lastOrderAt: { $lte: cutoff } }] },
      key[1] === '1' ? { orderCount: { $gte: minFrequency } } : { orderCount: { $lt: minFrequency } },
      key[2] === '1' ? { lifetimeValueFen: { $gte: minMonetary } } : { lifetimeValueFen: { $lt: minMonetary } },
    ],
  };
}
