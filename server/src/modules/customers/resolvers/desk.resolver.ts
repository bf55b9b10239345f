import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { SpecialistProfile } from '../entities/specialist-profile.entity.js';
import { AssignCustomersPayload, AutoAssignPayload, ContactLogConnection, ContactLogPayload, FirstContactOverview, SpecialistProfilePayload } from '../types/customer.types.js';
import { AssignCustomersInput, AutoAssignCustomersInput, ContactLogFilter, DeskTimeSort, LogCareActionInput, LogContactInput, SetSpecialistProfileInput } from '../inputs/desk.inputs.js';
import * as assignment from '../services/assignment.service.js';
import * as overview from '../services/overview.service.js';
import * as contacts from '../services/contacts.service.js';

@Resolver()
export class DeskResolver {
  @Allow('customer:assign')
  @Mutation(() => AssignCustomersPayload, { description: 'Assigns customers to a specialist by hand; each reassignment ends the previous one (kept as history) and starts a 7-day first-contact deadline. Needs `customer:assign`.' })
  assignCustomers(@Context() ctx: Ctx, @Arg('input', () => AssignCustomersInput, { description: 'Customers and specialist.' }) input: AssignCustomersInput) {
    return toPayload(() => assignment.assignCustomers(ctx, input));
  }

  @Allow('customer:assign')
  @Mutation(() => AutoAssignPayload, { description: 'Distributes customers across specialists so that each one’s load is proportional to their ability factor. Needs `customer:assign`.' })
  autoAssignCustomers(@Context() ctx: Ctx, @Arg('input', () => AutoAssignCustomersInput, { description: 'Customers and specialists (defaults: unassigned customers, the pool).' }) input: AutoAssignCustomersInput) {
    return toPayload(() => assignment.autoAssignCustomers(ctx, input));
  }

  @Allow('customer:assign')
  @Mutation(() => SpecialistProfilePayload, { description: 'Sets a specialist’s ability factor and whether they are in the assignment pool. Needs `customer:assign`.' })
  setSpecialistProfile(@Context() ctx: Ctx, @Arg('input', () => SetSpecialistProfileInput, { description: 'Specialist and settings.' }) input: SetSpecialistProfileInput) {
    return toPayload(() => assignment.setSpecialistProfile(ctx, input));
  }

  @Allow('customer:read')
  @Query(() => [SpecialistProfile], { description: 'Specialists with an ability profile, with their workload (a short list). Needs `customer:read`.' })
  specialists(@Context() ctx: Ctx) {
    return overview.listSpecialists(ctx);
  }

  @Allow('customer:read')
  @Query(() => FirstContactOverview, { description: 'The 7-day first-contact rule per specialist and per team: owned, awaiting, overdue, due within a day. Needs `customer:read`.' })
  firstContactOverview(@Context() ctx: Ctx, @Arg('teamId', () => ID, { nullable: true, description: 'Only this department.' }) teamId?: string) {
    return overview.firstContactOverview(ctx, { teamId });
  }

  @Allow('customer:write')
  @Mutation(() => ContactLogPayload, { description: 'Logs an interaction (phone, e-mail, SMS or chat). The first contact made after an assignment meets its deadline; outbound calls and texts inside quiet hours are refused. Needs `customer:write`.' })
  logContact(@Context() ctx: Ctx, @Arg('input', () => LogContactInput, { description: 'The contact.' }) input: LogContactInput) {
    return toPayload(() => contacts.logContact(ctx, input));
  }

  @Allow('customer:write')
  @Mutation(() => ContactLogPayload, { description: 'Logs a care action (festival greeting, exclusive offer…) like a contact. Needs `customer:write`.' })
  logCareAction(@Context() ctx: Ctx, @Arg('input', () => LogCareActionInput, { description: 'The care action.' }) input: LogCareActionInput) {
    return toPayload(() => contacts.logCareAction(ctx, input));
  }

  @Allow('customer:read')
  @Query(() => ContactLogConnection, { description: 'The contact log, newest first; specialists see their own entries unless they name a customer. Needs `customer:read`.' })
  contactLogs(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ContactLogFilter, { nullable: true, description: 'Filters.' }) where?: ContactLogFilter,
    @Arg('sort', () => DeskTimeSort, { nullable: true, description: 'Sort order.' }) sort?: DeskTimeSort,
  ) {
    return contacts.listContactLogs(ctx, { ...page, where, sort });
  }
}
