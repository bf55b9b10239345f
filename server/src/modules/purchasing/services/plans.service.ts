import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { num, sql } from '../../../core/db/sql.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay } from '../../../core/time.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { SupplierSku } from '../../suppliers/entities/supplier-sku.entity.js';
import { preferredSupplierSkus } from '../../suppliers/services/supplier-skus.service.js';
import { PurchaseOrder, PurchaseOrderStatus } from '../entities/purchase-order.entity.js';
import { PlanPeriod, PurchasePlan, PurchasePlanLine, PurchasePlanStatus as S } from '../entities/purchase-plan.entity.js';
import { activeSupplier, addDays, isDay, staffOnly, supplierScope } from './access.js';
import { PERIOD_DAYS, plannedQuantity } from './plan-formula.js';
import { OPEN_STATES, writeOrder } from './purchase-orders.service.js';

const DAY_MS = 86_400_000;

/**
 * Generates a draft plan for one warehouse (stock, safety stock and transit are per warehouse, and
 * an order delivers into one warehouse; a shop-wide need is one plan per warehouse). See
 * plan-formula.ts for the quantities; only SKUs with a positive quantity get a line.
 */
export async function generatePurchasePlan(ctx: Ctx, input: { period: PlanPeriod; warehouseId: string; startDay?: string | null; lookbackDays?: number | null; growthPercent?: number | null; lowStockOnly?: boolean | null; note?: string | null }) {
  staffOnly(ctx);
  const lookbackDays = input.lookbackDays ?? 28;
  const growthPercent = input.growthPercent ?? 100;
  const startDay = input.startDay ?? shopDay(new Date(), ctx.config.shopTimezone);
  const check = new Check()
    .when(!Number.isInteger(lookbackDays) || lookbackDays < 1 || lookbackDays > 365, 'lookbackDays', 'Look-back must be 1 to 365 days')
    .when(!Number.isInteger(growthPercent) || growthPercent < 0 || growthPercent > 1000, 'growthPercent', 'Growth must be a whole percent from 0 to 1000')
    .when(!isDay(startDay), 'startDay', 'Give a date as YYYY-MM-DD');
  const warehouse = await ctx.em.findOne(Warehouse, Number(input.warehouseId) || 0);
  check.when(!warehouse, 'warehouseId', 'No such warehouse', 'NOT_FOUND');
  check.throwIfAny();
  const wh = warehouse!.id;
  const periodDays = PERIOD_DAYS[input.period];
  const since = new Date(Date.now() - lookbackDays * DAY_MS);

  const [sold, levels, onOrder] = await Promise.all([
    sql<{ sku_id: unknown; sold: unknown }>(ctx.em, `select sku_id, -sum(quantity) as sold from stock_movements where warehouse_id = ? and type = 'SALE_OUT' and at >= ? group by sku_id`, [wh, since]),
    sql<{ sku_id: unknown; on_hand: unknown; reserved: unknown; in_transit: unknown; safety_stock: unknown }>(ctx.em, 'select sku_id, on_hand, reserved, in_transit, safety_stock from stock_levels where warehouse_id = ?', [wh]),
    sql<{ sku_id: unknown; open: unknown }>(ctx.em, `select l.sku_id, sum(l.quantity - l.received_quantity) as open from purchase_order_lines l join purchase_orders o on o.id = l.order_id
      where o.warehouse_id = ? and o.status in (${OPEN_STATES.map(() => '?').join(', ')}) and l.received_quantity < l.quantity group by l.sku_id`, [wh, ...OPEN_STATES]),
  ]);
  const soldBy = new Map(sold.map((r) => [num(r.sku_id), num(r.sold)]));
  const levelBy = new Map(levels.map((r) => [num(r.sku_id), { available: num(r.on_hand) - num(r.reserved), inTransit: num(r.in_transit), safetyStock: num(r.safety_stock) }]));
  const onOrderBy = new Map(onOrder.map((r) => [num(r.sku_id), num(r.open)]));
  let skuIds = [...new Set([...levelBy.keys(), ...soldBy.keys()])];
  if (input.lowStockOnly) skuIds = skuIds.filter((id) => { const l = levelBy.get(id); return !!l && l.available < l.safetyStock; });
  const activeSkus = new Set((skuIds.length ? await ctx.em.find(Sku, { id: { $in: skuIds }, active: true }) : []).map((s) => s.id));
  skuIds = skuIds.filter((id) => activeSkus.has(id)).sort((a, b) => a - b);
  const terms = await preferredSupplierSkus(ctx.em, skuIds);

  const lines = skuIds.flatMap((skuId) => {
    const level = levelBy.get(skuId) ?? { available: 0, inTransit: 0, safetyStock: 0 };
    const t = terms.get(skuId);
    const figures = { soldUnits: soldBy.get(skuId) ?? 0, lookbackDays, growthPercent, periodDays, leadTimeDays: t?.leadTimeDays ?? 0, minOrderQuantity: t?.minOrderQuantity ?? 1, onOrder: onOrderBy.get(skuId) ?? 0, ...level };
    const result = plannedQuantity(figures);
    return result.quantity > 0 ? [{ skuId, supplierId: t?.supplier.id, unitPrice: t?.unitPrice ?? 0, figures, ...result }] : [];
  });

  return ctx.em.transactional(async (tx) => {
    const plan = tx.create(PurchasePlan, {
      code: await nextDocumentCode(tx, PurchasePlan, 'PP', ctx.config.shopTimezone), period: input.period, warehouse: warehouse!, startDay, periodDays,
      lookbackDays, growthPercent, lowStockOnly: !!input.lowStockOnly, note: input.note?.trim() || undefined,
    });
    for (const l of lines) {
      const { figures: f } = l;
      plan.lines.add(tx.create(PurchasePlanLine, {
        plan, sku: tx.getReference(Sku, l.skuId), supplier: l.supplierId ? tx.getReference(Partner, l.supplierId) : undefined, quantity: l.quantity, unitPrice: l.unitPrice,
        suggestedQuantity: l.quantity, soldUnits: f.soldUnits, dailyVelocity: l.dailyVelocity, available: f.available, inTransit: f.inTransit, onOrder: f.onOrder,
        safetyStock: f.safetyStock, leadTimeDays: f.leadTimeDays, minOrderQuantity: f.minOrderQuantity,
      }));
    }
    tx.persist(plan);
    await tx.flush();
    const summary = `${input.period.toLowerCase()} plan for ${warehouse!.code} from ${startDay}: ${lines.length} line(s), look-back ${lookbackDays} d, growth ${growthPercent} %${input.lowStockOnly ? ', low stock only' : ''}`;
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, null, S.DRAFT, summary);
    audit(ctx, tx, { operation: 'generatePurchasePlan', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code}: ${summary}` });
    return { purchasePlan: plan };
  });
}

async function draftPlan(ctx: Ctx, id: number, field = 'planId') {
  const plan = await ctx.em.findOne(PurchasePlan, id || 0, { populate: ['lines'] });
  if (!plan) throw UserError.of('NOT_FOUND', 'No such purchase plan', field);
  if (plan.status !== S.DRAFT) throw UserError.of('WRONG_STATE', `An ${plan.status.toLowerCase()} plan can no longer be changed`, field);
  return plan;
}

async function lineOfDraft(ctx: Ctx, lineId: string) {
  const line = await ctx.em.findOne(PurchasePlanLine, Number(lineId) || 0);
  if (!line) throw UserError.of('NOT_FOUND', 'No such plan line', 'lineId');
  return { line, plan: await draftPlan(ctx, line.plan.id, 'lineId') };
}

/** Checks a planner's quantity, supplier and price; a new supplier brings its own terms. */
async function editFields(ctx: Ctx, check: Check, skuId: number, input: { quantity?: number | null; supplierId?: string | null; unitPrice?: number | null }) {
  check.when(input.quantity != null && (!Number.isInteger(input.quantity) || input.quantity < 1), 'quantity', 'Quantity must be a whole number of at least 1');
  check.when(input.unitPrice != null && (!Number.isInteger(input.unitPrice) || input.unitPrice < 0), 'unitPrice', 'Unit price must be a whole number of fen, at least 0');
  const supplier = input.supplierId ? await activeSupplier(ctx.em, input.supplierId) : null;
  const terms = supplier ? await ctx.em.findOne(SupplierSku, { supplier: supplier.id, sku: skuId }) : null;
  return { supplier, terms };
}

export async function updatePurchasePlanLine(ctx: Ctx, input: { lineId: string; quantity?: number | null; supplierId?: string | null; unitPrice?: number | null }) {
  staffOnly(ctx);
  const { line, plan } = await lineOfDraft(ctx, input.lineId);
  const check = new Check();
  const { supplier, terms } = await editFields(ctx, check, line.sku.id, input);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const changes: string[] = [];
    if (input.quantity != null && input.quantity !== line.quantity) { changes.push(`quantity ${line.quantity} → ${input.quantity}`); line.quantity = input.quantity; }
    if (supplier && supplier.id !== line.supplier?.id) {
      changes.push(`supplier → ${supplier.code}`);
      line.supplier = ref(supplier);
      if (terms) { line.leadTimeDays = terms.leadTimeDays; line.minOrderQuantity = terms.minOrderQuantity; if (input.unitPrice == null) line.unitPrice = terms.unitPrice; }
    }
    if (input.unitPrice != null && input.unitPrice !== line.unitPrice) { changes.push(`unit price ${line.unitPrice} → ${input.unitPrice}`); line.unitPrice = input.unitPrice; }
    tx.persist(line);
    const sku = await tx.findOneOrFail(Sku, line.sku.id);
    const note = `${sku.code}: ${changes.join(', ') || 'no change'}`;
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, S.DRAFT, S.DRAFT, note);
    audit(ctx, tx, { operation: 'updatePurchasePlanLine', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code} ${note}` });
    return { purchasePlan: plan };
  });
}

export async function addPurchasePlanLine(ctx: Ctx, input: { planId: string; skuId: string; quantity: number; supplierId?: string | null; unitPrice?: number | null }) {
  staffOnly(ctx);
  const plan = await draftPlan(ctx, Number(input.planId));
  const sku = await ctx.em.findOne(Sku, Number(input.skuId) || 0);
  if (!sku) throw UserError.of('NOT_FOUND', 'No such SKU', 'skuId');
  if (plan.lines.getItems().some((l) => l.sku.id === sku.id)) throw UserError.of('DUPLICATE', 'The SKU is already on the plan: change its line', 'skuId');
  const check = new Check().when(input.quantity == null, 'quantity', 'Give a quantity', 'REQUIRED');
  const chosen = await editFields(ctx, check, sku.id, input);
  check.throwIfAny();
  const terms = chosen.terms ?? (chosen.supplier ? null : (await preferredSupplierSkus(ctx.em, [sku.id])).get(sku.id) ?? null);
  const supplierId = chosen.supplier?.id ?? terms?.supplier.id;
  return ctx.em.transactional(async (tx) => {
    plan.lines.add(tx.create(PurchasePlanLine, {
      plan, sku, supplier: supplierId ? tx.getReference(Partner, supplierId) : undefined, quantity: input.quantity, unitPrice: input.unitPrice ?? terms?.unitPrice ?? 0,
      suggestedQuantity: 0, soldUnits: 0, dailyVelocity: 0, available: 0, inTransit: 0, onOrder: 0, safetyStock: 0,
      leadTimeDays: terms?.leadTimeDays ?? 0, minOrderQuantity: terms?.minOrderQuantity ?? 1,
    }));
    tx.persist(plan);
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, S.DRAFT, S.DRAFT, `${sku.code} added: ${input.quantity}`);
    audit(ctx, tx, { operation: 'addPurchasePlanLine', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code} + ${sku.code} × ${input.quantity}` });
    return { purchasePlan: plan };
  });
}

export async function removePurchasePlanLine(ctx: Ctx, input: { lineId: string }) {
  staffOnly(ctx);
  const { line, plan } = await lineOfDraft(ctx, input.lineId);
  return ctx.em.transactional(async (tx) => {
    const sku = await tx.findOneOrFail(Sku, line.sku.id);
    plan.lines.remove(line);
    tx.remove(line);
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, S.DRAFT, S.DRAFT, `${sku.code} removed`);
    audit(ctx, tx, { operation: 'removePurchasePlanLine', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code} − ${sku.code}` });
    return { purchasePlan: plan };
  });
}

/**
 * Approval turns the plan into approved purchase orders, one per supplier, in one transaction.
 * Expected delivery = the plan's start day + the longest lead time among that supplier's lines.
 */
export async function approvePurchasePlan(ctx: Ctx, input: { id: string; note?: string | null }) {
  staffOnly(ctx);
  const plan = await draftPlan(ctx, Number(input.id), 'id');
  const lines = plan.lines.getItems();
  const check = new Check().when(!lines.length, 'id', 'The plan has no lines to order');
  lines.forEach((l, i) => check.when(!l.supplier, `lines.${i}.supplierId`, 'Choose a supplier for every line', 'REQUIRED'));
  check.throwIfAny();
  const suppliers = await ctx.em.find(Partner, { id: { $in: [...new Set(lines.map((l) => l.supplier!.id))] } });
  suppliers.forEach((s) => check.when(!s.active, 'lines', `Supplier ${s.code} is inactive`));
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const warehouse = await tx.findOneOrFail(Warehouse, plan.warehouse.id);
    const orders: PurchaseOrder[] = [];
    for (const supplier of suppliers.sort((a, b) => a.code.localeCompare(b.code))) {
      const mine = lines.filter((l) => l.supplier!.id === supplier.id);
      const lead = Math.max(...mine.map((l) => l.leadTimeDays));
      const order = await writeOrder(ctx, tx, {
        supplier, warehouse, status: PurchaseOrderStatus.APPROVED, planId: plan.id, expectedDeliveryDate: addDays(plan.startDay, lead),
        lines: mine.map((l) => ({ skuId: l.sku.id, quantity: l.quantity, unitPrice: l.unitPrice })), note: `采购计划 ${plan.code}`,
      });
      recordTransition(ctx, tx, { type: 'PurchaseOrder', id: order.id }, null, PurchaseOrderStatus.APPROVED, `from plan ${plan.code}`);
      audit(ctx, tx, { operation: 'approvePurchasePlan', entityType: 'PurchaseOrder', entityId: order.id, summary: `${order.code} to ${supplier.code} from ${plan.code}: ${mine.length} line(s), ${order.totalAmount} fen` });
      orders.push(order);
    }
    plan.status = S.APPROVED;
    plan.approvedAt = new Date();
    tx.persist(plan);
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, S.DRAFT, S.APPROVED, [`orders ${orders.map((o) => o.code).join(', ')}`, input.note?.trim()].filter(Boolean).join(' — '));
    audit(ctx, tx, { operation: 'approvePurchasePlan', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code} approved into ${orders.length} order(s)` });
    return { purchasePlan: plan, purchaseOrders: orders };
  });
}

export async function cancelPurchasePlan(ctx: Ctx, input: { id: string; note?: string | null }) {
  staffOnly(ctx);
  const plan = await draftPlan(ctx, Number(input.id), 'id');
  return ctx.em.transactional(async (tx) => {
    plan.status = S.CANCELLED;
    tx.persist(plan);
    recordTransition(ctx, tx, { type: 'PurchasePlan', id: plan.id }, S.DRAFT, S.CANCELLED, input.note);
    audit(ctx, tx, { operation: 'cancelPurchasePlan', entityType: 'PurchasePlan', entityId: plan.id, summary: `${plan.code} cancelled` });
    return { purchasePlan: plan };
  });
}

export function listPurchasePlans(ctx: Ctx, args: PageArgs & { where?: { status?: S | null; period?: PlanPeriod | null; warehouseId?: string | null; search?: string | null } | null; sort?: { direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<PurchasePlan>[] = [];
  if (supplierScope(ctx) !== null) conditions.push({ id: -1 }); // plans are internal
  if (f.status) conditions.push({ status: f.status });
  if (f.period) conditions.push({ period: f.period });
  if (f.warehouseId) conditions.push({ warehouse: Number(f.warehouseId) });
  if (f.search?.trim()) conditions.push({ code: contains(ctx.em, f.search) });
  const dir = args.sort?.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, PurchasePlan, { ...args, where: conditions.length ? { $and: conditions } : {}, orderBy: [{ createdAt: dir }, { id: dir }] as never });
}

export async function findPurchasePlan(ctx: Ctx, id: string): Promise<PurchasePlan | null> {
  if (supplierScope(ctx) !== null || !Number.isInteger(Number(id))) return null;
  return ctx.em.findOne(PurchasePlan, Number(id));
}
