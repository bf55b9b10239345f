import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { sql } from '../core/db/sql.js';
import { shopDay } from '../core/time.js';
import { Contract, ContractStatus } from '../modules/contracts/entities/contract.entity.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { DefectiveHolding, DefectiveSource } from '../modules/inventory/entities/defective-holding.entity.js';
import { MovementType, StockMovement } from '../modules/inventory/entities/stock-movement.entity.js';
import { PurchaseOrder, PurchaseOrderLine, PurchaseOrderStatus as S } from '../modules/purchasing/entities/purchase-order.entity.js';
import { PurchaseReceipt, PurchaseReceiptLine } from '../modules/purchasing/entities/purchase-receipt.entity.js';
import { addDays } from '../modules/purchasing/services/access.js';
import { SupplierSku } from '../modules/suppliers/entities/supplier-sku.entity.js';
import { preferredSupplierSkus } from '../modules/suppliers/services/supplier-skus.service.js';
import { addMs, DAY_MS, DayCodes, HistoryBook } from './demo-purchasing/history-book.js';
import { seedOpenPurchasing } from './demo-purchasing/open-work.js';
import { seedReturnsAndPayments } from './demo-purchasing/returns-payments.js';

function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const REJECT_REASONS = ['包装破损', '受潮', '色差', '数量短装', '规格不符', '外观划痕'];

/**
 * A year of purchasing for the demo shop. The demo orders already received stock when it ran
 * short (RECEIPT rows `DEMO-PR-…`, paid on the spot in the money ledger); here those receipts get
 * their documents: weekly purchase orders per supplier (some late, some confirmed with a promised
 * date, a few still partially received), receipts with QC results (rejects held apart for return),
 * payables, returns with credits and monthly payments that replace the spot payments. The stock
 * ledger gains no rows except one purchase return from saleable stock, posted through the ledger
 * service, so on hand stays the sum of the ledger. Then today's open work: orders in flight and
 * one draft plan. Runs after suppliers (SupplierSku) and orders; skipped once any order exists.
 */
export async function seedDemoPurchasing(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(PurchaseOrder, {})) return;
  if (!(await em.count(SupplierSku, {}))) return;
  const rnd = random(20261207);
  await em.transactional((tx) => seedHistory(tx, config, rnd));
  await seedOpenPurchasing(em.fork(), config, rnd); // a fresh context: the history's thousands of entities would slow every flush
}

/** The past year, in one transaction: orders, receipts, holdings, returns, the supplier account. */
async function seedHistory(em: EntityManager, config: Config, rnd: () => number): Promise<void> {
  const tz = config.shopTimezone;
  const now = new Date();
  const users = await em.find(User, { email: { $in: ['purchasing@demo.shop', 'warehouse1@demo.shop'] } });
  const who = (email: string) => { const u = users.find((x) => x.email === email) ?? users[0]; return { id: u.id, label: u.email }; };
  const [buyer, clerk] = [who('purchasing@demo.shop'), who('warehouse1@demo.shop')];

  const movements = await em.find(StockMovement, { type: MovementType.RECEIPT, referenceType: 'PurchaseReceipt', referenceId: { $like: 'DEMO-PR-%' } }, { orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  const skuIds = [...new Set(movements.map((m) => m.sku.id))];
  const terms = await preferredSupplierSkus(em, skuIds);
  for (const t of await em.find(SupplierSku, { sku: { $in: skuIds.filter((id) => !terms.has(id)) } }, { orderBy: { id: 'asc' } })) if (!terms.has(t.sku.id)) terms.set(t.sku.id, t);
  await em.populate([...terms.values()], ['supplier']);
  const contracts = await em.find(Contract, { status: { $in: [ContractStatus.SIGNED, ContractStatus.ACTIVE] }, supplier: { $ne: null } });

  // One order per supplier × warehouse × week of arrival.
  const groups = new Map<string, StockMovement[]>();
  for (const m of movements) {
    const t = terms.get(m.sku.id);
    if (!t) continue;
    const week = Math.floor(Date.parse(`${shopDay(m.at, tz)}T00:00:00Z`) / (7 * DAY_MS));
    const key = `${t.supplier.id}:${m.warehouse.id}:${week}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const ordered = [...groups.values()].sort((a, b) => a[0].at.getTime() - b[0].at.getTime());
  const stillOpen = new Set(ordered.slice(-3)); // the latest three are only partly delivered
  const codes = new DayCodes(tz);
  const history = new HistoryBook();
  const holdings: { holding: DefectiveHolding; line: PurchaseOrderLine; order: PurchaseOrder }[] = [];
  const receipts: PurchaseReceipt[] = [];
  const relabel: { ids: number[]; code: string; orderCode: string }[] = [];

  for (const group of ordered) {
    const first = group[0].at;
    const last = group[group.length - 1].at;
    const t0 = terms.get(group[0].sku.id)!;
    const lead = Math.max(...group.map((m) => terms.get(m.sku.id)!.leadTimeDays));
    const createdAt = addMs(first, -(lead + 1) * DAY_MS - Math.floor(rnd() * 6) * 3_600_000);
    const sentAt = addMs(createdAt, 2 * 3_600_000);
    const late = rnd() < 0.2;
    const firstDay = shopDay(first, tz);
    const expected = late ? addDays(firstDay, -(1 + Math.floor(rnd() * 4))) : addDays(firstDay, Math.floor(rnd() * 3));
    const confirmedAt = rnd() < 0.7 ? addMs(sentAt, 0.4 * DAY_MS) : undefined;
    const promised = confirmedAt ? addDays(expected, rnd() < 0.25 ? 1 : 0) : undefined;
    const contract = contracts.find((c) => c.supplier!.id === t0.supplier.id && c.startDate <= shopDay(createdAt, tz) && shopDay(createdAt, tz) <= c.endDate);
    const order = em.create(PurchaseOrder, {
      code: codes.next('PO', createdAt), supplier: t0.supplier, warehouse: group[0].warehouse, status: S.SENT, contract, createdAt, updatedAt: last,
      expectedDeliveryDate: expected, promisedDeliveryDate: promised, approvedAt: addMs(createdAt, 3_600_000), sentAt, confirmedAt, totalAmount: 0,
      note: rnd() < 0.15 ? '电话确认交期' : undefined,
    });
    const doc = () => ({ type: 'PurchaseOrder', id: order.id });
    history.add(doc, null, S.DRAFT, createdAt, buyer);
    history.add(doc, S.DRAFT, S.APPROVED, order.approvedAt!, buyer);
    history.add(doc, S.APPROVED, S.SENT, sentAt, buyer);
    if (confirmedAt) history.add(doc, S.SENT, S.SENT, confirmedAt, { id: buyer.id, label: `token:${t0.supplier.getEntity().code}` }, `confirmed, delivery promised for ${promised}`);

    // Lines: accepted = what the ledger received; some lines had rejects on top.
    const lines = new Map<number, PurchaseOrderLine>();
    const rejectsOf = new Map<number, number>();
    for (const m of group) {
      const existing = lines.get(m.sku.id);
      if (existing) { existing.quantity += m.quantity; continue; }
      const rejected = rnd() < 0.12 ? Math.max(1, Math.round(m.quantity * (0.01 + rnd() * 0.04))) : 0;
      rejectsOf.set(m.sku.id, rejected);
      lines.set(m.sku.id, em.create(PurchaseOrderLine, { order, sku: m.sku, quantity: m.quantity + rejected, unitPrice: terms.get(m.sku.id)!.unitPrice, createdAt, updatedAt: last }));
    }
    if (stillOpen.has(group)) { const l = [...lines.values()][0]; l.quantity += Math.max(5, Math.ceil(l.quantity * 0.2)); }
    order.totalAmount = [...lines.values()].reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);

    // Receipts: one per day of arrival.
    const byDay = new Map<string, StockMovement[]>();
    for (const m of group) byDay.set(shopDay(m.at, tz), [...(byDay.get(shopDay(m.at, tz)) ?? []), m]);
    for (const dayMoves of byDay.values()) {
      const receivedAt = dayMoves[0].at;
      const due = promised ?? expected;
      const receipt = em.create(PurchaseReceipt, {
        code: codes.next('GR', receivedAt), order, supplier: t0.supplier, warehouse: group[0].warehouse, receivedAt, dueDay: due, onTime: shopDay(receivedAt, tz) <= due,
        receivedQuantity: 0, acceptedQuantity: 0, rejectedQuantity: 0, payableAmount: 0, receivedBy: em.getReference(User, clerk.id), createdAt: receivedAt, updatedAt: receivedAt,
      });
      receipts.push(receipt);
      for (const m of dayMoves) {
        const line = lines.get(m.sku.id)!;
        const rejected = rejectsOf.get(m.sku.id) ?? 0;
        rejectsOf.set(m.sku.id, 0);
        const reason = REJECT_REASONS[Math.floor(rnd() * REJECT_REASONS.length)];
        const holding = rejected ? em.create(DefectiveHolding, { sku: m.sku, warehouse: m.warehouse, supplier: t0.supplier, source: DefectiveSource.QC_REJECT, sourceRef: receipt.code, reason, quantity: rejected, heldQuantity: rejected, createdAt: receivedAt, updatedAt: receivedAt }) : undefined;
        if (holding) holdings.push({ holding, line, order });
        em.create(PurchaseReceiptLine, { receipt, orderLine: line, sku: m.sku, receivedQuantity: m.quantity + rejected, acceptedQuantity: m.quantity, rejectedQuantity: rejected, rejectReason: rejected ? reason : undefined, holding, createdAt: receivedAt, updatedAt: receivedAt });
        line.receivedQuantity += m.quantity + rejected;
        line.acceptedQuantity += m.quantity;
        line.rejectedQuantity += rejected;
        receipt.receivedQuantity += m.quantity + rejected;
        receipt.acceptedQuantity += m.quantity;
        receipt.rejectedQuantity += rejected;
        receipt.payableAmount += m.quantity * line.unitPrice;
      }
      const before = order.status;
      order.status = [...lines.values()].every((l) => l.receivedQuantity >= l.quantity) ? S.RECEIVED : S.PARTIALLY_RECEIVED;
      if (order.status === S.RECEIVED) order.receivedAt = receivedAt;
      history.add(doc, before, order.status, receivedAt, clerk, `${receipt.code}: received ${receipt.receivedQuantity}, accepted ${receipt.acceptedQuantity}, rejected ${receipt.rejectedQuantity}`);
      relabel.push({ ids: dayMoves.map((m) => m.id), code: receipt.code, orderCode: order.code });
    }
    const closeAt = addMs(last, 5 * DAY_MS);
    if (order.status === S.RECEIVED && closeAt.getTime() < now.getTime() - DAY_MS) {
      order.status = S.CLOSED;
      history.add(doc, S.RECEIVED, S.CLOSED, closeAt, buyer, '对账完成');
    }
  }
  await em.flush();
  // The ledger rows now name their receipt documents.
  for (const r of relabel) await sql(em, `update stock_movements set reference_id = ?, reason = ? where id in (${r.ids.map(() => '?').join(', ')})`, [r.code, `采购入库 ${r.orderCode}`, ...r.ids]);
  await seedReturnsAndPayments(em, config, { receipts, holdings, history, codes, buyer, clerk, rnd, documented: relabel.flatMap((r) => r.ids), movements });
  await history.write(em);
}
