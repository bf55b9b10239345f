import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { ComplaintRequest } from '../../callbacks/entities/complaint-request.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { ContactChannel } from '../../customers/entities/enums.js';
import { Department } from '../../identity/entities/department.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { AcceptanceMethod, ComplaintCategory, ComplaintCause, ComplaintChannel, ComplaintState } from './enums.js';
import { ComplaintProposal } from './complaint-proposal.entity.js';

/**
 * A customer complaint (投诉) and its registration form (投诉登记表), carried through the closed
 * loop: intake, judgment, investigation, proposals, approval, implementation, summary. The
 * fields of each step are filled when that step runs; relations are exposed by field resolvers.
 */
@ObjectType({ description: 'A customer complaint (投诉) with its registration form and the record of every step of its closed loop. Needs `complaint:read`.' })
@Entity({ tableName: 'complaints' })
@Index({ properties: ['state', 'dueAt'] })
export class Complaint extends BaseEntity<'state'> {
  @Field(() => String, { description: 'Complaint number, e.g. `CP-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => ComplaintState, { description: 'Where the complaint stands; each state names the step just completed.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  state: ComplaintState = ComplaintState.REGISTERED;

  // —— Step 1: intake (投诉登记表) ——
  @ManyToOne(() => Customer, { ref: true, index: true })
  customer!: Ref<Customer>;

  @Field(() => ComplaintChannel, { description: 'How the complaint reached the shop.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  channel!: ComplaintChannel;

  @Field(() => Date, { description: 'When the complaint was received (UTC); the 24-hour deadline runs from here.' })
  @Property({ type: 'datetime' })
  @Index()
  receivedAt!: Date;

  @Field(() => Date, { description: 'Deadline (UTC): 24 hours after it was received.' })
  @Property({ type: 'datetime' })
  @Index()
  dueAt!: Date;

  /** The shop-local day received (YYYY-MM-DD), so monthly statistics group in the shop's time zone on any database. */
  @Property({ type: 'string', length: 10 })
  @Index()
  receivedDay!: string;

  @ManyToOne(() => Order, { ref: true, nullable: true, index: true })
  order?: Ref<Order>;

  @ManyToOne(() => Product, { ref: true, nullable: true, index: true })
  product?: Ref<Product>;

  @ManyToOne(() => Sku, { ref: true, nullable: true, index: true })
  sku?: Ref<Sku>;

  @Field(() => ComplaintCategory, { description: 'What the customer complains about.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  category!: ComplaintCategory;

  @Field(() => String, { description: 'The complaint in the customer’s words (投诉内容).' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { description: 'What the customer asks for (顾客要求).' })
  @Property({ type: 'text' })
  demand!: string;

  @ManyToOne(() => ComplaintRequest, { ref: true, nullable: true, index: true })
  complaintRequest?: Ref<ComplaintRequest>;

  /** The staff member handling the complaint (受理人); defaults to whoever registered it. */
  @ManyToOne(() => User, { ref: true, nullable: true, index: true })
  handler?: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  registeredBy?: Ref<User>;

  // —— Step 2: judgment ——
  @Field(() => Boolean, { nullable: true, description: 'Whether the complaint is valid (投诉成立); null before judgment.' })
  @Property({ type: 'boolean', nullable: true })
  valid?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whether the customer’s demand is reasonable; null before judgment.' })
  @Property({ type: 'boolean', nullable: true })
  demandReasonable?: boolean;

  @Field(() => String, { nullable: true, description: 'Reasoning of the judgment.' })
  @Property({ type: 'text', nullable: true })
  judgmentNote?: string;

  @Field(() => String, { nullable: true, description: 'The polite reply given to the customer when the complaint was judged invalid.' })
  @Property({ type: 'text', nullable: true })
  invalidReply?: string;

  @ManyToOne(() => Department, { ref: true, nullable: true, index: true })
  responsibleDepartment?: Ref<Department>;

  @Field(() => Date, { nullable: true, description: 'When it was judged (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  judgedAt?: Date;

  // —— Step 3: investigation ——
  @Field(() => ComplaintCause, { nullable: true, description: 'Cause found by the investigation.' })
  @Property({ type: 'string', length: 30, nullable: true })
  @Index()
  cause?: ComplaintCause;

  @Field(() => String, { nullable: true, description: 'What the investigation found.' })
  @Property({ type: 'text', nullable: true })
  findings?: string;

  @ManyToOne(() => User, { ref: true, nullable: true, index: true })
  responsibleUser?: Ref<User>;

  /** Contract C4: the supplier the complaint is traced to (cause PRODUCT_QUALITY). */
  @ManyToOne(() => Partner, { ref: true, nullable: true, index: true })
  supplier?: Ref<Partner>;

  @Field(() => String, { nullable: true, description: 'The courier held responsible (cause LOGISTICS).' })
  @Property({ type: 'string', length: 80, nullable: true })
  courierName?: string;

  @Field(() => Date, { nullable: true, description: 'When the investigation was recorded (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  investigatedAt?: Date;

  // —— Steps 4–5: proposals and approval ——
  @OneToMany(() => ComplaintProposal, (p) => p.complaint, { orderBy: { id: 'asc' } })
  proposals = new Collection<ComplaintProposal>(this);

  // —— Step 6: implementation ——
  @Field(() => String, { nullable: true, description: 'How the approved solution was carried out.' })
  @Property({ type: 'text', nullable: true })
  implementationNote?: string;

  /** The return request carrying out a REFUND/RETURN/EXCHANGE (contract C5); linked or opened at implementation. */
  @ManyToOne(() => ReturnRequest, { ref: true, nullable: true, index: true })
  returnRequest?: Ref<ReturnRequest>;

  @Field(() => String, { nullable: true, description: 'Disciplinary note for the responsible staff (required when the cause is SERVICE).' })
  @Property({ type: 'text', nullable: true })
  disciplinaryNote?: string;

  @Field(() => ContactChannel, { nullable: true, description: 'How the customer was told of the solution.' })
  @Property({ type: 'string', length: 30, nullable: true })
  notifiedChannel?: ContactChannel;

  @Field(() => Date, { nullable: true, description: 'When the customer was notified (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  notifiedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the implementation was recorded (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  implementedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Who confirmed acceptance on the customer’s side (name or account).' })
  @Property({ type: 'string', length: 120, nullable: true })
  acceptanceConfirmedBy?: string;

  @Field(() => AcceptanceMethod, { nullable: true, description: 'How the customer confirmed acceptance.' })
  @Property({ type: 'string', length: 30, nullable: true })
  acceptanceMethod?: AcceptanceMethod;

  @Field(() => Date, { nullable: true, description: 'When the customer confirmed acceptance (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  @Field(() => String, { nullable: true, description: 'The customer’s feedback on the handling (顾客反馈).' })
  @Property({ type: 'text', nullable: true })
  customerFeedback?: string;

  // —— Step 7: summary ——
  @Field(() => String, { nullable: true, description: 'Classification for the statistics sheet (投诉分类), free text such as `质量-破损`.' })
  @Property({ type: 'string', length: 120, nullable: true })
  classification?: string;

  @Field(() => String, { nullable: true, description: 'Root cause found in the summary analysis.' })
  @Property({ type: 'text', nullable: true })
  rootCause?: string;

  @Field(() => String, { nullable: true, description: 'Improvement action decided (改进对策).' })
  @Property({ type: 'text', nullable: true })
  improvementAction?: string;

  @Field(() => Date, { nullable: true, description: 'When the complaint was closed, valid or invalid (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  @Index()
  resolvedAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Minutes from receipt to closing; null while open.' })
  @Property({ type: 'integer', nullable: true })
  resolutionMinutes?: number;
}
