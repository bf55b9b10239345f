import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { ListingStatus, PriceTier, Product } from '../entities/product.entity.js';
import { categoryIndexOf } from './category-index.js';

export interface ProductFilterInput {
  search?: string | null; categoryId?: string | null; listingStatus?: ListingStatus | null; priceTier?: PriceTier | null; showcase?: boolean | null;
}
export type ProductSortField = 'CODE' | 'TITLE' | 'CREATED_AT' | 'UPDATED_AT';
export interface ProductSortInput { field: ProductSortField; direction: SortDirection }
const SORT_COLUMNS: Record<ProductSortField, keyof Product> = { CODE: 'code', TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' };


/** The list's filter as an ORM condition; shared by the page, the CSV export and nothing else. */
export async function productWhere(ctx: Ctx, f: ProductFilterInput | null | undefined): Promise<FilterQuery<Product>> {
  const conditions: FilterQuery<Product>[] = [];
  if (f?.search?.trim()) {
    const like = contains(ctx.em, f.search);
    // SKU matches become an `id in (select …)` subquery, so a product with many matching SKUs is still one row.
    conditions.push({ $or: [{ code: like }, { title: like }, { skus: { $some: { $or: [{ code: like }, { barcode: like }] } } }] });
  }
  if (f?.categoryId) {
    const index = await categoryIndexOf(ctx);
    conditions.push({ category: { $in: index.subtreeIds(Number(f.categoryId)) } });
  }
  if (f?.listingStatus) conditions.push({ listingStatus: f.listingStatus });
  if (f?.priceTier) conditions.push({ priceTier: f.priceTier });
  if (f?.showcase != null) conditions.push({ showcase: f.showcase });
  return conditions.length ? { $and: conditions } : {};
}

export function productOrder(sort: ProductSortInput | null | undefined) {
  const s = sort ?? { field: 'CODE' as const, direction: SortDirection.ASC };
  const dir = s.direction === SortDirection.DESC ? 'desc' : 'asc';
  return [{ [SORT_COLUMNS[s.field]]: dir }, { id: dir }] as never;
}

export async function listProducts(ctx: Ctx, args: PageArgs & { where?: ProductFilterInput | null; sort?: ProductSortInput | null }) {
  return paginate(ctx.em, Product, { ...args, where: await productWhere(ctx, args.where), orderBy: productOrder(args.sort) });
}

export function getProduct(ctx: Ctx, id: string): Promise<Product | null> {
  return ctx.em.findOne(Product, { id: Number(id) });
}
