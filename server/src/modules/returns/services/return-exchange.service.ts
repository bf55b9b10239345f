import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { Order } from '../../orders/entities/order.entity.js';
import { OrderChannel, OrderStatus } from '../../orders/entities/order-enums.js';
import { draftOrder, writeOrder } from '../../orders/services/order-create.service.js';
import { transition } from '../../orders/services/order-state.js';
import { ReturnStatus, ReturnType } from '../entities/return-enums.js';
import { RETURN_DOC } from './return-open.js';
import { holdReturn, loadReturn, requireReturnState, returnNote } from './return-state.js';

export interface ReplacementLineInput { lineId: string; skuId?: string | null; quantity?: number | null }

/**
 * Ships the replacement of an exchange (换货) as an ordinary order, so it goes through
 * allocation, picking, packing, the pre-ship checks and shipping like any other and its stock
 * leaves through the ledger. Why an order and not a bare stock movement: the warehouse already
 * works from the order queue, and the replacement needs a waybill, tracking and the buyer's
 * address check. It is an OWN_SHOP order (AGENT for an agent's buyer), each line fully
 * discounted and the shipping fee waived, so it totals 0 and is marked PAID straight away with
 * a timeline note naming the return request; the request links it as `exchangeOrder`, and
 * `Order.replacementFor` leads back. No payment, so no money ledger entry.
 * A line may be replaced by another SKU (a different size, 换尺码), never by more units.
 */
export async function createExchangeOrder(ctx: Ctx, input: { id: string; lines?: ReplacementLineInput[] | null; note?: string | null }) {
  const request = await loadReturn(ctx, input.id, ['lines', 'order']);
  if (request.type !== ReturnType.EXCHANGE) throw UserError.of('WRONG_STATE', `${request.code} is not an exchange`, 'id');
  requireReturnState(request, [ReturnStatus.APPROVED, ReturnStatus.RECEIVED, ReturnStatus.INSPECTED], 'given a replacement');
  if (request.exchangeOrder) throw UserError.of('DUPLICATE', `${request.code} already has replacement order ${(await request.exchangeOrder.load())!.code}`, 'id');
  const original = request.order.getEntity();
  const byId = new Map(request.lines.getItems().map((l) => [String(l.id), l]));
  const check = new Check();
  const chosen = input.lines?.length ? input.lines : request.lines.getItems().map((l) => ({ lineId: String(l.id), skuId: null, quantity: null }));
  const lines = chosen.map((entry, i) => {
    const line = byId.get(String(entry.lineId));
    if (!line) { check.add(`lines.${i}.lineId`, `Not a line of ${request.code}`, 'NOT_FOUND'); return null; }
    const quantity = entry.quantity ?? line.quantity;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > line.quantity) check.add(`lines.${i}.quantity`, `From 1 to the ${line.quantity} unit(s) returned`, 'OVER_QUANTITY');
    return { skuId: String(entry.skuId ?? line.sku.id), quantity };
  }).filter((l): l is { skuId: string; quantity: number } => !!l);
  check.throwIfAny();

  return ctx.em.transactional(async (tx) => {
    await holdReturn(tx, request);
    const agent = original.channel === OrderChannel.AGENT ? original.agent?.id ?? null : null;
    const draft = await draftOrder({ ...ctx, em: tx }, {
      channel: agent ? OrderChannel.AGENT : OrderChannel.OWN_SHOP, agentId: agent ? String(agent) : null,
      customerId: original.customer ? String(original.customer.id) : null, buyerAccount: original.buyerAccount ?? null,
      address: { receiverName: original.receiverName, receiverPhone: original.receiverPhone, province: original.province, city: original.city, district: original.district ?? null, addressDetail: original.addressDetail },
      shippingMethod: original.shippingMethod, lines, buyerNote: `换货 ${request.code}（原订单 ${original.code}）${input.note?.trim() ? `：${input.note.trim()}` : ''}`,
    }, 'lines.');
    // Fully discounted and shipped free: the buyer already paid on the original order.
    const p = draft.priced;
    for (const l of p.lines) l.discountFen = l.unitPriceFen * l.quantity;
    p.discountFen = p.goodsFen;
    p.shippingFeeFen = 0;
    p.freeShipping = true;
    p.totalFen = 0;
    const order = await writeOrder(ctx, tx, draft, 'createExchangeOrder');
    await transition(ctx, tx, order, OrderStatus.PAID, `Replacement for ${request.code}: nothing to pay`, { paidAt: new Date() });
    tx.assign(request, { exchangeOrder: tx.getReference(Order, order.id) });
    await tx.flush();
    returnNote(ctx, tx, request, `Replacement order ${order.code} created`);
    audit(ctx, tx, { operation: 'createExchangeOrder', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code}: replacement order ${order.code}, ${lines.length} line(s)` });
    return { returnRequest: request, order };
  });
}
