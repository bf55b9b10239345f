import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../modules/identity/entities/user.entity.js';

/**
 * One transition of a document's state machine (transfer, stocktake, price change, order, …):
 * who moved it, from which state to which, when, and why. Never updated.
 */
@ObjectType({ description: 'One step in a document’s history: a state transition with actor, time and note.' })
@Entity({ tableName: 'document_events' })
@Index({ properties: ['documentType', 'documentId'] })
export class DocumentEvent {
  [OptionalProps]?: 'at';

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'The kind of document, e.g. `Transfer`.' })
  @Property({ type: 'string', length: 40 })
  documentType!: string;

  @Field(() => ID, { description: 'The document’s id.' })
  @Property({ type: 'integer' })
  documentId!: number;

  @Field(() => String, { nullable: true, description: 'State before the step; null when the document was created.' })
  @Property({ type: 'string', length: 30, nullable: true })
  fromState?: string;

  @Field(() => String, { description: 'State after the step.' })
  @Property({ type: 'string', length: 30 })
  toState!: string;

  @ManyToOne(() => User, { nullable: true, ref: true })
  actor?: Ref<User>;

  @Field(() => String, { description: 'Who acted, as text.' })
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  @Field(() => String, { nullable: true, description: 'Why, or what was noted.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Date, { description: 'When (UTC).' })
  @Property({ type: 'datetime' })
  at: Date = new Date();
}
