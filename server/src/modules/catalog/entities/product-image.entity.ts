import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Product } from './product.entity.js';

/** A product picture, stored as a file under `<DATA_DIR>/uploads/`. */
@ObjectType({ description: 'A product picture. Needs `product:read`.' })
@Entity({ tableName: 'product_images' })
@Index({ properties: ['product', 'sortOrder'] })
export class ProductImage extends BaseEntity<'sortOrder'> {
  @ManyToOne(() => Product, { ref: true, deleteRule: 'cascade' })
  product!: Ref<Product>;

  @Field(() => String, { description: 'The name the file was uploaded with.' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: '`image/jpeg`, `image/png` or `image/webp`, from the file’s bytes.' })
  @Property({ type: 'string', length: 40 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Relative to `<DATA_DIR>/uploads`: `products/<productId>/<random>.<ext>`. */
  @Property({ type: 'string', length: 300 })
  storagePath!: string;

  @Field(() => Int, { description: 'Position among the product’s pictures; the first is the main picture.' })
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;
}
