import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { UserError } from '../../../core/errors.js';
import { CsvSyntaxError, parseCsv, unguardCell } from '../../catalog/services/csv-parse.js';
import { Shipment } from '../entities/shipment.entity.js';
import { TrackingEvent, TrackingSource, TrackingStatus } from '../entities/tracking-event.entity.js';
import { parseShopTime } from './local-time.js';
import { applyEvent, eventProblems, type TrackingInput } from './tracking.service.js';

export interface ImportRowError { row: number; column: string | null; message: string; code: string }

const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 5_000;

const COLUMNS: Record<string, string[]> = {
  waybillNo: ['waybill_no', 'waybill', '运单号'],
  courier: ['courier', 'courier_code', '快递公司'],
  at: ['time', 'at', '时间'],
  status: ['status', '状态'],
  location: ['location', '地点'],
  description: ['description', '描述', '详情'],
};

const STATUS_WORDS: Record<string, TrackingStatus> = {
  已揽收: TrackingStatus.COLLECTED, 揽收: TrackingStatus.COLLECTED, 运输中: TrackingStatus.IN_TRANSIT, 派送中: TrackingStatus.OUT_FOR_DELIVERY,
  已签收: TrackingStatus.SIGNED, 签收: TrackingStatus.SIGNED, 疑难件: TrackingStatus.EXCEPTION, 异常: TrackingStatus.EXCEPTION, 退回: TrackingStatus.RETURNED,
};

function readStatus(text: string): TrackingStatus | null {
  const t = text.trim();
  if ((Object.values(TrackingStatus) as string[]).includes(t.toUpperCase())) return t.toUpperCase() as TrackingStatus;
  return STATUS_WORDS[t] ?? null;
}

/**
 * Imports a courier's tracking export. Bad rows are reported by row and column and skipped;
 * rows already recorded are skipped silently, so the same file can be imported twice; the
 * good rows are applied together, oldest first per waybill.
 */
export async function importTrackingCsv(ctx: Ctx, input: { csv: string }) {
  if (!input.csv?.trim()) throw UserError.of('REQUIRED', 'The CSV file is empty', 'csv');
  if (Buffer.byteLength(input.csv, 'utf8') > MAX_BYTES) throw UserError.of('TOO_LARGE', 'The CSV file can be at most 2 MB', 'csv');
  let records;
  try { records = parseCsv(input.csv); } catch (error) {
    if (error instanceof CsvSyntaxError) throw UserError.of('INVALID', `Not a valid CSV file: ${error.message}`, 'csv');
    throw error;
  }
  const [header, ...rows] = records;
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, aliases]) => [key, names.findIndex((n) => aliases.includes(n))]));
  const missing = ['waybillNo', 'at', 'status'].filter((k) => index[k] < 0);
  if (missing.length) throw UserError.of('INVALID', `Missing column(s): ${missing.map((k) => COLUMNS[k][0]).join(', ')}`, 'csv');
  if (rows.length > MAX_ROWS) throw UserError.of('TOO_LARGE', `At most ${MAX_ROWS} rows per file`, 'csv');

  const cell = (cells: string[], key: string) => (index[key] >= 0 ? unguardCell(cells[index[key]] ?? '').trim() : '');
  const own = partnerScope(ctx.viewer);
  const waybills = [...new Set(rows.map((r) => cell(r.cells, 'waybillNo')).filter(Boolean))];
  const shipments = waybills.length ? await ctx.em.find(Shipment, { waybillNo: { $in: waybills }, ...(own == null ? {} : { order: { agent: own } }) }, { populate: ['courier'] }) : [];
  const existing = shipments.length ? await ctx.em.find(TrackingEvent, { shipment: { $in: shipments.map((s) => s.id) } }) : [];
  const known = new Set(existing.map((e) => `${e.shipment.id}|${e.at.getTime()}|${e.status}`));

  const errors: ImportRowError[] = [];
  const good: { row: number; shipment: Shipment; event: TrackingInput }[] = [];
  let duplicates = 0;
  for (const r of rows) {
    const fail = (column: string | null, message: string, code = 'INVALID') => errors.push({ row: r.row, column, message, code });
    const waybillNo = cell(r.cells, 'waybillNo');
    const courier = cell(r.cells, 'courier').toUpperCase();
    const matches = shipments.filter((s) => s.waybillNo === waybillNo && (!courier || s.courier.getEntity().code === courier));
    const at = parseShopTime(cell(r.cells, 'at'), ctx.config.shopTimezone);
    const status = readStatus(cell(r.cells, 'status'));
    if (!waybillNo) { fail('waybill_no', 'Waybill number is empty', 'REQUIRED'); continue; }
    if (!matches.length) { fail('waybill_no', `No shipment with waybill ${waybillNo}`, 'NOT_FOUND'); continue; }
    if (matches.length > 1) { fail('courier', `Waybill ${waybillNo} exists with several couriers; fill in the courier`); continue; }
    if (!at) { fail('time', 'Time must look like 2026-11-11 20:15 (shop time) or ISO 8601 with a zone'); continue; }
    if (!status) { fail('status', `Unknown status; use one of ${Object.values(TrackingStatus).join(', ')} or 已揽收/运输中/派送中/已签收/疑难件/退回`); continue; }
    const event = { at, status, location: cell(r.cells, 'location') || null, description: cell(r.cells, 'description') || null };
    const key = `${matches[0].id}|${at.getTime()}|${status}`;
    if (known.has(key)) { duplicates++; continue; }
    known.add(key);
    good.push({ row: r.row, shipment: matches[0], event });
  }
  good.sort((a, b) => a.shipment.id - b.shipment.id || a.event.at.getTime() - b.event.at.getTime());

  const imported = await ctx.em.transactional(async (tx) => {
    let count = 0;
    for (const g of good) {
      // Checked against the shipment as the earlier rows of this file left it.
      const problems = eventProblems(g.shipment, g.event);
      if (problems.length) { for (const [field, message, code] of problems) errors.push({ row: g.row, column: field === 'waybillNo' ? 'waybill_no' : field, message, code }); continue; }
      await applyEvent(ctx, tx, g.shipment, g.event, TrackingSource.IMPORT);
      count++;
    }
    await tx.flush();
    audit(ctx, tx, { operation: 'importTrackingCsv', entityType: 'Shipment', summary: `${count} tracking event(s) imported, ${duplicates} already known, ${errors.length} row error(s)` });
    return count;
  });
  errors.sort((a, b) => a.row - b.row);
  return { imported, duplicates, rowErrors: errors };
}
