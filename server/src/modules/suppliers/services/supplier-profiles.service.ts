import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { SupplierGrade, SupplierProfile, SupplierStatus, type SupplierContact } from '../entities/supplier-profile.entity.js';
import { SupplierSku } from '../entities/supplier-sku.entity.js';

export interface SupplierFilterInput { search?: string | null; status?: SupplierStatus | null; grade?: SupplierGrade | null; category?: string | null; skuId?: string | null; active?: boolean | null }
export type SupplierSortField = 'NAME' | 'CODE' | 'GRADE' | 'STATUS' | 'CREATED_AT';
const SORT: Record<SupplierSortField, (dir: 'asc' | 'desc') => Record<string, unknown>> = {
  NAME: (d) => ({ partner: { name: d } }), CODE: (d) => ({ partner: { code: d } }), GRADE: (d) => ({ grade: d }), STATUS: (d) => ({ status: d }), CREATED_AT: (d) => ({ createdAt: d }),
};

/** A supplier token only ever sees its own profile. */
export function scopedToSupplier<T>(ctx: Ctx, where: FilterQuery<T>, supplierPath: string): FilterQuery<T> {
  const own = partnerScope(ctx.viewer);
  return own === null ? where : ({ $and: [where, { [supplierPath]: own }] } as FilterQuery<T>);
}

export async function listSuppliers(ctx: Ctx, args: PageArgs & { where?: SupplierFilterInput | null; sort?: { field: SupplierSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<SupplierProfile>[] = [];
  if (f.search?.trim()) conditions.push({ $or: [{ partner: { name: contains(ctx.em, f.search) } }, { partner: { code: contains(ctx.em, f.search) } }, { categoriesText: contains(ctx.em, f.search) }] });
  if (f.status) conditions.push({ status: f.status });
  if (f.grade) conditions.push({ grade: f.grade });
  if (f.active != null) conditions.push({ partner: { active: f.active } });
  if (f.category?.trim()) conditions.push({ categoriesText: { $like: `%|${f.category.trim().replace(/[|%_]/g, '')}|%` } });
  if (f.skuId) {
    const rows = await ctx.em.find(SupplierSku, { sku: Number(f.skuId) }, { fields: ['supplier'] });
    conditions.push({ partner: { $in: rows.map((r) => r.supplier.id) } });
  }
  const sort = args.sort ?? { field: 'NAME' as const, direction: SortDirection.ASC };
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  const where = scopedToSupplier<SupplierProfile>(ctx, conditions.length ? { $and: conditions } : {}, 'partner');
  return paginate(ctx.em, SupplierProfile, { ...args, where, orderBy: [SORT[sort.field](dir), { id: dir }] as never });
}

/** One supplier by its partner id (null for another supplier when called with a supplier token). */
export function getSupplier(ctx: Ctx, partnerId: string): Promise<SupplierProfile | null> {
  return ctx.em.findOne(SupplierProfile, scopedToSupplier<SupplierProfile>(ctx, { partner: Number(partnerId) }, 'partner'));
}

export interface SupplierProfileInput {
  partnerId: string; grade?: SupplierGrade | null; status?: SupplierStatus | null; paymentTerms?: string | null;
  categories?: string[] | null; contacts?: SupplierContact[] | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s-]{4,39}$/;

function checkProfile(check: Check, input: SupplierProfileInput) {
  (input.contacts ?? []).forEach((c, i) => {
    check.when(!c.name?.trim(), `contacts.${i}.name`, 'A contact needs a name', 'REQUIRED');
    check.when(!!c.email && !EMAIL.test(c.email), `contacts.${i}.email`, 'E-mail is not valid');
    check.when(!!c.phone && !PHONE.test(c.phone), `contacts.${i}.phone`, 'Phone is not valid');
  });
  check.when((input.contacts ?? []).length > 20, 'contacts', 'At most 20 contacts');
  (input.categories ?? []).forEach((c, i) => check.when(!c.trim() || c.includes('|') || c.length > 40, `categories.${i}`, 'A category is 1–40 characters without `|`'));
  check.when((input.paymentTerms ?? '').length > 200, 'paymentTerms', 'At most 200 characters');
}

/** Creates or changes the profile of a supplier partner; omitted fields stay as they are. */
export async function saveSupplierProfile(ctx: Ctx, input: SupplierProfileInput) {
  const partner = await ctx.em.findOne(Partner, Number(input.partnerId));
  if (!partner) throw UserError.of('NOT_FOUND', 'No such partner', 'partnerId');
  if (partner.type !== PartnerType.SUPPLIER) throw UserError.of('INVALID', 'The partner is not a supplier', 'partnerId');
  const check = new Check();
  checkProfile(check, input);
  check.throwIfAny();
  const existing = await ctx.em.findOne(SupplierProfile, { partner: partner.id });
  const profile = existing ?? ctx.em.create(SupplierProfile, { partner });
  const before = { grade: profile.grade, status: profile.status, paymentTerms: profile.paymentTerms, categories: profile.categories, contacts: profile.contacts };
  if (input.grade) profile.grade = input.grade;
  if (input.status) profile.status = input.status;
  if (input.paymentTerms != null) profile.paymentTerms = input.paymentTerms.trim() || undefined;
  if (input.categories) profile.categoriesText = encodeCategories(input.categories);
  if (input.contacts) profile.contacts = input.contacts.map((c) => ({ name: c.name.trim(), role: c.role?.trim() || null, phone: c.phone?.trim() || null, email: c.email?.trim() || null }));
  await ctx.em.transactional(async (tx) => {
    tx.persist(profile);
    await tx.flush();
    const after = { grade: profile.grade, status: profile.status, paymentTerms: profile.paymentTerms, categories: profile.categories, contacts: profile.contacts };
    if (!existing || before.status !== profile.status) recordTransition(ctx, tx, { type: 'SupplierProfile', id: profile.id }, existing ? before.status : null, profile.status);
    audit(ctx, tx, { operation: 'saveSupplierProfile', entityType: 'SupplierProfile', entityId: profile.id, summary: `${partner.code}: ${existing ? describeChanges(before, after) : 'profile created'}` });
  });
  return { supplier: profile };
}

export function encodeCategories(categories: string[]): string {
  const unique = [...new Set(categories.map((c) => c.trim()).filter(Boolean))];
  return unique.length ? `|${unique.join('|')}|` : '';
}
