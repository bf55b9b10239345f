import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { DefectiveHolding } from '../../inventory/entities/defective-holding.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Order } from '../../orders/entities/order.entity.js';
import { OrderLine } from '../../orders/entities/order-line.entity.js';
import { Payment } from '../../orders/entities/payment.entity.js';
import { Refund } from '../entities/refund.entity.js';
import { ReturnInspection } from '../entities/return-inspection.entity.js';
import { ReturnRequest, ReturnRequestLine } from '../entities/return-request.entity.js';
import { RETURN_DOC } from '../services/return-open.js';
import { REFUND_DOC } from '../services/refunds.service.js';
import { historyLoader, inspectionsLoader, linesLoader, refundsLoader, replacementForLoader } from './return-loaders.js';

@Resolver(() => ReturnRequest)
export class ReturnRequestFieldsResolver {
  @FieldResolver(() => Order, { description: 'The order returned against.' })
  order(@Root() r: ReturnRequest) { return r.order.load(); }

  @FieldResolver(() => Warehouse, { nullable: true, description: 'Where the goods came back to; null until received.' })
  warehouse(@Root() r: ReturnRequest) { return r.warehouse?.load() ?? null; }

  @FieldResolver(() => Order, { nullable: true, description: 'The replacement order of an exchange; null until created.' })
  exchangeOrder(@Root() r: ReturnRequest) { return r.exchangeOrder?.load() ?? null; }

  @FieldResolver(() => [ReturnRequestLine], { description: 'The lines.' })
  lines(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return linesLoader(ctx).load(r.id); }

  @FieldResolver(() => Int, { description: 'Units concerned, over all lines.' })
  async units(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return (await linesLoader(ctx).load(r.id)).reduce((s, l) => s + l.quantity, 0); }

  @FieldResolver(() => [ReturnInspection], { description: 'Inspection results, oldest first.' })
  inspections(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return inspectionsLoader(ctx).load(r.id); }

  @FieldResolver(() => [Refund], { description: 'Refunds asked for, oldest first.' })
  refunds(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return refundsLoader(ctx).load(r.id); }

  @FieldResolver(() => Int, { description: 'Refunded so far (paid refunds), in fen.' })
  async refundedFen(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return (await refundsLoader(ctx).load(r.id)).filter((x) => x.status === 'PAID').reduce((s, x) => s + x.amountFen, 0); }

  @FieldResolver(() => [DocumentEvent], { description: 'The timeline: every state change and note, oldest first.' })
  timeline(@Root() r: ReturnRequest, @Context() ctx: Ctx) { return historyLoader(ctx, RETURN_DOC).load(r.id); }
}

@Resolver(() => ReturnRequestLine)
export class ReturnRequestLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() l: ReturnRequestLine) { return l.sku.load(); }

  @FieldResolver(() => OrderLine, { description: 'The order line returned.' })
  orderLine(@Root() l: ReturnRequestLine) { return l.orderLine.load(); }
}

@Resolver(() => ReturnInspection)
export class ReturnInspectionFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() i: ReturnInspection) { return i.sku.load(); }

  @FieldResolver(() => Warehouse, { description: 'The warehouse.' })
  warehouse(@Root() i: ReturnInspection) { return i.warehouse.load(); }

  @FieldResolver(() => DefectiveHolding, { nullable: true, description: 'Where defective units are kept (DEFECTIVE only).' })
  holding(@Root() i: ReturnInspection) { return i.holding?.load() ?? null; }
}

@Resolver(() => Refund)
export class RefundFieldsResolver {
  @FieldResolver(() => ReturnRequest, { description: 'The return request refunded.' })
  returnRequest(@Root() r: Refund) { return r.returnRequest.load(); }

  @FieldResolver(() => Order, { description: 'The order refunded.' })
  order(@Root() r: Refund) { return r.order.load(); }

  @FieldResolver(() => Payment, { nullable: true, description: 'The REFUND payment on the order; null until paid.' })
  payment(@Root() r: Refund) { return r.payment?.load() ?? null; }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() r: Refund, @Context() ctx: Ctx) { return historyLoader(ctx, REFUND_DOC).load(r.id); }
}

@Resolver(() => Order)
export class OrderReturnFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'For a replacement order of an exchange (换货): the return request number it replaces goods for; else null.' })
  async replacementForReturnCode(@Root() order: Order, @Context() ctx: Ctx) { return (await replacementForLoader(ctx).load(order.id))?.code ?? null; }
}
