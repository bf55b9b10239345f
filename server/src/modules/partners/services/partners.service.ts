import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Partner, PartnerType } from '../entities/partner.entity.js';

export interface PartnerFilterInput { search?: string | null; type?: PartnerType | null; active?: boolean | null }
export type PartnerSortField = 'NAME' | 'CODE' | 'CREATED_AT';
const SORT_COLUMNS: Record<PartnerSortField, keyof Partner> = { NAME: 'name', CODE: 'code', CREATED_AT: 'createdAt' };
const CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/;

/** The partner scope is applied here, so a partner token can never list another partner. */
function scoped(ctx: Ctx, where: FilterQuery<Partner>): FilterQuery<Partner> {
  const own = partnerScope(ctx.viewer);
  return own === null ? where : { $and: [where, { id: own }] };
}

export function listPartners(ctx: Ctx, args: PageArgs & { where?: PartnerFilterInput | null; sort?: { field: PartnerSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const where: FilterQuery<Partner> = {};
  if (f.search?.trim()) where.$or = [{ name: contains(ctx.em, f.search) }, { code: contains(ctx.em, f.search) }];
  if (f.type) where.type = f.type;
  if (f.active != null) where.active = f.active;
  const sort = args.sort ?? { field: 'NAME' as const, direction: SortDirection.ASC };
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, Partner, { ...args, where: scoped(ctx, where), orderBy: [{ [SORT_COLUMNS[sort.field]]: dir }, { id: dir }] as never });
}

export function getPartner(ctx: Ctx, id: string): Promise<Partner | null> {
  return ctx.em.findOne(Partner, scoped(ctx, { id: Number(id) }));
}

type PartnerFields = { name?: string | null; contactName?: string | null; contactPhone?: string | null; contactEmail?: string | null; notes?: string | null; active?: boolean | null };

function checkFields(check: Check, input: PartnerFields, creating: boolean) {
  if (creating || input.name != null) check.when(!input.name?.trim(), 'name', 'Name is required', 'REQUIRED');
  check.when((input.name ?? '').length > 120, 'name', 'Name must be at most 120 characters');
  check.when(!!input.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.contactEmail), 'contactEmail', 'E-mail is not valid');
  check.when(!!input.contactPhone && !/^[+\d][\d\s-]{4,39}$/.test(input.contactPhone), 'contactPhone', 'Phone is not valid');
}

export async function createPartner(ctx: Ctx, input: PartnerFields & { type: PartnerType; code: string }) {
  const check = new Check().when(!CODE.test(input.code ?? ''), 'code', 'Code must be 2–40 letters, digits or dashes');
  checkFields(check, input, true);
  if (input.code && (await ctx.em.count(Partner, { code: input.code }))) check.add('code', 'A partner with this code exists', 'DUPLICATE');
  check.throwIfAny();
  const partner = ctx.em.create(Partner, {
    type: input.type, code: input.code, name: input.name!.trim(), contactName: input.contactName ?? undefined,
    contactPhone: input.contactPhone ?? undefined, contactEmail: input.contactEmail ?? undefined, notes: input.notes ?? undefined,
    active: input.active ?? true,
  });
  await ctx.em.transactional(async (tx) => {
    tx.persist(partner);
    await tx.flush();
    audit(ctx, tx, { operation: 'createPartner', entityType: 'Partner', entityId: partner.id, summary: `created ${partner.type} ${partner.code} ${partner.name}` });
  });
  return { partner };
}

export async function updatePartner(ctx: Ctx, input: PartnerFields & { id: string }) {
  const partner = await ctx.em.findOne(Partner, Number(input.id));
  if (!partner) throw UserError.of('NOT_FOUND', 'No such partner', 'id');
  const check = new Check();
  checkFields(check, input, false);
  check.throwIfAny();
  const keys = ['name', 'contactName', 'contactPhone', 'contactEmail', 'notes', 'active'] as const;
  const before = Object.fromEntries(keys.map((k) => [k, partner[k]]));
  for (const key of keys) {
    if (input[key] !== undefined && input[key] !== null) (partner as unknown as Record<string, unknown>)[key] = typeof input[key] === 'string' ? (input[key] as string).trim() : input[key];
  }
  await ctx.em.transactional(async (tx) => {
    tx.persist(partner);
    audit(ctx, tx, { operation: 'updatePartner', entityType: 'Partner', entityId: partner.id, summary: describeChanges(before, Object.fromEntries(keys.map((k) => [k, partner[k]]))) });
  });
  return { partner };
}
