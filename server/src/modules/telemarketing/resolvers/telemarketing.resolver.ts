import { Arg, Args, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { loader } from '../../../core/graphql/loaders.js';
import { User } from '../../identity/entities/user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { showContact } from '../../customers/services/pii.js';
import { Lead, LeadList } from '../entities/lead-list.entity.js';
import { CloseLeadListInput, CreateLeadListInput, LeadFilter, LeadListFilter, LeadSort, RecordLeadCallInput } from '../inputs/lead.inputs.js';
import { LeadConnection, LeadListConnection, LeadListPayload, LeadListSummaryType, LeadPayload } from '../types/lead.types.js';
import * as lists from '../services/lead-lists.service.js';
import { summariesOf, type LeadListSummary } from '../services/lead-summary.service.js';

@Resolver()
export class TelemarketingResolver {
  @Allow('customer:read')
  @Query(() => LeadListConnection, { description: 'Telemarketing lead lists (数据清单) per campaign, newest first, with their monitoring figures. Needs `customer:read`.' })
  leadLists(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => LeadListFilter, { nullable: true, description: 'Filters.' }) where?: LeadListFilter) {
    return lists.listLeadLists(ctx, { ...page, where });
  }

  @Allow('customer:read')
  @Query(() => LeadConnection, { description: 'Leads; specialists see the ones given to them by default. Phones are masked without `customer:pii:read`. Needs `customer:read`.' })
  leads(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => LeadFilter, { nullable: true, description: 'Filters.' }) where?: LeadFilter, @Arg('sort', () => LeadSort, { nullable: true, description: 'Sort.' }) sort?: LeadSort) {
    return lists.listLeads(ctx, { ...page, where, sort });
  }

  @Allow('callback:manage')
  @Mutation(() => LeadListPayload, { description: 'Creates a lead list for a campaign; leads are de-duplicated by phone, linked to known customers and spread across specialists. Needs `callback:manage`.' })
  createLeadList(@Context() ctx: Ctx, @Arg('input', () => CreateLeadListInput, { description: 'The list.' }) input: CreateLeadListInput) {
    return toPayload(() => lists.createLeadList(ctx, input));
  }

  @Allow('callback:work')
  @Mutation(() => LeadPayload, { description: 'Records a call to a lead: outcome, and the reason when refused; calls inside quiet hours are refused. Needs `callback:work`.' })
  recordLeadCall(@Context() ctx: Ctx, @Arg('input', () => RecordLeadCallInput, { description: 'The call.' }) input: RecordLeadCallInput) {
    return toPayload(() => lists.recordLeadCall(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => LeadListPayload, { description: 'Closes a lead list; outcomes become final. Needs `callback:manage`.' })
  closeLeadList(@Context() ctx: Ctx, @Arg('input', () => CloseLeadListInput, { description: 'The list.' }) input: CloseLeadListInput) {
    return toPayload(() => lists.closeLeadList(ctx, input));
  }
}

const EMPTY: LeadListSummary = { leads: 0, called: 0, outcomes: [], refusalReasons: [], perStaff: [] };
const ratio = (a: number, b: number) => (b ? a / b : null);

@Resolver(() => LeadList)
export class LeadListFieldsResolver {
  @FieldResolver(() => LeadListSummaryType, { description: 'Use of the list, outcomes, refusal reasons and staff performance.' })
  async summary(@Root() list: LeadList, @Context() ctx: Ctx): Promise<LeadListSummaryType> {
    const s = await loader(ctx, 'leadList.summary', (ids: readonly number[]) => summariesOf(ctx.em, ids), EMPTY).load(list.id);
    const converted = s.outcomes.find((o) => o.outcome === 'CONVERTED')?.count ?? 0;
    const users = await Promise.all(s.perStaff.map((p) => (p.staffId ? ctx.em.getReference(User, p.staffId, { wrapped: true }).load() : null)));
    return {
      leads: s.leads, called: s.called, utilisation: ratio(s.called, s.leads), converted, conversionRate: ratio(converted, s.called),
      targetAchieved: list.targetConversions == null ? null : converted >= list.targetConversions,
      outcomes: s.outcomes as never, refusalReasons: s.refusalReasons as never, perStaff: s.perStaff.map((p, i) => ({ ...p, staff: users[i] ?? null })),
    };
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who created it.' })
  createdBy(@Root() list: LeadList) { return list.createdBy?.load() ?? null; }
}

@Resolver(() => Lead)
export class LeadFieldsResolver {
  @FieldResolver(() => String, { description: 'Phone; masked (e.g. 138****5678) without `customer:pii:read`.' })
  phone(@Root() lead: Lead, @Context() ctx: Ctx) { return showContact(ctx, 'phone', lead.phone); }

  @FieldResolver(() => LeadList, { description: 'The list.' })
  list(@Root() lead: Lead) { return lead.list.load(); }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer with the same phone, if known.' })
  customer(@Root() lead: Lead) { return lead.customer?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'The specialist calling.' })
  assignee(@Root() lead: Lead) { return lead.assignee?.load() ?? null; }
}
