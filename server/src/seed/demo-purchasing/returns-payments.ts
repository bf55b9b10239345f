import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import type { Ctx } from '../../core/context.js';
import { createLogger } from '../../core/logger.js';
import { shopDay, startOfShopDay } from '../../core/time.js';
import type { DefectiveHolding } from '../../modules/inventory/entities/defective-holding.entity.js';
import type { StockMovement } from '../../modules/inventory/entities/stock-movement.entity.js';
import { LedgerCategory, LedgerEntry } from '../../modules/ledger/entities/ledger-entry.entity.js';
import { postLedgerEntry } from '../../modules/ledger/services/ledger-entries.service.js';
import type { PurchaseOrder, PurchaseOrderLine } from '../../modules/purchasing/entities/purchase-order.entity.js';
import type { PurchaseReceipt } from '../../modules/purchasing/entities/purchase-receipt.entity.js';
import { PurchaseReturn, PurchaseReturnLine, PurchaseReturnSource, PurchaseReturnStatus as R } from '../../modules/purchasing/entities/purchase-return.entity.js';
import { SupplierEntryKind, SupplierLedgerEntry, SupplierPaymentMethod } from '../../modules/purchasing/entities/supplier-ledger-entry.entity.js';
import { addMs, DAY_MS, type DayCodes, type HistoryBook } from './history-book.js';

interface Actor { id: number; label: string }
export interface HistoricalPurchasing {
  receipts: PurchaseReceipt[];
  holdings: { holding: DefectiveHolding; line: PurchaseOrderLine; order: PurchaseOrder }[];
  history: HistoryBook; codes: DayCodes; buyer: Actor; clerk: Actor; rnd: () => number;
  /** Ids of the demo orders' receipt movements that now have documents. */
  documented: number[]; movements: StockMovement[];
}

/** Payables per receipt, returns of most QC rejects with credits, and monthly payments replacing the spot payments. */
export async function seedReturnsAndPayments(tx: EntityManager, config: Config, h: HistoricalPurchasing): Promise<void> {
  const tz = config.shopTimezone;
  const now = Date.now();
  const entry = (e: Omit<SupplierLedgerEntry, 'id' | 'createdAt' | 'updatedAt' | 'businessDay' | 'balanceDelta'>) => tx.create(SupplierLedgerEntry, {
    ...e, balanceDelta: e.kind === SupplierEntryKind.PAYABLE ? e.amount : -e.amount, businessDay: shopDay(e.occurredAt, tz), createdAt: e.occurredAt, updatedAt: e.occurredAt,
  });
  for (const r of h.receipts) {
    if (r.payableAmount > 0) entry({ supplier: r.supplier, kind: SupplierEntryKind.PAYABLE, amount: r.payableAmount, occurredAt: r.receivedAt, sourceType: 'PurchaseReceipt', sourceCode: r.code, note: r.order.getEntity().code, actorLabel: h.clerk.label });
  }

  // Three in four QC rejects older than ten days went back. They were never payable (receipts pay for accepted
  // units only), so their returns credit nothing; the supplier's acknowledgement still closes them.
  for (const { holding, line, order } of h.holdings) {
    if (holding.createdAt.getTime() > now - 10 * DAY_MS || h.rnd() > 0.75) continue;
    const createdAt = addMs(holding.createdAt, (1 + Math.floor(h.rnd() * 3)) * DAY_MS);
    const shippedAt = addMs(createdAt, 0.2 * DAY_MS);
    const creditedAt = addMs(shippedAt, (3 + Math.floor(h.rnd() * 7)) * DAY_MS);
    const credited = creditedAt.getTime() < now - DAY_MS;
    const ret = tx.create(PurchaseReturn, {
      code: h.codes.next('RT', createdAt), supplier: order.supplier, warehouse: holding.warehouse, order, status: credited ? R.CREDITED : R.SHIPPED,
      totalAmount: 0, shippedAt, creditedAt: credited ? creditedAt : undefined, creditReference: credited ? `CN-${shopDay(creditedAt, tz).replaceAll('-', '')}` : undefined,
      note: '退回验收不合格品', createdAt, updatedAt: credited ? creditedAt : shippedAt,
    });
    tx.create(PurchaseReturnLine, { purchaseReturn: ret, sku: holding.sku, source: PurchaseReturnSource.DEFECTIVE, holding, orderLine: line, quantity: holding.quantity, unitPrice: 0, reason: holding.reason, createdAt, updatedAt: createdAt });
    holding.returnedQuantity = holding.quantity;
    holding.heldQuantity = 0;
    line.returnedQuantity += holding.quantity;
    const doc = () => ({ type: 'PurchaseReturn', id: ret.id });
    h.history.add(doc, null, R.DRAFT, createdAt, h.buyer, ret.note);
    h.history.add(doc, R.DRAFT, R.SHIPPED, shippedAt, h.clerk);
    if (credited) h.history.add(doc, R.SHIPPED, R.CREDITED, creditedAt, h.buyer);
  }
  await tx.flush();

  // The demo orders paid each receipt on the spot; settlement is monthly instead (the 8th of the next month).
  const skuOf = (note?: string) => Number(/SKU (\d+)/.exec(note ?? '')?.[1]);
  const documented = new Set(h.documented);
  const keys = new Set(h.movements.filter((m) => documented.has(m.id)).map((m) => `${m.at.getTime()}:${m.sku.id}`));
  const spot = await tx.find(LedgerEntry, { category: LedgerCategory.PURCHASE_PAYMENT, sourceType: 'PurchaseReceipt', reference: { $like: 'DEMO-PO-%' } });
  const replaced = spot.filter((e) => keys.has(`${e.occurredAt.getTime()}:${skuOf(e.note)}`)).map((e) => e.id);
  if (replaced.length) await tx.nativeDelete(LedgerEntry, { id: { $in: replaced } });

  const rows = await tx.find(SupplierLedgerEntry, {}, { populate: ['supplier'] });
  const due = new Map<string, { supplierId: number; code: string; name: string; month: string; amount: number }>();
  for (const r of rows) {
    const month = r.businessDay.slice(0, 7);
    const key = `${r.supplier.id}:${month}`;
    const d = due.get(key) ?? due.set(key, { supplierId: r.supplier.id, code: r.supplier.getEntity().code, name: r.supplier.getEntity().name, month, amount: 0 }).get(key)!;
    d.amount += r.balanceDelta;
  }
  const ctx = { config, log: createLogger('silent'), requestId: 'seed', loaders: new Map(), em: tx, viewer: { kind: 'staff', userId: undefined, permissions: new Set(), label: 'manager@demo.shop' } } as unknown as Ctx;
  const thisMonth = shopDay(new Date(), tz).slice(0, 7);
  const payments: { ledger: LedgerEntry; d: { supplierId: number; code: string; amount: number; month: string } }[] = [];
  for (const d of [...due.values()].sort((a, b) => a.month.localeCompare(b.month) || a.code.localeCompare(b.code))) {
    const [y, m] = d.month.split('-').map(Number);
    const payDay = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-08`;
    const paidAt = addMs(startOfShopDay(payDay, tz), 10 * 3_600_000);
    // Still open: this month's deliveries, and last month's for every third supplier (paid late).
    if (d.amount <= 0 || d.month >= thisMonth || paidAt.getTime() > now || (d.supplierId % 3 === 0 && payDay.slice(0, 7) === thisMonth)) continue;
    const ledger = postLedgerEntry(ctx, tx, { category: LedgerCategory.PURCHASE_PAYMENT, amountFen: d.amount, reference: `TX${d.month.replace('-', '')}-${d.code}`, sourceType: 'SupplierPayment', sourceId: d.code, note: `付款 ${d.name} ${d.month}`, occurredAt: paidAt });
    payments.push({ ledger, d });
  }
  await tx.flush();
  for (const { ledger, d } of payments) {
    entry({ supplier: tx.getReference('Partner', d.supplierId) as never, kind: SupplierEntryKind.PAYMENT, amount: d.amount, occurredAt: ledger.occurredAt, sourceType: 'SupplierPayment',
      method: d.supplierId % 4 === 1 ? SupplierPaymentMethod.ALIPAY : SupplierPaymentMethod.BANK_TRANSFER, reference: ledger.reference, note: `${d.month} 月结`, ledgerEntryId: ledger.id, actorLabel: 'manager@demo.shop' });
  }
}
