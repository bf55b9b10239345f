import { Field, ID, InputType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';

@InputType({ description: 'Filters for `auditLogs`; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only records by this staff account.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. `createUser`.' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this entity type, e.g. `User`.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this entity id (with `entityType`).' })
  entityId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Matches part of the summary or actor.' })
  search?: string | null;
}

@InputType({ description: 'Sort order of `auditLogs` (by time).' })
export class AuditLogSort {
  @Field(() => SortDirection, { description: 'DESC (default) shows the newest first.' })
  direction!: SortDirection;
}
