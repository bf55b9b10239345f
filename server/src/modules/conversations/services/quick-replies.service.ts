import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { and, isPartnerCaller } from '../../customers/services/scope.js';
import { QuickReply } from '../entities/quick-reply.entity.js';
import { QuickReplyKind } from '../entities/enums.js';

type Fields = { kind?: QuickReplyKind | null; category?: string | null; title?: string | null; content?: string | null; keywords?: string | null; active?: boolean | null };

function checkFields(input: Fields, creating: boolean) {
  const check = new Check();
  for (const [key, label, max] of [['category', 'Category', 40], ['title', 'Title', 200], ['content', 'Content', 4000]] as const) {
    if (creating || input[key] != null) check.when(!input[key]?.trim(), key, `${label} is required`, 'REQUIRED');
    check.when((input[key] ?? '').length > max, key, `${label} must be at most ${max} characters`);
  }
  check.when((input.keywords ?? '').length > 200, 'keywords', 'Keywords must be at most 200 characters');
  check.throwIfAny();
}

export async function createQuickReply(ctx: Ctx, input: Fields & { kind: QuickReplyKind; category: string; title: string; content: string }) {
  checkFields(input, true);
  const reply = ctx.em.create(QuickReply, {
    kind: input.kind, category: input.category.trim(), title: input.title.trim(), content: input.content.trim(), keywords: input.keywords?.trim() || undefined,
    createdBy: ctx.viewer?.userId ? ctx.em.getReference(User, ctx.viewer.userId) : undefined,
  });
  return ctx.em.transactional(async (tx) => {
    tx.persist(reply);
    await tx.flush();
    audit(ctx, tx, { operation: 'createQuickReply', entityType: 'QuickReply', entityId: reply.id, summary: `${reply.kind} ${reply.category}: ${reply.title}` });
    return { quickReply: reply };
  });
}

export async function updateQuickReply(ctx: Ctx, input: Fields & { id: string }) {
  const reply = await ctx.em.findOne(QuickReply, Number(input.id));
  if (!reply) throw UserError.of('NOT_FOUND', 'No such quick reply', 'id');
  checkFields(input, false);
  const before = { kind: reply.kind, category: reply.category, title: reply.title, content: reply.content, keywords: reply.keywords, active: reply.active };
  if (input.kind) reply.kind = input.kind;
  for (const key of ['category', 'title', 'content'] as const) if (input[key] != null) reply[key] = input[key]!.trim();
  if (input.keywords !== undefined) reply.keywords = input.keywords?.trim() || (null as never);
  if (input.active != null) reply.active = input.active;
  return ctx.em.transactional(async (tx) => {
    tx.persist(reply);
    audit(ctx, tx, { operation: 'updateQuickReply', entityType: 'QuickReply', entityId: reply.id, summary: describeChanges(before, { kind: reply.kind, category: reply.category, title: reply.title, content: reply.content, keywords: reply.keywords, active: reply.active }) });
    return { quickReply: reply };
  });
}

/** Counts a copy of the text; an atomic increment, so concurrent uses are all counted. */
export async function useQuickReply(ctx: Ctx, input: { id: string }) {
  return ctx.em.transactional(async (tx) => {
    const rows = await sql(tx, 'update quick_replies set usage_count = usage_count + 1 where id = ? and active = ? returning id', [Number(input.id), true]);
    if (!rows.length) throw UserError.of('NOT_FOUND', 'No such active quick reply', 'id');
    const quickReply = await tx.findOneOrFail(QuickReply, Number(input.id), { refresh: true });
    audit(ctx, tx, { operation: 'useQuickReply', entityType: 'QuickReply', entityId: quickReply.id, summary: `used (${quickReply.usageCount} uses)` });
    return { quickReply };
  });
}

export interface QuickReplyFilterInput { search?: string | null; category?: string | null; kind?: QuickReplyKind | null; includeInactive?: boolean | null }

/** The library, most used first: staff search title, text and keywords. */
export function listQuickReplies(ctx: Ctx, args: PageArgs & { where?: QuickReplyFilterInput | null; sort?: { field: 'USAGE' | 'TITLE'; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const text = f.search?.trim();
  const where = and<QuickReply>(
    isPartnerCaller(ctx) && { id: -1 },
    !f.includeInactive && { active: true },
    !!f.category && { category: f.category },
    !!f.kind && { kind: f.kind },
    !!text && { $or: [{ title: contains(ctx.em, text!) }, { content: contains(ctx.em, text!) }, { keywords: contains(ctx.em, text!) }] },
  ) as FilterQuery<QuickReply>;
  const sort = args.sort ?? { field: 'USAGE' as const, direction: SortDirection.DESC };
  const dir = sort.direction === SortDirection.DESC ? 'desc' : 'asc';
  return paginate(ctx.em, QuickReply, { ...args, where, orderBy: [{ [sort.field === 'USAGE' ? 'usageCount' : 'title']: dir }, { id: 'asc' }] as never });
}

/** Categories with their active entries, for the library's tabs. */
export async function quickReplyCategories(ctx: Ctx) {
  if (isPartnerCaller(ctx)) return [];
  const rows = await sql<{ category: string; n: unknown }>(ctx.em, 'select category, count(*) as n from quick_replies where active = ? group by category order by category', [true]);
  return rows.map((r) => ({ category: r.category, count: num(r.n) }));
}
