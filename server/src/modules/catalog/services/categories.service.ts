import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { Category } from '../entities/category.entity.js';
import { CategoryIndex } from './category-index.js';

const MAX_DEPTH = 5;

export function listCategories(ctx: Ctx): Promise<Category[]> {
  return ctx.em.find(Category, {}, { orderBy: { sortOrder: 'asc', id: 'asc' } });
}

/** A category name: required, short, no `/` (the CSV path separator). */
export function checkCategoryName(check: Check, name: string | null | undefined, field = 'name'): string {
  const trimmed = (name ?? '').trim();
  check.when(!trimmed, field, 'Name is required', 'REQUIRED');
  check.when(trimmed.length > 30, field, 'Name must be at most 30 characters');
  check.when(trimmed.includes('/'), field, 'Name cannot contain / (it separates levels in category paths)');
  return trimmed;
}

function checkSiblingName(check: Check, index: CategoryIndex, parentId: number | null, name: string, selfId?: number) {
  const clash = index.childrenOf(parentId).some((c) => c.name === name && c.id !== selfId);
  check.when(!!name && clash, 'name', `A category named ${name} already exists here`, 'DUPLICATE');
}

function depthBelow(index: CategoryIndex, id: number): number {
  const below = index.childrenOf(id).map((c) => depthBelow(index, c.id));
  return 1 + Math.max(0, ...below);
}

export async function createCategory(ctx: Ctx, input: { name: string; parentId?: string | null; sortOrder?: number | null }) {
  const index = await CategoryIndex.load(ctx.em);
  const check = new Check();
  const name = checkCategoryName(check, input.name);
  const parentId = input.parentId ? Number(input.parentId) : null;
  if (parentId !== null && !index.byId.has(parentId)) throw UserError.of('NOT_FOUND', 'No such parent category', 'parentId');
  checkSiblingName(check, index, parentId, name);
  check.when(parentId !== null && index.pathOf(parentId).length >= MAX_DEPTH, 'parentId', `Categories go at most ${MAX_DEPTH} levels deep`);
  check.throwIfAny();

  return ctx.em.transactional(async (tx) => {
    const category = tx.create(Category, { name, parent: parentId ?? undefined, sortOrder: input.sortOrder ?? 0 } as never);
    await tx.flush();
    audit(ctx, tx, { operation: 'createCategory', entityType: 'Category', entityId: category.id, summary: `created ${[...(parentId ? index.pathOf(parentId) : []), name].join('/')}` });
    return { category };
  });
}

// Updates check and write in one transaction: a refused change is rolled back, and the ORM's
// auto-flush before a later query can never write it.
export async function updateCategory(ctx: Ctx, input: { id: string; name?: string | null; sortOrder?: number | null }) {
  return ctx.em.transactional(async (tx) => {
    const category = await tx.findOne(Category, Number(input.id));
    if (!category) throw UserError.of('NOT_FOUND', 'No such category', 'id');
    const index = await CategoryIndex.load(tx);
    const check = new Check();
    const before = { name: category.name, sortOrder: category.sortOrder };
    const name = input.name != null ? checkCategoryName(check, input.name) : category.name;
    if (input.name != null) checkSiblingName(check, index, category.parent?.id ?? null, name, category.id);
    check.throwIfAny();
    category.name = name;
    if (input.sortOrder != null) category.sortOrder = input.sortOrder;
    audit(ctx, tx, { operation: 'updateCategory', entityType: 'Category', entityId: category.id, summary: describeChanges(before, { name: category.name, sortOrder: category.sortOrder }) });
    return { category };
  });
}

/** Moves a category (with its subtree) under another parent; a move under itself or its own descendant is a cycle. */
export async function moveCategory(ctx: Ctx, input: { id: string; parentId?: string | null; sortOrder?: number | null }) {
  return ctx.em.transactional(async (tx) => {
    const category = await tx.findOne(Category, Number(input.id));
    if (!category) throw UserError.of('NOT_FOUND', 'No such category', 'id');
    const index = await CategoryIndex.load(tx);
    const parentId = input.parentId ? Number(input.parentId) : null;
    if (parentId !== null && !index.byId.has(parentId)) throw UserError.of('NOT_FOUND', 'No such parent category', 'parentId');
    if (parentId !== null && index.subtreeIds(category.id).includes(parentId)) {
      throw UserError.of('CYCLE', 'A category cannot move under itself or one of its own subcategories', 'parentId');
    }
    const check = new Check();
    checkSiblingName(check, index, parentId, category.name, category.id);
    const newDepth = (parentId === null ? 0 : index.pathOf(parentId).length) + depthBelow(index, category.id);
    check.when(newDepth > MAX_DEPTH, 'parentId', `Categories go at most ${MAX_DEPTH} levels deep`);
    check.throwIfAny();

    const from = index.pathOf(category.id).join('/');
    category.parent = (parentId === null ? null : tx.getReference(Category, parentId)) as never;
    if (input.sortOrder != null) category.sortOrder = input.sortOrder;
    const to = [...(parentId === null ? [] : index.pathOf(parentId)), category.name].join('/');
    audit(ctx, tx, { operation: 'moveCategory', entityType: 'Category', entityId: category.id, summary: `moved ${from} → ${to}` });
    return { category };
  });
}
