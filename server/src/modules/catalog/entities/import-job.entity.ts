import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';

export enum ImportJobStatus { QUEUED = 'QUEUED', RUNNING = 'RUNNING', SUCCEEDED = 'SUCCEEDED', FAILED = 'FAILED' }
registerEnumType(ImportJobStatus, {
  name: 'ImportJobStatus', description: 'State of an import job.',
  valuesConfig: {
    QUEUED: { description: 'Accepted, not started.' },
    RUNNING: { description: 'Checking or writing rows; see `processedRows`.' },
    SUCCEEDED: { description: 'Finished; in VALID_ROWS_ONLY mode some rows may have been skipped (see `errors`).' },
    FAILED: { description: 'Nothing (ALL_OR_NOTHING) or not everything was imported; see `errors`.' },
  },
});

export enum ImportMode { ALL_OR_NOTHING = 'ALL_OR_NOTHING', VALID_ROWS_ONLY = 'VALID_ROWS_ONLY' }
registerEnumType(ImportMode, {
  name: 'ImportMode', description: 'What happens to the good rows when some rows are bad.',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Any bad row and nothing is imported (default).' },
    VALID_ROWS_ONLY: { description: 'Bad rows are skipped and reported; the others are imported.' },
  },
});

/** One problem with one cell or row of an import. */
export interface ImportRowErrorData { row: number; column: string | null; message: string; code: string }

/** A CSV import run in the background; the web polls it for progress. */
@ObjectType({ description: 'A product import running in the background. Needs `product:write`.' })
@Entity({ tableName: 'import_jobs' })
export class ImportJob extends BaseEntity<'status' | 'processedRows' | 'importedRows' | 'errors' | 'errorCount'> {
  @Field(() => String, { description: 'What is imported: `products`.' })
  @Property({ type: 'string', length: 30 })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The uploaded file’s name, for display.' })
  @Property({ type: 'string', length: 200, nullable: true })
  fileName?: string;

  @Field(() => ImportMode, { description: 'All-or-nothing or valid rows only.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  mode!: ImportMode;

  @Field(() => ImportJobStatus, { description: 'State.' })
  @Property({ type: 'string', length: 30 }) // an enum, validated by GraphQL and the services; no DB check (SQLite diffs them spuriously)
  @Index()
  status: ImportJobStatus = ImportJobStatus.QUEUED;

  @Field(() => Int, { description: 'Data rows in the file (the header not counted).' })
  @Property({ type: 'integer' })
  totalRows!: number;

  @Field(() => Int, { description: 'Rows checked so far: progress is processedRows / totalRows.' })
  @Property({ type: 'integer', default: 0 })
  processedRows: number = 0;

  @Field(() => Int, { description: 'Rows written to the catalog.' })
  @Property({ type: 'integer', default: 0 })
  importedRows: number = 0;

  @Field(() => Int, { description: 'Number of problems found (the `errors` list keeps the first 1,000).' })
  @Property({ type: 'integer', default: 0 })
  errorCount: number = 0;

  /** Per-row problems, capped at 1,000. */
  @Property({ type: 'json' })
  errors: ImportRowErrorData[] = [];

  @ManyToOne(() => User, { ref: true, nullable: true, index: true })
  createdBy?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'When it finished (UTC).' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date;
}
