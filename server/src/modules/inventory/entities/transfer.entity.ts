import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from './warehouse.entity.js';

export enum TransferStatus { DRAFT = 'DRAFT', SHIPPED = 'SHIPPED', RECEIVED = 'RECEIVED', CLOSED = 'CLOSED', CANCELLED = 'CANCELLED' }
registerEnumType(TransferStatus, {
  name: 'TransferStatus', description: 'State of a transfer between warehouses.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; can be edited or cancelled.' },
    SHIPPED: { description: 'Left the source warehouse; in transit.' },
    RECEIVED: { description: 'Arrived; shortfalls recorded as variances.' },
    CLOSED: { description: 'Reviewed and closed.' },
    CANCELLED: { description: 'Cancelled before shipping.' },
  },
});

/** A transfer (调拨单) of stock from one warehouse to another. */
@ObjectType({ description: 'A stock transfer between warehouses. Needs `stock:read`.' })
@Entity({ tableName: 'transfers' })
export class Transfer extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Document number, e.g. `TR-20261123-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  fromWarehouse!: Ref<Warehouse>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  toWarehouse!: Ref<Warehouse>;

  @Field(() => TransferStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: TransferStatus = TransferStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @OneToMany(() => TransferLine, (line) => line.transfer, { orderBy: { id: 'asc' } })
  lines = new Collection<TransferLine>(this);
}

/** One SKU on a transfer: sent and received quantities; the difference is the variance. */
@ObjectType({ description: 'A line of a transfer.' })
@Entity({ tableName: 'transfer_lines' })
export class TransferLine extends BaseEntity {
  @ManyToOne(() => Transfer, { ref: true, index: true, deleteRule: 'cascade' })
  transfer!: Ref<Transfer>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => Int, { description: 'Units sent.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { nullable: true, description: 'Units received; null until received.' })
  @Property({ type: 'integer', nullable: true })
  receivedQuantity?: number;

  @Field(() => Int, { nullable: true, description: 'Received − sent (negative = shortfall); null until received.' })
  get variance(): number | null {
    return this.receivedQuantity == null ? null : this.receivedQuantity - this.quantity;
  }
}
