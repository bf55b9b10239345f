import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum RfqStatus { DRAFT = 'DRAFT', SENT = 'SENT', AWARDED = 'AWARDED', CLOSED = 'CLOSED', CANCELLED = 'CANCELLED' }
registerEnumType(RfqStatus, {
  name: 'RfqStatus', description: 'State of a request for quotation.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; lines and suppliers can change.' },
    SENT: { description: 'Sent to the suppliers; quotes are being collected.' },
    AWARDED: { description: 'Every line awarded to a supplier (定标).' },
    CLOSED: { description: 'Closed without (complete) award.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

/** A request for quotation (询价单) for SKUs and quantities, sent to several suppliers. */
@ObjectType({ description: 'A request for quotation (询价单). Needs `purchase:read`.' })
@Entity({ tableName: 'rfqs' })
export class Rfq extends BaseEntity<'status'> {
  @Field(() => String, { description: 'Number, e.g. `RFQ-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => RfqStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: RfqStatus = RfqStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Quotes wanted by this shop-local day (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  replyBy?: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => String, { nullable: true, description: 'Negotiation notes (议价记录) recorded with the award.' })
  @Property({ type: 'text', nullable: true })
  negotiationNotes?: string;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @OneToMany(() => RfqLine, (line) => line.rfq, { orderBy: { id: 'asc' } })
  lines = new Collection<RfqLine>(this);

  @OneToMany(() => RfqInvitation, (inv) => inv.rfq, { orderBy: { id: 'asc' } })
  invitations = new Collection<RfqInvitation>(this);
}

/** A supplier the RFQ is sent to. */
@ObjectType({ description: 'A supplier invited to quote.' })
@Entity({ tableName: 'rfq_invitations' })
@Unique({ properties: ['rfq', 'supplier'] })
export class RfqInvitation extends BaseEntity {
  @ManyToOne(() => Rfq, { ref: true, deleteRule: 'cascade' })
  rfq!: Ref<Rfq>;

  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;
}

/** One SKU and quantity asked for. */
@ObjectType({ description: 'A line of a request for quotation.' })
@Entity({ tableName: 'rfq_lines' })
@Unique({ properties: ['rfq', 'sku'] })
export class RfqLine extends BaseEntity {
  @ManyToOne(() => Rfq, { ref: true, deleteRule: 'cascade' })
  rfq!: Ref<Rfq>;

  @ManyToOne(() => Sku, { ref: true })
  sku!: Ref<Sku>;

  @Field(() => Int, { description: 'Units wanted.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @OneToMany(() => RfqQuote, (q) => q.line, { orderBy: { id: 'asc' } })
  quotes = new Collection<RfqQuote>(this);
}

/** One supplier's price for one line (报价). Re-quoting replaces the supplier's quote on that line. */
@ObjectType({ description: 'A supplier’s quote for one RFQ line.' })
@Entity({ tableName: 'rfq_quotes' })
@Unique({ properties: ['line', 'supplier'] })
export class RfqQuote extends BaseEntity<'awarded'> {
  @ManyToOne(() => RfqLine, { ref: true, deleteRule: 'cascade' })
  line!: Ref<RfqLine>;

  @ManyToOne(() => Partner, { ref: true, index: true })
  supplier!: Ref<Partner>;

  @Field(() => Int, { description: 'Unit price in fen.' })
  @Property({ type: 'integer' })
  unitPrice!: number;

  @Field(() => Int, { description: 'Lead time, days.' })
  @Property({ type: 'integer' })
  leadTimeDays!: number;

  @Field(() => Int, { description: 'Minimum order quantity.' })
  @Property({ type: 'integer' })
  minOrderQuantity!: number;

  @Field(() => String, { description: 'Last shop-local day the price holds (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  validUntil!: string;

  @Field(() => String, { nullable: true, description: 'Notes from the supplier.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Boolean, { description: 'Chosen for its line (at most one per line).' })
  @Property({ type: 'boolean', default: false })
  awarded: boolean = false;
}
