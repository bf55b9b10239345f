import type { FilterQuery } from '@mikro-orm/core';
import type { Check } from '../../../core/errors.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerStatus } from '../../customers/entities/enums.js';
import { normaliseTags } from '../../customers/services/normalise.js';
import { RfmSegment, segmentWhere } from '../../customers/services/rfm.js';
import { taggedWhere } from '../../customers/services/customer-query.js';
import { and } from '../../customers/services/scope.js';
import type { CampaignCriteria } from '../entities/callback-campaign.entity.js';

export interface CriteriaInput {
  membersOnly?: boolean | null;
  memberLevelIds?: string[] | null;
  boughtFrom?: Date | null;
  boughtTo?: Date | null;
  segments?: RfmSegment[] | null;
  tags?: string[] | null;
  vipOnly?: boolean | null;
  customerIds?: string[] | null;
}

/** Validates the criteria and turns them into the stored form. */
export function toCriteria(check: Check, input: CriteriaInput | null | undefined, field = 'criteria'): CampaignCriteria {
  const c = input ?? {};
  const criteria: CampaignCriteria = {
    membersOnly: c.membersOnly ?? false,
    memberLevelIds: (c.memberLevelIds ?? []).map(Number),
    boughtFrom: c.boughtFrom?.toISOString() ?? null,
    boughtTo: c.boughtTo?.toISOString() ?? null,
    segments: [...new Set(c.segments ?? [])],
    tags: normaliseTags(c.tags),
    vipOnly: c.vipOnly ?? false,
    customerIds: [...new Set((c.customerIds ?? []).map(Number))],
  };
  check.when(!!c.boughtFrom && !!c.boughtTo && c.boughtFrom >= c.boughtTo, `${field}.boughtTo`, '“Bought to” must be after “bought from”');
  check.when(criteria.memberLevelIds!.some((id) => !Number.isInteger(id)) || criteria.customerIds!.some((id) => !Number.isInteger(id)), field, 'Ids must be numbers');
  check.when((criteria.customerIds ?? []).length > 10_000, `${field}.customerIds`, 'At most 10,000 customers by id');
  return criteria;
}

/** The customers a campaign targets: active records matching every given condition. Build afresh per query. */
export function criteriaWhere(criteria: CampaignCriteria, at: Date): FilterQuery<Customer> {
  const segments = criteria.segments ?? [];
  return and<Customer>(
    { status: CustomerStatus.ACTIVE },
    !!criteria.membersOnly && { memberLevel: { $ne: null } },
    !!criteria.memberLevelIds?.length && { memberLevel: { $in: criteria.memberLevelIds } },
    !!criteria.vipOnly && { vip: true },
    !!criteria.boughtFrom && { lastOrderAt: { $gte: new Date(criteria.boughtFrom) } },
    !!criteria.boughtTo && { lastOrderAt: { $lt: new Date(criteria.boughtTo) } },
    segments.length > 0 && { $or: segments.map((s) => segmentWhere(s as RfmSegment, at)) },
    !!criteria.tags?.length && taggedWhere(criteria.tags),
    !!criteria.customerIds?.length && { id: { $in: criteria.customerIds } },
  );
}

/** A short human description, for the audit log. */
export function describeCriteria(c: CampaignCriteria): string {
  const parts = [
    c.membersOnly && 'members', c.vipOnly && 'VIPs', c.memberLevelIds?.length && `levels ${c.memberLevelIds.join(',')}`,
    c.boughtFrom && `bought from ${c.boughtFrom.slice(0, 10)}`, c.boughtTo && `bought before ${c.boughtTo.slice(0, 10)}`,
    c.segments?.length && `segments ${c.segments.join(',')}`, c.tags?.length && `tags ${c.tags.join(',')}`, c.customerIds?.length && `${c.customerIds.length} named customers`,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'all active customers';
}
