import { Arg, Args, Ctx as Context, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { AuditLog } from '../../../core/audit/audit-log.entity.js';
import { ConnectionType, PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { AuditLogFilter, AuditLogSort } from '../inputs/audit-log.inputs.js';
import { listAuditLogs } from '../services/audit-logs.service.js';

@ObjectType({ description: 'A page of audit records.' })
export class AuditLogConnection extends ConnectionType(AuditLog, 'AuditLog', 'audit record') {}

@Resolver()
export class AuditLogsResolver {
  @Allow('audit:read')
  @Query(() => AuditLogConnection, { description: 'The audit log, newest first by default. Needs `audit:read`.' })
  auditLogs(
    @Context() ctx: Ctx,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => AuditLogFilter, { nullable: true, description: 'Filters.' }) where?: AuditLogFilter,
    @Arg('sort', () => AuditLogSort, { nullable: true, description: 'Sort order.' }) sort?: AuditLogSort,
  ) {
    return listAuditLogs(ctx, { ...page, where, sort });
  }
}

@Resolver(() => AuditLog)
export class AuditLogFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The staff account that acted; null for tokens and anonymous callers.' })
  actor(@Root() row: AuditLog) {
    return row.actor?.load() ?? null;
  }
}
