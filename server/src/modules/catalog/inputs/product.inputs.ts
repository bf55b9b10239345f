import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { ListingStatus, PriceTier } from '../entities/product.entity.js';

@InputType({ description: 'A name/value pair of a spec or an attribute, e.g. 规格 = 250g.' })
export class NameValueInput {
  @Field(() => String, { description: 'Name, e.g. 规格 or 产地.' })
  name!: string;

  @Field(() => String, { description: 'Value, e.g. 250g or 福建安溪.' })
  value!: string;
}

@InputType({ description: 'A new SKU. Its prices are set here once (audited); later changes go through `proposePriceChange`.' })
export class NewSkuInput {
  @Field(() => String, { description: 'SKU code, unique: letters, digits, `.`, `_`, `-`, at most 60.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Barcode, unique when given: 4–40 letters, digits or dashes.' })
  barcode?: string | null;

  @Field(() => [NameValueInput], { description: 'Spec values (颜色, 规格 …); each SKU of a product has a different spec.' })
  spec!: NameValueInput[];

  @Field(() => Int, { description: 'Shipping weight in grams, more than 0.' })
  weightGrams!: number;

  @Field(() => Int, { description: 'Price in fen (integer, ≥ 0).' })
  priceFen!: number;

  @Field(() => Int, { nullable: true, description: 'VIP price in fen, at most the price.' })
  vipPriceFen?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'A gift item (default false).' })
  isGift?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Sold (default true).' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to an existing SKU; omitted fields stay as they are. Prices are not here: they change through approvals.' })
export class SkuChangesInput {
  @Field(() => ID, { description: 'The SKU; it must belong to the product.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New SKU code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New barcode; an empty string removes it.' })
  barcode?: string | null;

  @Field(() => [NameValueInput], { nullable: true, description: 'Replaces the spec.' })
  spec?: NameValueInput[] | null;

  @Field(() => Int, { nullable: true, description: 'Shipping weight in grams.' })
  weightGrams?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'A gift item.' })
  isGift?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops selling it; its history stays.' })
  active?: boolean | null;
}

@InputType({ description: 'Input of `createProduct`. The product starts off the shelf.' })
export class CreateProductInput {
  @Field(() => String, { description: 'Product code (货号), unique: letters, digits, `.`, `_`, `-`, at most 40.' })
  code!: string;

  @Field(() => String, { description: 'Listing title: at most 60 by Taobao’s count (a Chinese character counts 2).' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'Category.' })
  categoryId?: string | null;

  @Field(() => [NameValueInput], { nullable: true, description: 'Attributes (产地, 年份 …).' })
  attributes?: NameValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'Description, at most 5,000 characters.' })
  description?: string | null;

  @Field(() => PriceTier, { nullable: true, description: 'Role in the 2-7-1 price structure (default VOLUME).' })
  priceTier?: PriceTier | null;

  @Field(() => [NewSkuInput], { description: 'Its SKUs (at most 100).' })
  skus!: NewSkuInput[];
}

@InputType({ description: 'Input of `updateProduct`; omitted fields stay as they are.' })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New product code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New title (same length rule as on create).' })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'New category; null clears it.' })
  categoryId?: string | null;

  @Field(() => [NameValueInput], { nullable: true, description: 'Replaces the attributes.' })
  attributes?: NameValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => PriceTier, { nullable: true, description: 'New price tier.' })
  priceTier?: PriceTier | null;

  @Field(() => [NewSkuInput], { nullable: true, description: 'SKUs to add.' })
  addSkus?: NewSkuInput[] | null;

  @Field(() => [SkuChangesInput], { nullable: true, description: 'Changes to existing SKUs.' })
  updateSkus?: SkuChangesInput[] | null;
}

@InputType({ description: 'Input of `setListingStatus`.' })
export class SetListingStatusInput {
  @Field(() => [ID], { description: 'Products to put on or take off the shelf (at most 100).' })
  productIds!: string[];

  @Field(() => ListingStatus, { description: 'ON_SHELF needs at least one active SKU.' })
  status!: ListingStatus;
}

@InputType({ description: 'Input of `setShowcase`.' })
export class SetShowcaseInput {
  @Field(() => [ID], { description: 'Products (at most 100).' })
  productIds!: string[];

  @Field(() => Boolean, { description: 'Shown in the shop window (橱窗推荐) or not.' })
  showcase!: boolean;
}

@InputType({ description: 'Filters for `products` and `productsCsv`; all given conditions must hold.' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the product code or title, or of a SKU code or barcode.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this category and the categories under it.' })
  categoryId?: string | null;

  @Field(() => ListingStatus, { nullable: true, description: 'Only on or only off the shelf.' })
  listingStatus?: ListingStatus | null;

  @Field(() => PriceTier, { nullable: true, description: 'Only this price tier.' })
  priceTier?: PriceTier | null;

  @Field(() => Boolean, { nullable: true, description: 'Only showcase (true) or non-showcase (false) products.' })
  showcase?: boolean | null;
}

export enum ProductSortField { CODE = 'CODE', TITLE = 'TITLE', CREATED_AT = 'CREATED_AT', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(ProductSortField, { name: 'ProductSortField', description: 'Columns `products` can be sorted by.' });

@InputType({ description: 'Sort order of `products`.' })
export class ProductSort {
  @Field(() => ProductSortField, { description: 'Column.' })
  field!: ProductSortField;

  @Field(() => SortDirection, { description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Input of `addProductImage`.' })
export class AddProductImageInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { description: 'The file’s name, for display.' })
  fileName!: string;

  @Field(() => String, { description: '`image/jpeg`, `image/png` or `image/webp`; must match the file’s bytes.' })
  contentType!: string;

  @Field(() => String, { description: 'The file, base64-encoded (a `data:` URL prefix is allowed); at most 2 MB decoded.' })
  base64!: string;
}

@InputType({ description: 'Input of `removeProductImage`.' })
export class RemoveProductImageInput {
  @Field(() => ID, { description: 'The picture.' })
  id!: string;
}
