import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { PurchasePlan } from '../entities/purchase-plan.entity.js';
import { AddPurchasePlanLineInput, GeneratePurchasePlanInput, PurchaseDocumentActionInput, PurchasePlanFilter, RemovePurchasePlanLineInput, UpdatePurchasePlanLineInput } from '../inputs/purchasing.inputs.js';
import * as plans from '../services/plans.service.js';
import { PurchasePlanConnection, PurchasePlanPayload } from '../types/purchasing.types.js';

@Resolver()
export class PurchasePlansResolver {
  @Allow('purchase:read')
  @Query(() => PurchasePlanConnection, { description: 'Purchase plans, newest first (none for supplier tokens). Needs `purchase:read`.' })
  purchasePlans(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => PurchasePlanFilter, { nullable: true, description: 'Filters.' }) where?: PurchasePlanFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order.' }) sort?: TimeSort) {
    return plans.listPurchasePlans(ctx, { ...page, where, sort });
  }

  @Allow('purchase:read')
  @Query(() => PurchasePlan, { nullable: true, description: 'One purchase plan with its lines and history. Needs `purchase:read`.' })
  purchasePlan(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Plan id.' }) id: string) {
    return plans.findPurchasePlan(ctx, id);
  }

  @Allow('purchase:write')
  @Mutation(() => PurchasePlanPayload, { description: 'Generates a draft plan for a warehouse and period from sales velocity, stock, orders, lead times and growth. Needs `purchase:write`.' })
  generatePurchasePlan(@Context() ctx: Ctx, @Arg('input', () => GeneratePurchasePlanInput, { description: 'Period, warehouse and parameters.' }) input: GeneratePurchasePlanInput) {
    return toPayload(() => plans.generatePurchasePlan(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchasePlanPayload, { description: 'Changes quantity, supplier or price of a draft plan line. Needs `purchase:write`.' })
  updatePurchasePlanLine(@Context() ctx: Ctx, @Arg('input', () => UpdatePurchasePlanLineInput, { description: 'The line and changes.' }) input: UpdatePurchasePlanLineInput) {
    return toPayload(() => plans.updatePurchasePlanLine(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchasePlanPayload, { description: 'Adds a SKU to a draft plan. Needs `purchase:write`.' })
  addPurchasePlanLine(@Context() ctx: Ctx, @Arg('input', () => AddPurchasePlanLineInput, { description: 'The plan and the line.' }) input: AddPurchasePlanLineInput) {
    return toPayload(() => plans.addPurchasePlanLine(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchasePlanPayload, { description: 'Removes a line from a draft plan. Needs `purchase:write`.' })
  removePurchasePlanLine(@Context() ctx: Ctx, @Arg('input', () => RemovePurchasePlanLineInput, { description: 'The line.' }) input: RemovePurchasePlanLineInput) {
    return toPayload(() => plans.removePurchasePlanLine(ctx, input));
  }

  @Allow('purchase:approve')
  @Mutation(() => PurchasePlanPayload, { description: 'Approves a draft plan: one approved purchase order per supplier, in one transaction. Needs `purchase:approve`.' })
  approvePurchasePlan(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, { description: 'The plan and an optional note.' }) input: PurchaseDocumentActionInput) {
    return toPayload(() => plans.approvePurchasePlan(ctx, input));
  }

  @Allow('purchase:write')
  @Mutation(() => PurchasePlanPayload, { description: 'Cancels a draft plan. Needs `purchase:write`.' })
  cancelPurchasePlan(@Context() ctx: Ctx, @Arg('input', () => PurchaseDocumentActionInput, { description: 'The plan and an optional note.' }) input: PurchaseDocumentActionInput) {
    return toPayload(() => plans.cancelPurchasePlan(ctx, input));
  }
}
