import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { Contract } from '../entities/contract.entity.js';
import { ContractAttachment } from '../entities/contract-attachment.entity.js';

@ObjectType({ description: 'A page of contracts.' })
export class ContractConnection extends ConnectionType(Contract, 'Contract', 'contract') {}

@ObjectType({ description: 'Result of a mutation on a contract.' })
export class ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract after the change; null on failure.' })
  contract?: Contract | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND, WRONG_STATE, SELF_APPROVAL.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of marking expired contracts.' })
export class ContractsPayload {
  @Field(() => [Contract], { nullable: true, description: 'The contracts changed.' })
  contracts?: Contract[] | null;
  @Field(() => [FieldError], { description: 'Expected failures (none in practice).' })
  errors!: FieldError[];
}

@ObjectType({ description: 'Result of adding or removing a contract attachment.' })
export class ContractAttachmentPayload {
  @Field(() => ContractAttachment, { nullable: true, description: 'The attachment; null on failure.' })
  attachment?: ContractAttachment | null;
  @Field(() => Contract, { nullable: true, description: 'Its contract.' })
  contract?: Contract | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, TOO_LARGE, NOT_FOUND, LIMIT.' })
  errors!: FieldError[];
}

@ObjectType({ description: 'An active contract that ends soon.' })
export class ContractExpiryAlert {
  @Field(() => Contract, { description: 'The contract.' }) contract!: Contract;
  @Field(() => Int, { description: 'Days from today (shop-local) to its end date; 0 = ends today.' }) daysLeft!: number;
}

@ObjectType({ description: 'The content of a contract attachment, for download.' })
export class ContractAttachmentContent {
  @Field(() => String, { description: 'File name.' }) fileName!: string;
  @Field(() => String, { description: 'MIME type.' }) contentType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) sizeBytes!: number;
  @Field(() => String, { description: 'The bytes, base64.' }) base64!: string;
}
