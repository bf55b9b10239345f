import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Product } from '../entities/product.entity.js';
import { ProductConnection, ProductPayload, ProductsPayload, TierMixReport } from '../types/catalog.types.js';
import { CreateProductInput, ProductFilter, ProductSort, SetListingStatusInput, SetShowcaseInput, UpdateProductInput } from '../inputs/product.inputs.js';
import * as products from '../services/products.service.js';
import * as writes from '../services/product-write.service.js';
import * as listing from '../services/listing.service.js';
import { tierMix } from '../services/tier-mix.service.js';
import { productsCsv } from '../services/product-export.service.js';

@Resolver()
export class ProductsResolver {
  @Allow('product:read')
  @Query(() => ProductConnection, { description: 'Products, paged, searched (code, title, SKU code, barcode), filtered and sorted. Needs `product:read`.' })
  products(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ProductFilter, { nullable: true, description: 'Filters.' }) where?: ProductFilter,
    @Arg('sort', () => ProductSort, { nullable: true, description: 'Sort order (default: code ascending).' }) sort?: ProductSort,
  ) {
    return products.listProducts(ctx, { ...page, where, sort });
  }

  @Allow('product:read')
  @Query(() => Product, { nullable: true, description: 'One product. Needs `product:read`.' })
  product(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Product id.' }) id: string) {
    return products.getProduct(ctx, id);
  }

  @Allow('product:read')
  @Query(() => String, { description: 'The product list as CSV (UTF-8 with BOM, one line per SKU), same filters and sort as `products`, up to 10,000 products. Needs `product:read`.' })
  productsCsv(
    @Context() ctx: Ctx,
    @Arg('where', () => ProductFilter, { nullable: true, description: 'Filters, as for `products`.' }) where?: ProductFilter,
    @Arg('sort', () => ProductSort, { nullable: true, description: 'Sort order, as for `products`.' }) sort?: ProductSort,
  ) {
    return productsCsv(ctx, where, sort);
  }

  @Allow('product:read')
  @Query(() => TierMixReport, { description: 'The 2-7-1 mix of on-shelf products: count and share per price tier against 20/70/10 %. Needs `product:read`.' })
  priceTierMix(@Context() ctx: Ctx) {
    return tierMix(ctx);
  }

  @Allow('product:write')
  @Mutation(() => ProductPayload, { description: 'Creates a product with its SKUs and their first prices (off the shelf). Needs `product:write`.' })
  createProduct(@Context() ctx: Ctx, @Arg('input', () => CreateProductInput, { description: 'The new product.' }) input: CreateProductInput) {
    return toPayload(() => writes.createProduct(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => ProductPayload, { description: 'Changes a product, adds SKUs and changes SKUs (never prices: see `proposePriceChange`). Needs `product:write`.' })
  updateProduct(@Context() ctx: Ctx, @Arg('input', () => UpdateProductInput, { description: 'The changes.' }) input: UpdateProductInput) {
    return toPayload(() => writes.updateProduct(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => ProductsPayload, { description: 'Puts products on or off the shelf (上架/下架), all or none. Needs `product:write`.' })
  setListingStatus(@Context() ctx: Ctx, @Arg('input', () => SetListingStatusInput, { description: 'Products and status.' }) input: SetListingStatusInput) {
    return toPayload(() => listing.setListingStatus(ctx, input));
  }

  @Allow('product:write')
  @Mutation(() => ProductsPayload, { description: 'Sets or clears the showcase flag (橱窗推荐) of products. Needs `product:write`.' })
  setShowcase(@Context() ctx: Ctx, @Arg('input', () => SetShowcaseInput, { description: 'Products and flag.' }) input: SetShowcaseInput) {
    return toPayload(() => listing.setShowcase(ctx, input));
  }
}
