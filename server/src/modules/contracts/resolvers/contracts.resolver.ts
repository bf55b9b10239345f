import { Arg, Args, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { Contract } from '../entities/contract.entity.js';
import { AddContractAttachmentInput, ContractActionInput, ContractFilter, ContractSort, CreateContractInput, RemoveContractAttachmentInput, UpdateContractInput } from '../inputs/contract.inputs.js';
import { ContractAttachmentContent, ContractAttachmentPayload, ContractConnection, ContractExpiryAlert, ContractPayload, ContractsPayload } from '../types/contract.types.js';
import * as contracts from '../services/contracts.service.js';
import * as attachments from '../services/contract-attachments.service.js';

const ACTION = { description: 'The contract and a note.' };

@Resolver()
export class ContractsResolver {
  @Allow('purchase:read')
  @Query(() => ContractConnection, { description: 'Purchase contracts, newest first by default. Needs `purchase:read`; a supplier token sees only its own.' })
  contracts(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => ContractFilter, { nullable: true, description: 'Filters.' }) where?: ContractFilter, @Arg('sort', () => ContractSort, { nullable: true, description: 'Sort order.' }) sort?: ContractSort) {
    return contracts.listContracts(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => Contract, { nullable: true, description: 'One contract with its attachments and history. Needs `purchase:read`; null for another supplier’s contract with a supplier token.' })
  contract(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Contract id.' }) id: string) {
    return contracts.getContract(ctx, id);
  }

  @Allow('purchase:read')
  @Query(() => [ContractExpiryAlert], { description: 'Active contracts ending within the given days (default 30), soonest first, with days left. Needs `purchase:read`.' })
  contractExpiryAlerts(@Context() ctx: Ctx, @Arg('days', () => Int, { nullable: true, description: 'Look-ahead in days, 0–3650 (default 30).' }) days?: number) {
    return contracts.contractExpiryAlerts(ctx, days ?? 30);
  }

  @Allow('purchase:read')
  @Query(() => ContractAttachmentContent, { nullable: true, description: 'Downloads an attachment (base64). Needs `purchase:read`; a supplier token only for its own contracts.' })
  contractAttachmentContent(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Attachment id.' }) id: string) {
    return attachments.attachmentContent(ctx, id);
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Creates a draft contract. Needs `contract:manage`.' })
  createContract(@Context() ctx: Ctx, @Arg('input', () => CreateContractInput, { description: 'The contract.' }) input: CreateContractInput) {
    return toPayload(() => contracts.createContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Changes a draft contract. Needs `contract:manage`.' })
  updateContract(@Context() ctx: Ctx, @Arg('input', () => UpdateContractInput, { description: 'The changes.' }) input: UpdateContractInput) {
    return toPayload(() => contracts.updateContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Draft → under review. Needs `contract:manage`.' })
  submitContract(@Context() ctx: Ctx, @Arg('input', () => ContractActionInput, ACTION) input: ContractActionInput) {
    return toPayload(() => contracts.submitContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Under review → signed; the reviewer (recorded) must not be the author. Needs `contract:manage`.' })
  approveContract(@Context() ctx: Ctx, @Arg('input', () => ContractActionInput, ACTION) input: ContractActionInput) {
    return toPayload(() => contracts.approveContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Under review → draft with the reviewer’s note (required); not by the author. Needs `contract:manage`.' })
  rejectContract(@Context() ctx: Ctx, @Arg('input', () => ContractActionInput, ACTION) input: ContractActionInput) {
    return toPayload(() => contracts.rejectContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Signed → active. Needs `contract:manage`.' })
  activateContract(@Context() ctx: Ctx, @Arg('input', () => ContractActionInput, ACTION) input: ContractActionInput) {
    return toPayload(() => contracts.activateContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractPayload, { description: 'Signed or active → terminated, with a reason (required). Needs `contract:manage`.' })
  terminateContract(@Context() ctx: Ctx, @Arg('input', () => ContractActionInput, ACTION) input: ContractActionInput) {
    return toPayload(() => contracts.terminateContract(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractsPayload, { description: 'Marks every active contract past its end date as expired. Needs `contract:manage`.' })
  markExpiredContracts(@Context() ctx: Ctx) {
    return toPayload(() => contracts.markExpiredContracts(ctx));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractAttachmentPayload, { description: 'Attaches a PDF or picture to a contract. Needs `contract:manage`.' })
  addContractAttachment(@Context() ctx: Ctx, @Arg('input', () => AddContractAttachmentInput, { description: 'The file.' }) input: AddContractAttachmentInput) {
    return toPayload(() => attachments.addContractAttachment(ctx, input));
  }

  @Allow('contract:manage')
  @Mutation(() => ContractAttachmentPayload, { description: 'Removes a contract attachment. Needs `contract:manage`.' })
  removeContractAttachment(@Context() ctx: Ctx, @Arg('input', () => RemoveContractAttachmentInput, { description: 'The attachment.' }) input: RemoveContractAttachmentInput) {
    return toPayload(() => attachments.removeContractAttachment(ctx, input));
  }
}
