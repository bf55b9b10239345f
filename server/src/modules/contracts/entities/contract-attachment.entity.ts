import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { Contract } from './contract.entity.js';

/** A scan or PDF of a contract; the bytes are a file under DATA_DIR/uploads, the row says where. */
@ObjectType({ description: 'A file attached to a contract (PDF or picture). Needs `purchase:read`.' })
@Entity({ tableName: 'contract_attachments' })
export class ContractAttachment extends BaseEntity {
  @ManyToOne(() => Contract, { ref: true, index: true })
  contract!: Ref<Contract>;

  @Field(() => String, { description: 'File name as uploaded.' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'MIME type, as recognised from the bytes.' })
  @Property({ type: 'string', length: 60 })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** Path below DATA_DIR/uploads. */
  @Property({ type: 'string', length: 300 })
  storagePath!: string;
}
