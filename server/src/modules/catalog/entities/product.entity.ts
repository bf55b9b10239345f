import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Category } from './category.entity.js';
import { Sku } from './sku.entity.js';
import { ProductImage } from './product-image.entity.js';

export enum ListingStatus { ON_SHELF = 'ON_SHELF', OFF_SHELF = 'OFF_SHELF' }
registerEnumType(ListingStatus, { name: 'ListingStatus', description: 'Whether a product is listed for sale.', valuesConfig: { ON_SHELF: { description: 'Listed (上架).' }, OFF_SHELF: { description: 'Not listed (下架).' } } });

/** The 2-7-1 price structure: about 20 % traffic items, 70 % volume items, 10 % image items. */
export enum PriceTier { TRAFFIC = 'TRAFFIC', VOLUME = 'VOLUME', IMAGE = 'IMAGE' }
registerEnumType(PriceTier, {
  name: 'PriceTier', description: 'Role of a product in the 2-7-1 price structure.',
  valuesConfig: { TRAFFIC: { description: 'Low-priced traffic item (引流款), target 20 %.' }, VOLUME: { description: 'Mid-priced volume item (走量款), target 70 %.' }, IMAGE: { description: 'High-priced image item (形象款), target 10 %.' } },
});

/** A product (商品) with its SKUs; the title is what buyers search, so it is keyword-rich and length-checked. */
@ObjectType({ description: 'A product with its SKUs. Needs `product:read`.' })
@Entity({ tableName: 'products' })
@Index({ properties: ['createdAt'] })
export class Product extends BaseEntity<'listingStatus' | 'showcase' | 'attributes' | 'priceTier'> {
  @Field(() => String, { description: 'The shop’s product code (货号), unique.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Listing title, keyword-rich, at most 60 characters (Taobao’s limit is 30 Chinese characters = 60 bytes).' })
  @Property({ type: 'string', length: 120 })
  @Index()
  title!: string;

  @ManyToOne(() => Category, { nullable: true, ref: true, index: true })
  category?: Ref<Category>;

  /** Free-form attributes (产地, 年份, 净含量 …) as name → value. */
  @Property({ type: 'json' })
  attributes: Record<string, string> = {};

  @Field(() => String, { nullable: true, description: 'Description for the product page and a training note for customer service.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => ListingStatus, { description: 'On or off the shelf.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  listingStatus: ListingStatus = ListingStatus.OFF_SHELF;

  @Field(() => Boolean, { description: 'Shown in the shop window (橱窗推荐).' })
  @Property({ type: 'boolean', default: false })
  @Index()
  showcase: boolean = false;

  @Field(() => PriceTier, { description: 'Role in the 2-7-1 price structure.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  priceTier: PriceTier = PriceTier.VOLUME;

  @OneToMany(() => Sku, (sku) => sku.product, { orderBy: { id: 'asc' } })
  skus = new Collection<Sku>(this);

  @OneToMany(() => ProductImage, (image) => image.product, { orderBy: { sortOrder: 'asc', id: 'asc' } })
  images = new Collection<ProductImage>(this);
}
