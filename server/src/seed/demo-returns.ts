import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Ctx } from '../core/context.js';
import { UserError } from '../core/errors.js';
import { createLogger } from '../core/logger.js';
import { Warehouse } from '../modules/inventory/entities/warehouse.entity.js';
import { Order } from '../modules/orders/entities/order.entity.js';
import { OrderStatus } from '../modules/orders/entities/order-enums.js';
import { PaymentMethod } from '../modules/orders/entities/payment.entity.js';
import { ReturnReasonCode, ReturnType } from '../modules/returns/entities/return-enums.js';
import { ReturnRequest } from '../modules/returns/entities/return-request.entity.js';
import { approveRefund, requestRefund } from '../modules/returns/services/refunds.service.js';
import { createExchangeOrder } from '../modules/returns/services/return-exchange.service.js';
import { inspectReturn } from '../modules/returns/services/return-inspection.service.js';
import { approveReturn, cancelReturn, completeReturn, openReturn, receiveReturn, rejectReturn } from '../modules/returns/services/return-workflow.service.js';
import { seedCtx } from './demo-suppliers.js';

type Stage = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'RECEIVED' | 'INSPECTED' | 'COMPLETED' | 'AWAITING_SECOND';
/** type, reason, how far it gets, the buyer's words, and whether it wants the large order (a refund needing two approvers). */
const PLANS: [ReturnType, ReturnReasonCode, Stage, string, boolean?][] = [
  [ReturnType.RETURN, ReturnReasonCode.QUALITY_DEFECT, 'REQUESTED', '茶叶有霉点，申请退货'],
  [ReturnType.EXCHANGE, ReturnReasonCode.SIZE_SPEC, 'REQUESTED', '想换成大罐装'],
  [ReturnType.RETURN, ReturnReasonCode.CHANGED_MIND, 'APPROVED', '七天无理由退货，已寄回'],
  [ReturnType.RETURN, ReturnReasonCode.CHANGED_MIND, 'REJECTED', '已拆封饮用一半，想退'],
  [ReturnType.RETURN, ReturnReasonCode.NOT_AS_DESCRIBED, 'CANCELLED', '颜色和图片不一样'],
  [ReturnType.RETURN, ReturnReasonCode.DAMAGED_IN_TRANSIT, 'RECEIVED', '外箱压坏，茶罐变形'],
  [ReturnType.RETURN, ReturnReasonCode.QUALITY_DEFECT, 'INSPECTED', '茶饼受潮'],
  [ReturnType.RETURN, ReturnReasonCode.WRONG_ITEM, 'COMPLETED', '发错了，要的是铁观音'],
  [ReturnType.RETURN, ReturnReasonCode.MISSING_PARTS, 'COMPLETED', '礼盒少了一个茶杯'],
  [ReturnType.EXCHANGE, ReturnReasonCode.QUALITY_DEFECT, 'COMPLETED', '壶盖有裂纹，换一把'],
  [ReturnType.REFUND_ONLY, ReturnReasonCode.NOT_AS_DESCRIBED, 'COMPLETED', '与描述不符，协商部分退款', true],
  [ReturnType.REFUND_ONLY, ReturnReasonCode.DAMAGED_IN_TRANSIT, 'AWAITING_SECOND', '整箱碎裂，申请全额退款', true],
];
const ORDER_OF: Stage[] = ['REQUESTED', 'APPROVED', 'RECEIVED', 'INSPECTED', 'COMPLETED'];
const reach = (stage: Stage, step: Stage) => ORDER_OF.indexOf(stage) >= ORDER_OF.indexOf(step);

/** Delivered or completed orders of the last weeks with nothing refunded yet: the ones buyers return. */
async function candidates(em: EntityManager) {
  const since = new Date(Date.now() - 45 * 86_400_000);
  const where = { status: { $in: [OrderStatus.DELIVERED, OrderStatus.COMPLETED] }, placedAt: { $gte: since }, paidFen: { $gt: 0 } };
  const orders = await em.find(Order, where, { populate: ['lines'], orderBy: { placedAt: 'desc' }, limit: 200 });
  const large = await em.find(Order, { ...where, totalFen: { $gt: 60_000 } }, { populate: ['lines'], orderBy: { totalFen: 'desc' }, limit: 4 });
  const fresh = (o: Order) => o.paidFen === o.totalFen && o.lines.getItems().some((l) => !l.isGift);
  return { small: orders.filter(fresh), large: large.filter(fresh) };
}

/**
 * Return requests in every state, written through the returns services so each has its
 * history, ledger movements, defective holdings and refunds: a restock, a split inspection,
 * a completed exchange with its replacement order, and refunds, one of them large and approved
 * twice, another waiting for its second approver. Skipped once return requests exist.
 */
export async function seedDemoReturns(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(ReturnRequest, {})) return;
  const { small, large } = await candidates(em);
  if (!small.length) return;
  const log = createLogger(config.logLevel);
  const [clerk, lead, manager] = await Promise.all(['aftersales1@demo.shop', 'aftersales.lead@demo.shop', 'manager@demo.shop'].map((email) => seedCtx(em, config, email)));
  const fallbackWarehouse = await em.findOne(Warehouse, { active: true }, { orderBy: { id: 'asc' } });
  const used = new Set<number>();
  const pick = (wantLarge?: boolean) => (wantLarge ? large : small).find((o) => !used.has(o.id)) ?? small.find((o) => !used.has(o.id));
  for (const [type, reasonCode, stage, note, wantLarge] of PLANS) {
    const order = pick(wantLarge);
    if (!order) break;
    used.add(order.id);
    try {
      await walk(clerk, lead, manager, order, { type, reasonCode, stage, note }, order.warehouse?.id ?? fallbackWarehouse?.id);
    } catch (error) {
      // The demo must start even if one story does not fit the generated orders.
      if (!(error instanceof UserError)) throw error;
      log.warn({ order: order.code, stage, error: error.message }, 'demo return skipped');
    }
  }
}

async function walk(clerk: Ctx, lead: Ctx, manager: Ctx, order: Order, plan: { type: ReturnType; reasonCode: ReturnReasonCode; stage: Stage; note: string }, warehouseId?: number) {
  const line = order.lines.getItems().find((l) => !l.isGift)!;
  const quantity = plan.type === ReturnType.REFUND_ONLY ? line.quantity : Math.min(line.quantity, 2);
  const { returnRequest: request } = await openReturn(clerk, { orderId: order.id, type: plan.type, reasonCode: plan.reasonCode, note: plan.note, lines: [{ orderLineId: line.id, quantity }] });
  const id = String(request.id);
  if (plan.stage === 'REQUESTED') return;
  if (plan.stage === 'REJECTED') { await rejectReturn(lead, { id, note: '商品已使用，不符合七天无理由退货条件' }); return; }
  await approveReturn(lead, { id, note: '同意' });
  if (plan.stage === 'CANCELLED') { await cancelReturn(clerk, { id, note: '买家撤销申请' }); return; }
  const refundOf = Math.min(order.paidFen, line.unitPriceFen * quantity - Math.round(line.discountFen * quantity / line.quantity));
  if (plan.type === ReturnType.REFUND_ONLY) {
    const { refund } = await requestRefund(clerk, { returnRequestId: id, amountFen: plan.stage === 'AWAITING_SECOND' ? order.paidFen : Math.max(1, Math.round(order.paidFen * 0.9)), method: PaymentMethod.ALIPAY, reason: plan.note });
    await approveRefund(lead, { id: String(refund.id), note: '情况属实' });
    if (plan.stage === 'AWAITING_SECOND') return;
    if (refund.needsSecondApproval) await approveRefund(manager, { id: String(refund.id), note: '金额较大，复核同意' });
    await completeReturn(clerk, { id, note: '已退款' });
    return;
  }
  if (plan.type === ReturnType.EXCHANGE) await createExchangeOrder(clerk, { id, note: '换新' });
  if (!reach(plan.stage, 'RECEIVED') || !warehouseId) return;
  await receiveReturn(clerk, { id, warehouseId: String(warehouseId), note: '退货快递已签收' });
  if (!reach(plan.stage, 'INSPECTED')) return;
  const [rLine] = request.lines.getItems();
  const defective = plan.reasonCode === ReturnReasonCode.QUALITY_DEFECT ? (quantity > 1 ? 1 : quantity) : 0;
  await inspectReturn(clerk, { id, lines: [{ lineId: String(rLine.id), restockQuantity: quantity - defective, defectiveQuantity: defective, note: defective ? '受潮/破损，退供应商' : '包装完好，可二次销售' }] });
  if (!reach(plan.stage, 'COMPLETED')) return;
  if (plan.type === ReturnType.RETURN) {
    const { refund } = await requestRefund(clerk, { returnRequestId: id, amountFen: Math.max(1, refundOf), method: PaymentMethod.ALIPAY, reason: `退货退款：${plan.note}` });
    await approveRefund(lead, { id: String(refund.id) });
    if (refund.needsSecondApproval) await approveRefund(manager, { id: String(refund.id), note: '复核同意' });
  }
  await completeReturn(clerk, { id, note: '售后完成' });
}
