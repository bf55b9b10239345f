import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Category } from '../entities/category.entity.js';
import { PriceTier, Product } from '../entities/product.entity.js';
import { ProductImage } from '../entities/product-image.entity.js';

@ObjectType({ description: 'A name/value pair of a spec or an attribute, e.g. 规格 = 250g.' })
export class NameValue {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Value.' })
  value!: string;
}

@ObjectType({ description: 'A page of products.' })
export class ProductConnection extends ConnectionType(Product, 'Product', 'product') {}

@ObjectType({ description: 'Result of a mutation on a category.' })
export class CategoryPayload {
  @Field(() => Category, { nullable: true, description: 'The category after the change; null on failure.' })
  category?: Category | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND, CYCLE.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on a product.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product after the change; null on failure.' })
  product?: Product | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, DUPLICATE, NOT_FOUND.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of a mutation on several products.' })
export class ProductsPayload {
  @Field(() => [Product], { nullable: true, description: 'The products after the change; null on failure.' })
  products?: Product[] | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND, NO_ACTIVE_SKU.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of `addProductImage` and `removeProductImage`.' })
export class ProductImagePayload {
  @Field(() => ProductImage, { nullable: true, description: 'The picture added or removed; null on failure.' })
  image?: ProductImage | null;

  @Field(() => Product, { nullable: true, description: 'The product with its pictures after the change.' })
  product?: Product | null;

  @Field(() => [FieldError], { description: 'Expected failures: INVALID, TOO_LARGE, NOT_FOUND, LIMIT.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'One price tier in the 2-7-1 mix.' })
export class TierShare {
  @Field(() => PriceTier, { description: 'The tier.' })
  tier!: PriceTier;

  @Field(() => Int, { description: 'On-shelf products in the tier.' })
  count!: number;

  @Field(() => Float, { description: 'Share of on-shelf products, in percent (0–100, one decimal).' })
  share!: number;

  @Field(() => Float, { description: 'Target share in percent: 20, 70 or 10.' })
  target!: number;

  @Field(() => Float, { description: 'Share minus target, in percentage points (negative: too few).' })
  deviation!: number;
}

@ObjectType({ description: 'The 2-7-1 price structure of the products on the shelf against its 20/70/10 target.' })
export class TierMixReport {
  @Field(() => Int, { description: 'On-shelf products counted.' })
  total!: number;

  @Field(() => [TierShare], { description: 'TRAFFIC, VOLUME and IMAGE, in that order.' })
  tiers!: TierShare[];

  @Field(() => Boolean, { description: 'True when every tier is within 5 percentage points of its target.' })
  balanced!: boolean;
}
