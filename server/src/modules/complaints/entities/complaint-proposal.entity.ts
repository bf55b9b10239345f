import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { ComplaintSolution, ProposalStatus } from './enums.js';
import type { Complaint } from './complaint.entity.js';

/** One solution proposed for a complaint (处理方案), and the supervisor's decision on it. */
@ObjectType({ description: 'A solution proposed for a complaint and the supervisor’s decision on it. Needs `complaint:read`.' })
@Entity({ tableName: 'complaint_proposals' })
export class ComplaintProposal extends BaseEntity<'status'> {
  @ManyToOne('Complaint', { ref: true, index: true, deleteRule: 'cascade' })
  complaint!: Ref<Complaint>;

  @Field(() => ComplaintSolution, { description: 'Kind of solution.' })
  @Property({ type: 'string', length: 30 })
  solution!: ComplaintSolution;

  @Field(() => Int, { nullable: true, description: 'Amount in fen (REFUND, COMPENSATION, COUPON; optional for others).' })
  @Property({ type: 'integer', nullable: true })
  amountFen?: number;

  @Field(() => String, { description: 'What exactly is proposed.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => ProposalStatus, { description: 'State of the proposal.' })
  @Property({ type: 'string', length: 30 })
  @Index()
  status: ProposalStatus = ProposalStatus.PROPOSED;

  @ManyToOne(() => User, { ref: true })
  proposedBy!: Ref<User>;

  @Field(() => String, { description: 'Who proposed it, as text.' })
  @Property({ type: 'string', length: 200 })
  proposedByLabel!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When the supervisor decided (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Field(() => String, { nullable: true, description: 'The supervisor’s note: sign-off remark or the reason for sending it back.' })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string;
}
