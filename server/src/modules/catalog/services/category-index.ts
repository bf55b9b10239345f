import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { Category } from '../entities/category.entity.js';

export interface CategoryNode { id: number; name: string; parentId: number | null }

/** The whole category tree in memory: a shop has tens or hundreds of categories, one query loads them. */
export class CategoryIndex {
  readonly byId = new Map<number, CategoryNode>();
  private readonly children = new Map<number | null, CategoryNode[]>();

  constructor(nodes: CategoryNode[]) {
    for (const node of nodes) {
      this.byId.set(node.id, node);
      const siblings = this.children.get(node.parentId) ?? [];
      siblings.push(node);
      this.children.set(node.parentId, siblings);
    }
  }

  static async load(em: EntityManager): Promise<CategoryIndex> {
    const rows = await em.find(Category, {}, { orderBy: { sortOrder: 'asc', id: 'asc' } });
    return new CategoryIndex(rows.map((c) => ({ id: c.id, name: c.name, parentId: c.parent?.id ?? null })));
  }

  childrenOf(parentId: number | null): CategoryNode[] {
    return this.children.get(parentId) ?? [];
  }

  /** The category and every category under it. */
  subtreeIds(id: number): number[] {
    const out: number[] = [];
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (out.includes(next)) continue; // defensive: a corrupt tree must not loop forever
      out.push(next);
      for (const child of this.childrenOf(next)) stack.push(child.id);
    }
    return out;
  }

  /** Names from the root down, e.g. ["茶叶", "乌龙茶"]. */
  pathOf(id: number): string[] {
    const names: string[] = [];
    const seen = new Set<number>();
    let node = this.byId.get(id);
    while (node && !seen.has(node.id)) {
      seen.add(node.id);
      names.unshift(node.name);
      node = node.parentId == null ? undefined : this.byId.get(node.parentId);
    }
    return names;
  }

  /** The category at a path of names, if it exists. */
  findByPath(names: string[]): CategoryNode | undefined {
    let parentId: number | null = null;
    let found: CategoryNode | undefined;
    for (const name of names) {
      found = this.childrenOf(parentId).find((c) => c.name === name);
      if (!found) return undefined;
      parentId = found.id;
    }
    return found;
  }
}

/** The index for this request, loaded once on first use (field resolvers share it). */
export function categoryIndexOf(ctx: Ctx): Promise<CategoryIndex> {
  const key = 'catalog.categoryIndex';
  let index = ctx.loaders.get(key) as Promise<CategoryIndex> | undefined;
  if (!index) {
    index = CategoryIndex.load(ctx.em);
    ctx.loaders.set(key, index);
  }
  return index;
}
