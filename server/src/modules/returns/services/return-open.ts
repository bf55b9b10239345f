import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Order } from '../../orders/entities/order.entity.js';
import { OrderStatus } from '../../orders/entities/order-enums.js';
import { holdInState } from '../../orders/services/order-state.js';
import { ReturnReasonCode, ReturnStatus, ReturnType } from '../entities/return-enums.js';
import { ReturnRequest, ReturnRequestLine } from '../entities/return-request.entity.js';
import { returnedQuantities } from './return-quantities.js';

export const RETURN_DOC = 'ReturnRequest';

export interface OpenReturnInput {
  orderId: string | number;
  type: ReturnType;
  reasonCode: ReturnReasonCode;
  note?: string | null;
  lines: { orderLineId: string | number; quantity: number }[];
  /** The refund the buyer asks for, in fen; informative (refunds are recorded and approved separately). */
  refundAmount?: number | null;
  /** Set by the complaints desk when a complaint leads to a return. */
  complaintCode?: string | null;
}

/** Orders whose goods have left the warehouse: only these can be returned, exchanged or refunded here. */
export const RETURNABLE_ORDER_STATES = [OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED];

/**
 * Opens a return request in the caller's transaction (contract C5: the complaints desk calls it
 * inside its own transaction). Validates everything first, then holds the order row so that two
 * concurrent requests cannot together claim more units than were shipped, writes the request,
 * its lines, the first history step and the audit record. Throws UserError on bad input.
 */
export async function openReturnRequest(ctx: Ctx, em: EntityManager, input: OpenReturnInput): Promise<ReturnRequest> {
  const check = new Check();
  check.when(!Object.values(ReturnType).includes(input.type), 'type', 'Unknown request type');
  check.when(!Object.values(ReturnReasonCode).includes(input.reasonCode), 'reasonCode', 'Unknown reason code');
  check.when((input.note ?? '').length > 2000, 'note', 'The note must be at most 2000 characters');
  check.when((input.complaintCode ?? '').length > 40, 'complaintCode', 'The complaint number must be at most 40 characters');
  check.when(input.refundAmount != null && (!Number.isInteger(input.refundAmount) || input.refundAmount < 0), 'refundAmount', 'The refund must be a whole number of fen, at least 0');
  check.when(!input.lines?.length, 'lines', 'Add at least one line', 'REQUIRED');
  const own = partnerScope(ctx.viewer);
  const orderId = Number(input.orderId);
  const order = Number.isInteger(orderId)
    ? await em.findOne(Order, own == null ? { id: orderId } : { id: orderId, agent: own }, { populate: ['lines'] })
    : null;
  if (!order) throw UserError.of('NOT_FOUND', 'No such order', 'orderId');
  check.when(!RETURNABLE_ORDER_STATES.includes(order.status), 'orderId', `Order ${order.code} has not shipped; cancel it instead of returning it`, 'WRONG_STATE');
  check.when(input.refundAmount != null && input.refundAmount > order.paidFen, 'refundAmount', `At most ${order.paidFen} fen was paid on ${order.code}`, 'OVERREFUND');
  check.throwIfAny();

  // Hold the order first, then count what is already claimed: a concurrent request waits here.
  await holdInState(em, order);
  const already = await returnedQuantities(em, order.id);
  const byId = new Map(order.lines.getItems().map((l) => [l.id, l]));
  const seen = new Set<number>();
  for (const [i, entry] of input.lines.entries()) {
    const line = byId.get(Number(entry.orderLineId));
    if (!line) { check.add(`lines.${i}.orderLineId`, `Not a line of order ${order.code}`, 'NOT_FOUND'); continue; }
    if (seen.has(line.id)) check.add(`lines.${i}.orderLineId`, `${line.skuCode} is listed twice`, 'DUPLICATE');
    seen.add(line.id);
    const left = line.quantity - (already.get(line.id) ?? 0);
    if (!Number.isInteger(entry.quantity) || entry.quantity < 1) check.add(`lines.${i}.quantity`, 'Quantity must be a whole number of at least 1');
    else if (entry.quantity > left) check.add(`lines.${i}.quantity`, `Only ${left} of ${line.quantity} × ${line.skuCode} can still be returned`, 'OVER_QUANTITY');
  }
  check.throwIfAny();

  const request = em.create(ReturnRequest, {
    code: await nextDocumentCode(em, ReturnRequest, 'RR', ctx.config.shopTimezone), type: input.type, status: ReturnStatus.REQUESTED,
    order, orderCode: order.code, buyerAccount: order.buyerAccount, receiverName: order.receiverName, reasonCode: input.reasonCode,
    note: input.note?.trim() || undefined, requestedRefundFen: input.refundAmount ?? undefined, complaintCode: input.complaintCode?.trim() || undefined,
  });
  for (const entry of input.lines) {
    const line = byId.get(Number(entry.orderLineId))!;
    request.lines.add(em.create(ReturnRequestLine, { request, orderLine: line, sku: line.sku, skuCode: line.skuCode, title: line.title, quantity: entry.quantity }));
  }
  em.persist(request);
  await em.flush();
  recordTransition(ctx, em, { type: RETURN_DOC, id: request.id }, null, ReturnStatus.REQUESTED, request.note);
  const units = input.lines.reduce((sum, l) => sum + l.quantity, 0);
  audit(ctx, em, {
    operation: 'openReturnRequest', entityType: RETURN_DOC, entityId: request.id,
    summary: `${request.code} ${input.type} on ${order.code}: ${units} unit(s), ${input.reasonCode}${request.complaintCode ? ` (complaint ${request.complaintCode})` : ''}`,
  });
  return request;
}
