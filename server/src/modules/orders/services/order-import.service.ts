import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { UserError } from '../../../core/errors.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { yuanToFen } from '../../catalog/services/money.js';
import type { CsvRecord } from '../../catalog/services/csv-parse.js';
import { readCsvTable } from '../../../core/csv-table.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { parseShopTime } from '../../shipping/services/local-time.js';
import type { Order } from '../entities/order.entity.js';
import { PaymentMethod } from '../entities/payment.entity.js';
import { draftOrder, writeOrder, type CreateOrderInput, type OrderDraft } from './order-create.service.js';
import { columnOfField, ORDER_COLUMNS, readChannel, readMethod, readYes, REQUIRED_COLUMNS, type OrderColumn } from './order-import-columns.js';
import { takePayment } from './payments.service.js';

export interface ImportRowError { row: number; column: string | null; message: string; code: string }

const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ROWS = 2_000;

type Group = { no: string; rows: CsvRecord[] };

/**
 * Imports orders from a platform export (one row per order line; rows with the same order
 * number form one order). Each order is checked like createOrder; an order with a bad row is
 * skipped and its rows reported; orders already imported are counted as duplicates and
 * skipped. The good orders are written together in one transaction, paid ones with their
 * platform payment.
 */
export async function importOrdersCsv(ctx: Ctx, input: { csv: string }) {
  const { rows, cell } = readCsvTable(input.csv, ORDER_COLUMNS, REQUIRED_COLUMNS, { maxBytes: MAX_BYTES, maxRows: MAX_ROWS });

  const groups = new Map<string, Group>();
  for (const r of rows) {
    const no = cell(r, 'platformOrderNo') || `row-${r.row}`;
    const key = `${cell(r, 'channel')}|${cell(r, 'agentCode')}|${no}`;
    if (!groups.has(key)) groups.set(key, { no, rows: [] });
    groups.get(key)!.rows.push(r);
  }
  const skuByCode = new Map((await ctx.em.find(Sku, { code: { $in: [...new Set(rows.map((r) => cell(r, 'skuCode')).filter(Boolean))] } })).map((s) => [s.code, s.id]));
  const agentByCode = new Map((await ctx.em.find(Partner, { type: PartnerType.AGENT })).map((p) => [p.code, p.id]));

  const errors: ImportRowError[] = [];
  const ready: { draft: OrderDraft; paid: boolean; reference: string }[] = [];
  let duplicates = 0;
  for (const group of groups.values()) {
    const first = group.rows[0];
    const local: ImportRowError[] = [];
    const fail = (row: number, column: OrderColumn | string | null, message: string, code = 'INVALID') =>
      local.push({ row, column: column && column in ORDER_COLUMNS ? ORDER_COLUMNS[column as OrderColumn][0] : column, message, code });
    const channel = readChannel(cell(first, 'channel'));
    if (!channel) fail(first.row, 'channel', 'Channel: TAOBAO, TMALL, OWN_SHOP or AGENT (淘宝/天猫/自营/代理)');
    const method = readMethod(cell(first, 'shippingMethod'));
    if (!method) fail(first.row, 'shippingMethod', 'Shipping method: SURFACE, EXPRESS or EMS (平邮/快递/EMS)');
    const placedText = cell(first, 'placedAt');
    const placedAt = placedText ? parseShopTime(placedText, ctx.config.shopTimezone) : null;
    if (placedText && !placedAt) fail(first.row, 'placedAt', 'Time must look like 2026-11-11 20:15 (shop time)');
    const paid = readYes(cell(first, 'paid'));
    if (paid == null) fail(first.row, 'paid', 'Paid: yes or no (是/否)');
    const agentCode = cell(first, 'agentCode');
    if (agentCode && !agentByCode.has(agentCode)) fail(first.row, 'agentCode', `No agent ${agentCode}`, 'NOT_FOUND');
    const lines = group.rows.map((r) => {
      const skuId = skuByCode.get(cell(r, 'skuCode'));
      if (!skuId) fail(r.row, 'skuCode', `No SKU with code “${cell(r, 'skuCode')}”`, 'NOT_FOUND');
      const quantity = Number(cell(r, 'quantity'));
      const discountText = cell(r, 'discount');
      const discountFen = discountText ? yuanToFen(discountText) : 0;
      if (discountFen == null) fail(r.row, 'discount', 'Discount in yuan, e.g. 5 or 5.50');
      const gift = readYes(cell(r, 'gift'));
      if (gift == null) fail(r.row, 'gift', 'Gift: yes or no (是/否)');
      return { skuId: String(skuId ?? 0), quantity, discountFen: discountFen ?? 0, isGift: !!gift };
    });
    if (local.length) { errors.push(...local); continue; }
    const request: CreateOrderInput = {
      channel: channel!, platformOrderNo: cell(first, 'platformOrderNo') || null, agentId: agentCode ? String(agentByCode.get(agentCode)) : null,
      buyerAccount: cell(first, 'buyerAccount') || null, shippingMethod: method!, lines, buyerNote: cell(first, 'buyerNote') || null, placedAt,
      address: { receiverName: cell(first, 'receiverName'), receiverPhone: cell(first, 'receiverPhone'), province: cell(first, 'province'), city: cell(first, 'city'), district: cell(first, 'district') || null, addressDetail: cell(first, 'addressDetail') },
    };
    try {
      ready.push({ draft: await draftOrder(ctx, request), paid: !!paid, reference: cell(first, 'paymentReference') });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      if (error.errors.every((e) => e.code === 'DUPLICATE' && e.field === 'platformOrderNo')) { duplicates++; continue; }
      for (const e of error.errors) {
        const lineRow = /^lines\.(\d+)\./.exec(e.field ?? '');
        errors.push({ row: lineRow ? group.rows[Number(lineRow[1])].row : first.row, column: columnOfField(e.field), message: e.message, code: e.code });
      }
    }
  }

  const orders = await ctx.em.transactional(async (tx) => {
    const written: Order[] = [];
    for (const { draft, paid, reference } of ready) {
      const order = await writeOrder(ctx, tx, draft, 'importOrdersCsv');
      if (paid) await takePayment(ctx, tx, order, { orderId: String(order.id), amountFen: order.totalFen, method: PaymentMethod.PLATFORM, reference: reference || draft.platformOrderNo, at: draft.placedAt });
      written.push(order);
    }
    await tx.flush();
    // Recorded even when nothing was imported: someone tried, and the log says what came of it.
    audit(ctx, tx, { operation: 'importOrdersCsv', entityType: 'Order', summary: `${written.length} order(s) imported, ${duplicates} already in the system, ${errors.length} row error(s)` });
    return written;
  });
  errors.sort((a, b) => a.row - b.row);
  return { imported: orders.length, duplicates, orders, rowErrors: errors };
}
