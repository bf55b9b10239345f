import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum AssessmentMethod { DOCUMENT_REVIEW = 'DOCUMENT_REVIEW', SITE_VISIT = 'SITE_VISIT', SAMPLE_TEST = 'SAMPLE_TEST', THIRD_PARTY_AUDIT = 'THIRD_PARTY_AUDIT' }
registerEnumType(AssessmentMethod, {
  name: 'AssessmentMethod', description: 'How a supplier was assessed.',
  valuesConfig: {
    DOCUMENT_REVIEW: { description: 'Review of licences, certificates and records (资料审核).' },
    SITE_VISIT: { description: 'Visit to the factory or tea garden (实地考察).' },
    SAMPLE_TEST: { description: 'Samples tested (样品检测).' },
    THIRD_PARTY_AUDIT: { description: 'Audit by an outside body (第三方审核).' },
  },
});

/** A periodic evaluation (供应商考评) by a buyer: five scores 0–100. */
@ObjectType({ description: 'A supplier evaluation for a month or quarter. Needs `supplier:read`.' })
@Entity({ tableName: 'supplier_evaluations' })
@Index({ properties: ['supplier', 'period'] })
export class SupplierEvaluation extends BaseEntity {
  @ManyToOne(() => Partner, { ref: true })
  supplier!: Ref<Partner>;

  @Field(() => String, { description: 'Period: a month `2026-11` or a quarter `2026-Q4`.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => AssessmentMethod, { description: 'How it was assessed.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  method!: AssessmentMethod;

  @ManyToOne(() => User, { ref: true })
  evaluator!: Ref<User>;

  @Field(() => Int, { description: 'Quality score, 0–100 (used when there are no receiving facts).' }) @Property({ type: 'integer' }) quality!: number;
  @Field(() => Int, { description: 'Delivery score, 0–100 (used when there are no receiving facts).' }) @Property({ type: 'integer' }) delivery!: number;
  @Field(() => Int, { description: 'Price score, 0–100.' }) @Property({ type: 'integer' }) price!: number;
  @Field(() => Int, { description: 'Service score, 0–100.' }) @Property({ type: 'integer' }) service!: number;
  @Field(() => Int, { description: 'Credit score (信用), 0–100.' }) @Property({ type: 'integer' }) credit!: number;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;
}
