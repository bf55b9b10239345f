import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';

export enum PartnerType {
  SUPPLIER = 'SUPPLIER',
  AGENT = 'AGENT',
}
registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: 'What kind of outside party a partner is.',
  valuesConfig: { SUPPLIER: { description: 'A supplier (供应商).' }, AGENT: { description: 'A resale agent or franchisee (代理/加盟商).' } },
});

/** An outside party that calls the API with a token: a supplier (供应商) or a resale agent (代理/加盟商). */
@ObjectType({ description: 'A supplier or resale agent. Needs `partner:read`; a partner token sees only its own record.' })
@Entity({ tableName: 'partners' })
export class Partner extends BaseEntity<'active'> {
  @Field(() => PartnerType, { description: 'Supplier or agent.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  type!: PartnerType;

  @Field(() => String, { description: 'Short unique code, e.g. `SUP-001`.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field(() => String, { description: 'Company or shop name.' })
  @Property({ type: 'string', length: 120 })
  @Index()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Contact person.' })
  @Property({ type: 'string', length: 80, nullable: true })
  contactName?: string;

  @Field(() => String, { nullable: true, description: 'Contact phone.' })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string;

  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  @Property({ type: 'text', nullable: true })
  notes?: string;

  @Field(() => Boolean, { description: 'Inactive partners keep their history but take no new business.' })
  @Property({ type: 'boolean', default: true })
  @Index()
  active: boolean = true;
}
