import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Category } from '../entities/category.entity.js';
import { Product } from '../entities/product.entity.js';
import { ProductImage } from '../entities/product-image.entity.js';
import { Sku } from '../entities/sku.entity.js';
import { NameValue } from '../types/catalog.types.js';
import { toPairs } from '../services/name-value.js';
import { imageUrl } from '../services/images.service.js';

// Relations load through MikroORM's dataloader (enabled globally): a page of N products
// costs one query per relation, not N.
async function activePrices(product: Product): Promise<number[]> {
  return (await product.skus.load()).getItems().filter((s) => s.active).map((s) => s.priceFen);
}

@Resolver(() => Product)
export class ProductFieldsResolver {
  @FieldResolver(() => Category, { nullable: true, description: 'The category.' })
  category(@Root() product: Product) {
    return product.category?.load() ?? null;
  }

  @FieldResolver(() => [NameValue], { description: 'Attributes (产地, 年份 …), ordered by name.' })
  attributes(@Root() product: Product): NameValue[] {
    return toPairs(product.attributes);
  }

  @FieldResolver(() => [Sku], { description: 'The SKUs, oldest first (inactive ones included).' })
  async skus(@Root() product: Product) {
    return (await product.skus.load()).getItems();
  }

  @FieldResolver(() => [ProductImage], { description: 'The pictures, main picture first.' })
  async images(@Root() product: Product) {
    return (await product.images.load()).getItems();
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Lowest price of its active SKUs, in fen; null without active SKUs.' })
  async minPriceFen(@Root() product: Product) {
    const prices = await activePrices(product);
    return prices.length ? Math.min(...prices) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Highest price of its active SKUs, in fen; null without active SKUs.' })
  async maxPriceFen(@Root() product: Product) {
    const prices = await activePrices(product);
    return prices.length ? Math.max(...prices) : null;
  }
}

@Resolver(() => Sku)
export class SkuFieldsResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() sku: Sku) {
    return sku.product.load();
  }

  @FieldResolver(() => [NameValue], { description: 'Spec values (规格, 包装 …), ordered by name.' })
  spec(@Root() sku: Sku): NameValue[] {
    return toPairs(sku.spec);
  }
}

@Resolver(() => ProductImage)
export class ProductImageFieldsResolver {
  @FieldResolver(() => String, { description: 'Where to load the picture: `/files/products/<productId>/<file>` on this server.' })
  url(@Root() image: ProductImage): string {
    return imageUrl(image);
  }
}
