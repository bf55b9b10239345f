import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { ImportJob } from '../entities/import-job.entity.js';
import { ImportJobPayload, ImportRowError } from '../types/import.types.js';
import { StartProductImportInput } from '../inputs/import.inputs.js';
import { getImportJob, startProductImport } from '../services/import/import-job.service.js';

@Resolver()
export class ImportsResolver {
  @Allow('product:write')
  @Mutation(() => ImportJobPayload, {
    description: 'Starts a CSV import of products, SKUs and opening stock and returns the job at once; poll `importJob`. Needs `product:write`; rows with opening stock also need `stock:adjust`.',
  })
  startProductImport(@Context() ctx: Ctx, @Arg('input', () => StartProductImportInput, { description: 'The file and the mode.' }) input: StartProductImportInput) {
    return toPayload(() => startProductImport(ctx, input));
  }

  @Allow('product:write')
  @Query(() => ImportJob, { nullable: true, description: 'An import job, for its progress and per-row errors. Needs `product:write`.' })
  importJob(@Context() ctx: Ctx, @Arg('id', () => ID, { description: 'Job id.' }) id: string) {
    return getImportJob(ctx, id);
  }
}

@Resolver(() => ImportJob)
export class ImportJobFieldsResolver {
  @FieldResolver(() => [ImportRowError], { description: 'Problems by row and column (the first 1,000), in file order.' })
  errors(@Root() job: ImportJob): ImportRowError[] {
    return job.errors ?? [];
  }
}
