import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Customer } from './customer.entity.js';

/** One tag on a customer. A row per tag (not a JSON list) so campaigns can select by tag with an index. */
@Entity({ tableName: 'customer_tags' })
@Unique({ properties: ['customer', 'tag'] })
export class CustomerTag {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<Customer>;

  @Property({ type: 'string', length: 30 })
  @Index()
  tag!: string;
}
