import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from './warehouse.entity.js';

export enum MovementType {
  RECEIPT = 'RECEIPT',
  SALE_OUT = 'SALE_OUT',
  RETURN_IN = 'RETURN_IN',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
  STOCKTAKE_ADJUSTMENT = 'STOCKTAKE_ADJUSTMENT',
  OTHER_IN = 'OTHER_IN',
  OTHER_OUT = 'OTHER_OUT',
  GIFT_OUT = 'GIFT_OUT',
  OPENING = 'OPENING',
  PURCHASE_RETURN_OUT = 'PURCHASE_RETURN_OUT',
}
registerEnumType(MovementType, {
  name: 'MovementType', description: 'Kind of stock movement in the ledger.',
  valuesConfig: {
    RECEIPT: { description: 'Goods received from a supplier (入库).' },
    SALE_OUT: { description: 'Shipped to a buyer (销售出库).' },
    RETURN_IN: { description: 'Customer return put back into stock (退货入库).' },
    TRANSFER_OUT: { description: 'Left for another warehouse (调拨出库).' },
    TRANSFER_IN: { description: 'Arrived from another warehouse (调拨入库).' },
    STOCKTAKE_ADJUSTMENT: { description: 'Variance posted by an approved stocktake (盘点调整).' },
    OTHER_IN: { description: 'Other receipt (其他入库).' },
    OTHER_OUT: { description: 'Other issue, e.g. damage or samples (其他出库).' },
    GIFT_OUT: { description: 'Gift handed out with an order or promotion (赠品出库).' },
    OPENING: { description: 'Opening balance (期初).' },
    PURCHASE_RETURN_OUT: { description: 'Saleable goods sent back to their supplier (采购退货出库).' },
  },
});

/** One immutable ledger row. On hand for a SKU × warehouse is the sum of its rows. */
@ObjectType({ description: 'A stock ledger row: an immutable movement. Needs `stock:read`.' })
@Entity({ tableName: 'stock_movements' })
@Index({ properties: ['sku', 'warehouse', 'at'] })
export class StockMovement {
  [OptionalProps]?: 'at';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @ManyToOne(() => Warehouse, { ref: true, index: true })
  warehouse!: Ref<Warehouse>;

  @Field(() => MovementType, { description: 'Kind of movement.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  type!: MovementType;

  @Field(() => Int, { description: 'Signed quantity: positive in, negative out.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: 'On hand after this movement.' })
  @Property({ type: 'integer' })
  onHandAfter!: number;

  @Field(() => String, { nullable: true, description: 'Source document type, e.g. `Transfer`, `Stocktake`, `Order`.' })
  @Property({ type: 'string', length: 40, nullable: true })
  referenceType?: string;

  @Field(() => String, { nullable: true, description: 'Source document id or number.' })
  @Property({ type: 'string', length: 60, nullable: true })
  @Index()
  referenceId?: string;

  @ManyToOne(() => User, { nullable: true, ref: true })
  actor?: Ref<User>;

  @Field(() => String, { description: 'Who posted it, as text.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Property({ type: 'text', nullable: true })
  reason?: string;

  @Field(() => Date, { description: 'When (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  at: Date = new Date();
}
