import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Integer primary key plus creation and update times (UTC). */
/** Not emitted in the schema on its own (unreferenced); its fields are inherited by every entity type. */
@ObjectType('BaseEntity', { description: 'Fields every stored record has.' })
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults, which `em.create` may omit. */
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When the record was created (UTC).' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record was last changed (UTC).' })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
