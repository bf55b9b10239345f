import { Arg, Args, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
// Complaint follow-up callbacks subscribe to 'complaint.closed' when the callbacks module loads.
import '../services/complaint-follow-up.js';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { CallbackTask } from '../entities/callback-task.entity.js';
import { CallbackTaskConnection, CallbackTaskPayload, CallbackTasksPayload, ComplaintRequestConnection, ComplaintRequestPayload } from '../types/callback.types.js';
import { CallbackTaskFilter, CallbackTimeSort, ComplaintRequestFilter, RaiseCallbackComplaintInput, ReassignCallbackTasksInput, RecordCallbackInput, ResolveFollowUpInput, ScheduleCallbackInput } from '../inputs/callback.inputs.js';
import * as tasks from '../services/tasks.service.js';
import * as form from '../services/callback-form.service.js';
import { isPartnerCaller } from '../../customers/services/scope.js';

@Resolver()
export class CallbackTasksResolver {
  @Allow('customer:read')
  @Query(() => CallbackTaskConnection, { description: 'Callback tasks by due time; specialists see their own by default (“my callbacks”). Needs `customer:read`.' })
  callbackTasks(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => CallbackTaskFilter, { nullable: true, description: 'Filters.' }) where?: CallbackTaskFilter,
    @Arg('sort', () => CallbackTimeSort, { nullable: true, description: 'Sort by due time (default soonest first).' }) sort?: CallbackTimeSort,
  ) {
    return tasks.listTasks(ctx, { ...page, where, sort });
  }

  @Allow('customer:read')
  @Query(() => CallbackTask, { nullable: true, description: 'One callback task with its campaign script. Needs `customer:read`.' })
  callbackTask(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Task id.' }) id: string) {
    return isPartnerCaller(ctx) ? null : ctx.em.findOne(CallbackTask, Number(id));
  }

  @Allow('callback:work')
  @Mutation(() => CallbackTaskPayload, { description: 'Plans a callback: before the task is due and never inside the quiet hours (refused with QUIET_HOURS or OUTSIDE_DUE_WINDOW). Needs `callback:work`.' })
  scheduleCallback(@Context() ctx: Ctx, @Arg('input', () => ScheduleCallbackInput, { description: 'Task and time.' }) input: ScheduleCallbackInput) {
    return toPayload(() => tasks.scheduleTask(ctx, input));
  }

  @Allow('callback:work')
  @Mutation(() => CallbackTaskPayload, { description: 'Records the callback form: reached, rating, opinions, suggestions, follow-up; an unsatisfied result may open a complaint request. Calls inside quiet hours are refused. Needs `callback:work`.' })
  recordCallback(@Context() ctx: Ctx, @Arg('input', () => RecordCallbackInput, { description: 'The form.' }) input: RecordCallbackInput) {
    return toPayload(() => form.recordCallback(ctx, input));
  }

  @Allow('callback:work')
  @Mutation(() => CallbackTaskPayload, { description: 'Marks a callback’s follow-up as resolved. Needs `callback:work`.' })
  resolveCallbackFollowUp(@Context() ctx: Ctx, @Arg('input', () => ResolveFollowUpInput, { description: 'Task and resolution.' }) input: ResolveFollowUpInput) {
    return toPayload(() => tasks.resolveFollowUp(ctx, input));
  }

  @Allow('callback:work')
  @Mutation(() => ComplaintRequestPayload, { description: 'Opens a complaint request for an unsatisfied callback. Needs `callback:work`.' })
  raiseCallbackComplaint(@Context() ctx: Ctx, @Arg('input', () => RaiseCallbackComplaintInput, { description: 'Task and complaint.' }) input: RaiseCallbackComplaintInput) {
    return toPayload(() => form.raiseCallbackComplaint(ctx, input));
  }

  @Allow('callback:manage')
  @Mutation(() => CallbackTasksPayload, { description: 'Moves open callback tasks to another specialist. Needs `callback:manage`.' })
  reassignCallbackTasks(@Context() ctx: Ctx, @Arg('input', () => ReassignCallbackTasksInput, { description: 'Tasks and specialist.' }) input: ReassignCallbackTasksInput) {
    return toPayload(() => tasks.reassignTasks(ctx, input));
  }

  @Allow('complaint:read')
  @Query(() => ComplaintRequestConnection, { description: 'Complaint requests raised from customer service, newest first, for after-sales to register. Needs `complaint:read`.' })
  complaintRequests(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => ComplaintRequestFilter, { nullable: true, description: 'Filters.' }) where?: ComplaintRequestFilter,
    @Arg('sort', () => CallbackTimeSort, { nullable: true, description: 'Sort by time.' }) sort?: CallbackTimeSort,
  ) {
    return form.listComplaintRequests(ctx, { ...page, where, sort });
  }
}
