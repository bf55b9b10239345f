import { Entity, Index, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';

export enum SupplierGrade { A = 'A', B = 'B', C = 'C', D = 'D' }
registerEnumType(SupplierGrade, {
  name: 'SupplierGrade', description: 'Supplier grade (供应商等级).',
  valuesConfig: {
    A: { description: 'Strategic: first choice.' }, B: { description: 'Good: regular supplier.' },
    C: { description: 'Acceptable: watch closely.' }, D: { description: 'Poor: phase out.' },
  },
});

export enum SupplierStatus { PROSPECTIVE = 'PROSPECTIVE', APPROVED = 'APPROVED', SUSPENDED = 'SUSPENDED', BLACKLISTED = 'BLACKLISTED' }
registerEnumType(SupplierStatus, {
  name: 'SupplierStatus', description: 'Where a supplier stands with the shop.',
  valuesConfig: {
    PROSPECTIVE: { description: 'Being assessed (潜在供应商); may quote, not yet approved.' },
    APPROVED: { description: 'Approved (合格供应商): may be ordered from.' },
    SUSPENDED: { description: 'Temporarily not ordered from.' },
    BLACKLISTED: { description: 'Never ordered from again (黑名单).' },
  },
});

/** A person at a supplier. Stored as JSON on the profile: a handful per supplier, always read together. */
@ObjectType('SupplierContact', { description: 'A contact person at a supplier.' })
export class SupplierContact {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Role, e.g. sales, quality, finance.' }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail.' }) email?: string | null;
}

/** The purchasing view of a supplier partner (1:1 with a Partner of type SUPPLIER). */
@ObjectType({ description: 'A supplier: its partner record with the purchasing profile. Needs `supplier:read`.' })
@Entity({ tableName: 'supplier_profiles' })
export class SupplierProfile extends BaseEntity<'grade' | 'status' | 'contacts' | 'categoriesText' | 'categories'> {
  @OneToOne(() => Partner, { ref: true, owner: true, unique: true })
  partner!: Ref<Partner>;

  @Field(() => SupplierGrade, { description: 'Grade A–D.' })
  @Property({ type: 'string', length: 1 }) // an enum; no DB check (SQLite diffs them spuriously)
  @Index()
  grade: SupplierGrade = SupplierGrade.C;

  @Field(() => SupplierStatus, { description: 'Status.' })
  @Property({ type: 'string', length: 30 }) // an enum; no DB check
  @Index()
  status: SupplierStatus = SupplierStatus.PROSPECTIVE;

  @Field(() => String, { nullable: true, description: 'Payment terms, e.g. `月结30天` (net 30).' })
  @Property({ type: 'string', length: 200, nullable: true })
  paymentTerms?: string;

  /** What it supplies, stored as `|乌龙茶|紫砂壶|` so a LIKE finds one category on SQLite and PostgreSQL alike. */
  @Property({ type: 'text', default: '' })
  categoriesText: string = '';

  @Field(() => [String], { description: 'What it supplies, e.g. `乌龙茶`, `紫砂壶`, `包装`.' })
  get categories(): string[] {
    return this.categoriesText.split('|').filter(Boolean);
  }

  @Field(() => [SupplierContact], { description: 'Contact people.' })
  @Property({ type: 'json' })
  contacts: SupplierContact[] = [];
}
