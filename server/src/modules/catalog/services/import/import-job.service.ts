import type { Ctx } from '../../../../core/context.js';
import { audit } from '../../../../core/audit/audit.service.js';
import { UserError } from '../../../../core/errors.js';
import { User } from '../../../identity/entities/user.entity.js';
import { ImportJob, ImportJobStatus, ImportMode, type ImportRowErrorData } from '../../entities/import-job.entity.js';
import { CsvSyntaxError, parseCsv, type CsvRecord } from '../csv-parse.js';
import { draftRow, readHeader, type ColumnMap, type RowDraft } from './import-columns.js';
import { ImportState, validateChunk } from './import-validate.js';
import { writeRows } from './import-write.js';
import { uniqueAsDuplicate } from '../product-write.service.js';

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const CHUNK = 500;
const MAX_STORED_ERRORS = 1000;

/** Jobs running in this process; tests and shutdown can wait for them. */
const running = new Map<number, Promise<void>>();
export const importsSettled = () => Promise.allSettled([...running.values()]);

export function getImportJob(ctx: Ctx, id: string): Promise<ImportJob | null> {
  return ctx.em.findOne(ImportJob, { id: Number(id), kind: 'products' });
}

/** Checks the file's shape, queues a job and starts it in the background; returns at once. */
export async function startProductImport(ctx: Ctx, input: { csv: string; mode?: ImportMode | null; fileName?: string | null }) {
  if (!input.csv?.trim()) throw UserError.of('REQUIRED', 'The CSV file is empty', 'csv');
  if (Buffer.byteLength(input.csv, 'utf8') > MAX_CSV_BYTES) throw UserError.of('TOO_LARGE', 'The CSV file can be at most 5 MB; split it into several files', 'csv');
  let records: CsvRecord[];
  try {
    records = parseCsv(input.csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw UserError.of('INVALID', `Not a valid CSV file: ${error.message}`, 'csv');
    throw error;
  }
  const [header, ...rows] = records;
  const columns = readHeader(header?.cells ?? []);
  if (typeof columns === 'string') throw UserError.of('INVALID', columns, 'csv');
  if (!rows.length) throw UserError.of('INVALID', 'The file has a header but no rows', 'csv');

  const mode = input.mode ?? ImportMode.ALL_OR_NOTHING;
  const job = await ctx.em.transactional(async (tx) => {
    const created = tx.create(ImportJob, {
      kind: 'products', fileName: input.fileName?.slice(0, 200) || undefined, mode, totalRows: rows.length,
      createdBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined,
    });
    await tx.flush();
    audit(ctx, tx, { operation: 'startProductImport', entityType: 'ImportJob', entityId: created.id, summary: `${mode} import of ${rows.length} rows${input.fileName ? ` from ${input.fileName}` : ''}` });
    return created;
  });

  // The background run gets its own EntityManager: the request's is finished when the response is sent.
  const background: Ctx = { ...ctx, em: ctx.em.fork({ clear: true }), loaders: new Map() };
  const run = runImport(background, job.id, columns, rows, mode).finally(() => running.delete(job.id));
  running.set(job.id, run);
  return { job };
}

async function runImport(ctx: Ctx, jobId: number, columns: ColumnMap, records: CsvRecord[], mode: ImportMode): Promise<void> {
  const em = ctx.em;
  const errors: ImportRowErrorData[] = [];
  let errorCount = 0;
  let imported = 0;
  const report = (rows: RowDraft[]) => {
    for (const row of rows) {
      for (const e of row.errors) {
        errorCount++;
        if (errors.length < MAX_STORED_ERRORS) errors.push({ row: row.row, column: e.column, message: e.message, code: e.code });
      }
    }
  };
  const progress = (fields: Partial<Pick<ImportJob, 'status' | 'processedRows' | 'importedRows' | 'errorCount' | 'errors' | 'finishedAt'>>) =>
    em.nativeUpdate(ImportJob, { id: jobId }, { ...fields, updatedAt: new Date() });

  try {
    await progress({ status: ImportJobStatus.RUNNING });
    const state = await ImportState.create(em, !!ctx.viewer?.permissions.has('stock:adjust'));
    const valid: RowDraft[] = [];
    for (let start = 0; start < records.length; start += CHUNK) {
      const rows = records.slice(start, start + CHUNK).map((r) => draftRow(r, columns));
      await validateChunk(em, state, rows);
      report(rows);
      const good = rows.filter((r) => !r.errors.length);
      if (mode === ImportMode.VALID_ROWS_ONLY && good.length) {
        // Each chunk commits on its own, so a late failure keeps the earlier chunks.
        const result = await uniqueAsDuplicate(() => em.transactional((tx) => writeRows({ ...ctx, em: tx }, tx, state, good, jobId)));
        for (const [code, id] of result.productIds) state.products.get(code)!.id = id;
        imported += good.length;
      } else {
        valid.push(...good);
      }
      await progress({ processedRows: Math.min(start + CHUNK, records.length), importedRows: imported, errorCount });
    }
    if (mode === ImportMode.ALL_OR_NOTHING && !errorCount) {
      await uniqueAsDuplicate(() => em.transactional((tx) => writeRows({ ...ctx, em: tx }, tx, state, valid, jobId)));
      imported = valid.length;
    }
    const failed = imported === 0;
    await progress({ status: failed ? ImportJobStatus.FAILED : ImportJobStatus.SUCCEEDED, importedRows: imported, errorCount, errors, finishedAt: new Date() });
  } catch (error) {
    // Expected refusals from the ledger (e.g. a warehouse closed meanwhile) are reported; the rest is logged.
    const message = error instanceof UserError ? error.message : 'Unexpected error; the import stopped (see the server log)';
    if (!(error instanceof UserError)) ctx.log.error({ err: error, jobId }, 'product import failed');
    errorCount++;
    errors.push({ row: 0, column: null, message, code: error instanceof UserError ? error.errors[0].code : 'INTERNAL' });
    await progress({ status: ImportJobStatus.FAILED, importedRows: imported, errorCount, errors, finishedAt: new Date() }).catch(() => undefined);
  }
}
