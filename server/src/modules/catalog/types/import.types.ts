import { Field, Int, ObjectType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ImportJob } from '../entities/import-job.entity.js';

@ObjectType({ description: 'A problem with one row of an import.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number as a spreadsheet shows it (the header is row 1).' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, e.g. `price_yuan`; null for the whole row.' })
  column?: string | null;

  @Field(() => String, { description: 'What is wrong.' })
  message!: string;

  @Field(() => String, { description: 'A stable code: INVALID, REQUIRED, DUPLICATE, NOT_FOUND, FORBIDDEN, CONFLICT.' })
  code!: string;
}

@ObjectType({ description: 'Result of `startProductImport`.' })
export class ImportJobPayload {
  @Field(() => ImportJob, { nullable: true, description: 'The job, already queued; poll `importJob(id)` for progress. Null when the file was refused.' })
  job?: ImportJob | null;

  @Field(() => [FieldError], { description: 'Why the file was refused before any row was read: REQUIRED, TOO_LARGE, INVALID (not CSV, missing columns).' })
  errors!: FieldError[];
}
