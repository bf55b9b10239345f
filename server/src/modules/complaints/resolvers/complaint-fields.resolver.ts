import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { CallbackTask } from '../../callbacks/entities/callback-task.entity.js';
import { ComplaintRequest } from '../../callbacks/entities/complaint-request.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { now } from '../../customers/services/clock.js';
import { Department } from '../../identity/entities/department.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { ReturnRequest } from '../../returns/entities/return-request.entity.js';
import { Complaint } from '../entities/complaint.entity.js';
import { ComplaintProposal } from '../entities/complaint-proposal.entity.js';
import { ProposalStatus } from '../entities/enums.js';
import { COMPLAINT_DOC, isOpen, STEP_OF } from '../services/complaint-state.js';
import { complaintStats, type StatDimension } from '../services/complaint-stats.service.js';
import { ComplaintStatistics, ComplaintStatRow } from '../types/complaint.types.js';

/** Timelines of a page of complaints in one query. */
function timelineLoader(ctx: Ctx) {
  return loader<number, DocumentEvent[]>(ctx, 'history.Complaint', async (ids) => {
    const events = await ctx.em.find(DocumentEvent, { documentType: COMPLAINT_DOC, documentId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });
    const byDoc = new Map<number, DocumentEvent[]>();
    for (const e of events) byDoc.set(e.documentId, [...(byDoc.get(e.documentId) ?? []), e]);
    return byDoc;
  }, []);
}

/** Follow-up callback tasks of a page of complaints, by complaint number, in one query. */
function followUpLoader(ctx: Ctx) {
  return loader<string, CallbackTask | null>(ctx, 'complaint.followUp', async (codes) => {
    const tasks = await ctx.em.find(CallbackTask, { sourceRef: { $in: [...codes] } });
    return new Map(tasks.map((t) => [t.sourceRef, t]));
  }, null);
}

@Resolver(() => Complaint)
export class ComplaintFieldsResolver {
  @FieldResolver(() => Customer, { description: 'The complainant.' })
  customer(@Root() c: Complaint) { return c.customer.load(); }

  @FieldResolver(() => Order, { nullable: true, description: 'The order complained about.' })
  order(@Root() c: Complaint) { return c.order?.load() ?? null; }

  @FieldResolver(() => Product, { nullable: true, description: 'The product complained about.' })
  product(@Root() c: Complaint) { return c.product?.load() ?? null; }

  @FieldResolver(() => Sku, { nullable: true, description: 'The SKU complained about.' })
  sku(@Root() c: Complaint) { return c.sku?.load() ?? null; }

  @FieldResolver(() => ComplaintRequest, { nullable: true, description: 'The customer-service complaint request it was registered from.' })
  complaintRequest(@Root() c: Complaint) { return c.complaintRequest?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member handling it (受理人).' })
  handler(@Root() c: Complaint) { return c.handler?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'Who registered it.' })
  registeredBy(@Root() c: Complaint) { return c.registeredBy?.load() ?? null; }

  @FieldResolver(() => Department, { nullable: true, description: 'Step 2: the responsible department.' })
  responsibleDepartment(@Root() c: Complaint) { return c.responsibleDepartment?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'Step 3: the staff member responsible (required for SERVICE).' })
  responsibleUser(@Root() c: Complaint) { return c.responsibleUser?.load() ?? null; }

  @FieldResolver(() => Partner, { nullable: true, description: 'Step 3: the supplier it is traced to (PRODUCT_QUALITY).' })
  supplier(@Root() c: Complaint) { return c.supplier?.load() ?? null; }

  @FieldResolver(() => ReturnRequest, { nullable: true, description: 'Step 6: the return request carrying out a REFUND/RETURN/EXCHANGE.' })
  returnRequest(@Root() c: Complaint) { return c.returnRequest?.load() ?? null; }

  @FieldResolver(() => [ComplaintProposal], { description: 'Step 4: every proposal, oldest first, with the supervisor’s decisions.' })
  async proposals(@Root() c: Complaint) { return (await c.proposals.load()).getItems(); }

  @FieldResolver(() => ComplaintProposal, { nullable: true, description: 'Step 5: the proposal the supervisor approved.' })
  async approvedProposal(@Root() c: Complaint) { return (await c.proposals.load()).getItems().find((p) => p.status === ProposalStatus.APPROVED) ?? null; }

  @FieldResolver(() => [DocumentEvent], { description: 'The timeline: every step with who, when, from/to state and note, oldest first.' })
  timeline(@Root() c: Complaint, @Context() ctx: Ctx) { return timelineLoader(ctx).load(c.id); }

  @FieldResolver(() => Int, { description: 'The step the complaint waits for: 2 judgment, 3 investigation, 4 proposals, 5 approval, 6 implementation/acceptance, 7 summary; 8 closed.' })
  step(@Root() c: Complaint): number { return STEP_OF[c.state]; }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds left until the 24-hour deadline (negative once overdue); null once closed.' })
  remainingSeconds(@Root() c: Complaint): number | null { return isOpen(c) ? Math.round((c.dueAt.getTime() - now().getTime()) / 1000) : null; }

  @FieldResolver(() => Boolean, { description: 'Open and past the 24-hour deadline.' })
  overdue(@Root() c: Complaint): boolean { return isOpen(c) && c.dueAt < now(); }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Closed within 24 hours of receipt; null while open.' })
  resolvedWithin24h(@Root() c: Complaint): boolean | null { return c.resolvedAt ? c.resolvedAt <= c.dueAt : null; }

  @FieldResolver(() => CallbackTask, { nullable: true, description: 'The follow-up callback task created when it closed (投诉回访); null before, and for invalid complaints.' })
  followUpTask(@Root() c: Complaint, @Context() ctx: Ctx) { return followUpLoader(ctx).load(c.code); }
}

@Resolver(() => ComplaintProposal)
export class ComplaintProposalFieldsResolver {
  @FieldResolver(() => User, { description: 'Who proposed it.' })
  proposedBy(@Root() p: ComplaintProposal) { return p.proposedBy.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'The supervisor who decided.' })
  decidedBy(@Root() p: ComplaintProposal) { return p.decidedBy?.load() ?? null; }
}

const stats = (ctx: Ctx, s: ComplaintStatistics, dimension: StatDimension) => complaintStats(ctx, dimension, s);

@Resolver(() => ComplaintStatistics)
export class ComplaintStatisticsFieldsResolver {
  @FieldResolver(() => ComplaintStatRow, { description: 'All complaints of the period.' })
  async total(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return (await stats(ctx, s, 'total'))[0]; }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By registered category (投诉类别).' })
  byCategory(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'category'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By investigated cause; key null = not investigated yet.' })
  byCause(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'cause'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By responsible department; key = department id.' })
  byDepartment(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'department'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By product; key = product id.' })
  byProduct(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'product'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By SKU; key = SKU id.' })
  bySku(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'sku'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By supplier the complaint was traced to; key = partner id, null = none.' })
  bySupplier(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'supplier'); }

  @FieldResolver(() => [ComplaintStatRow], { description: 'By month received, in the shop’s time zone; every month of the period, oldest first.' })
  byMonth(@Root() s: ComplaintStatistics, @Context() ctx: Ctx) { return stats(ctx, s, 'month'); }
}
