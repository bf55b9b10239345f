import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum ContractType { FRAMEWORK = 'FRAMEWORK', PURCHASE = 'PURCHASE', SUPPLY = 'SUPPLY', OTHER = 'OTHER' }
registerEnumType(ContractType, {
  name: 'ContractType', description: 'Kind of purchase contract.',
  valuesConfig: {
    FRAMEWORK: { description: 'Framework agreement (框架协议): terms for repeated orders.' },
    PURCHASE: { description: 'A one-off purchase contract (采购合同).' },
    SUPPLY: { description: 'A supply agreement (供货协议) over a period.' },
    OTHER: { description: 'Any other contract.' },
  },
});

export enum ContractStatus {
  DRAFT = 'DRAFT', UNDER_REVIEW = 'UNDER_REVIEW', SIGNED = 'SIGNED', ACTIVE = 'ACTIVE', EXPIRED = 'EXPIRED', TERMINATED = 'TERMINATED',
}
registerEnumType(ContractStatus, {
  name: 'ContractStatus', description: 'State of a contract.',
  valuesConfig: {
    DRAFT: { description: 'Being written; editable.' },
    UNDER_REVIEW: { description: 'Submitted for review (审核中).' },
    SIGNED: { description: 'Approved by a reviewer and signed by both parties.' },
    ACTIVE: { description: 'In force.' },
    EXPIRED: { description: 'Past its end date.' },
    TERMINATED: { description: 'Ended early.' },
  },
});

/** A purchase contract (采购合同) between the shop and a supplier. */
@ObjectType({ description: 'A purchase contract with a supplier. Needs `purchase:read`; a supplier token sees only its own.' })
@Entity({ tableName: 'contracts' })
export class Contract extends BaseEntity<'status' | 'amount'> {
  @Field(() => String, { description: 'Contract number, e.g. `CT-20261201-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => ContractType, { description: 'Kind of contract.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  type!: ContractType;

  /** The other party: a Partner of type SUPPLIER (null for contracts with no supplier). */
  @ManyToOne(() => Partner, { ref: true, nullable: true, index: true })
  supplier?: Ref<Partner>;

  @Field(() => String, { description: 'The shop party as named on the contract.' })
  @Property({ type: 'string', length: 120 })
  shopParty!: string;

  /** The stored state; GraphQL `status` (a field resolver) reads an active contract past its end date as EXPIRED, `storedStatus` is this. */
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: ContractStatus = ContractStatus.DRAFT;

  @Field(() => String, { nullable: true, description: 'Terms text.' })
  @Property({ type: 'text', nullable: true })
  terms?: string;

  @Field(() => Int, { description: 'Contract amount in fen (0 for framework agreements without a sum).' })
  @Property({ type: 'integer', default: 0 })
  amount: number = 0;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { description: 'Last day in force (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  @Index()
  endDate!: string;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  reviewedBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When the reviewer approved it.' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was signed.' })
  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was terminated or marked expired.' })
  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why it was terminated, or review notes.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
