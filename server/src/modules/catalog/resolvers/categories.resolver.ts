import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Category } from '../entities/category.entity.js';
import { CategoryPayload } from '../types/catalog.types.js';
import { CreateCategoryInput, MoveCategoryInput, UpdateCategoryInput } from '../inputs/category.inputs.js';
import { categoryIndexOf } from '../services/category-index.js';
import * as categories from '../services/categories.service.js';

@Resolver()
export class CategoriesResolver {
  @Allow('product:read')
  @Query(() => [Category], { description: 'Every category (a short list) with `parentId`, so the client builds the tree; ordered by sortOrder. Needs `product:read`.' })
  categories(@Context() ctx: Ctx) {
    return categories.listCategories(ctx);
  }

  @Allow('product:write')
  @Mutation(() => CategoryPayload, { description: 'Creates a category. Needs `product:write`.' })
  createCategory(@Context() ctx: Ctx, @Arg('input', () => CreateCategoryInput, { description: 'The new category.' }) input: CreateCategoryInput) {
    return toPayload(() => categories.createCategory(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => CategoryPayload, { description: 'Renames or reorders a category. Needs `product:write`.' })
  updateCategory(@Context() ctx: Ctx, @Arg('input', () => UpdateCategoryInput, { description: 'The changes.' }) input: UpdateCategoryInput) {
    return toPayload(() => categories.updateCategory(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => CategoryPayload, { description: 'Moves a category with its subtree under another parent (CYCLE if under itself). Needs `product:write`.' })
  moveCategory(@Context() ctx: Ctx, @Arg('input', () => MoveCategoryInput, { description: 'Category and new parent.' }) input: MoveCategoryInput) {
    return toPayload(() => categories.moveCategory(ctx, input));
  }
}

async function countProductsByCategory(ctx: Ctx, ids: readonly number[]): Promise<Map<number, number>> {
  const rows: { id: number; n: number | string }[] = await ctx.em.getConnection().execute(
    `select category_id as id, count(*) as n from products where category_id in (${ids.map(() => '?').join(',')}) group by category_id`, [...ids],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

@Resolver(() => Category)
export class CategoryFieldsResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The parent category’s id; null at the top.' })
  parentId(@Root() category: Category): string | null {
    return category.parent ? String(category.parent.id) : null;
  }

  @FieldResolver(() => String, { description: 'Names from the top down, e.g. `茶叶/乌龙茶` (the CSV `category_path`).' })
  async path(@Root() category: Category, @Context() ctx: Ctx): Promise<string> {
    return (await categoryIndexOf(ctx)).pathOf(category.id).join('/');
  }

  @FieldResolver(() => Int, { description: 'Products directly in this category (not in its subcategories).' })
  productCount(@Root() category: Category, @Context() ctx: Ctx) {
    return loader<number, number>(ctx, 'category.productCount', (ids) => countProductsByCategory(ctx, ids), 0).load(category.id);
  }
}
