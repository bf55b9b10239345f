import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Warehouse } from '../../inventory/entities/warehouse.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { Shipment } from '../../shipping/entities/shipment.entity.js';
import { Order } from '../entities/order.entity.js';
import { OrderLine } from '../entities/order-line.entity.js';
import { Payment } from '../entities/payment.entity.js';
import { maskPhone } from '../services/order-address.js';
import { checklistOf, missingChecks } from '../services/order-checks.service.js';
import { AddressConfirmation, CheckOverride, PackChecklist } from '../types/order.types.js';
import { paymentsLoader, shipmentsLoader, timelineLoader } from './order-loaders.js';

/** Who may read a receiver's full phone: those who ship, confirm or serve the buyer, and the agent whose order it is. */
function seesPhone(ctx: Ctx): boolean {
  const v = ctx.viewer;
  return !!v && (v.kind === 'partner' || ['order:ship', 'order:confirm', 'customer:pii:read'].some((p) => v.permissions.has(p)));
}

@Resolver(() => Order)
export class OrderFieldsResolver {
  @FieldResolver(() => [OrderLine], { description: 'The lines.' })
  async lines(@Root() order: Order) { return (await order.lines.load()).getItems(); }

  @FieldResolver(() => String, { description: 'Receiver’s phone; masked (138****5678) unless the caller ships, confirms or may read customer contacts.' })
  receiverPhone(@Root() order: Order, @Context() ctx: Ctx): string { return seesPhone(ctx) ? order.receiverPhone : maskPhone(order.receiverPhone); }

  @FieldResolver(() => Int, { description: 'Still to pay: total − paid, in fen.' })
  outstandingFen(@Root() order: Order): number { return order.totalFen - order.paidFen; }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer; null when none is linked or the caller may not read customers (`customer:read`).' })
  async customer(@Root() order: Order, @Context() ctx: Ctx) {
    if (!order.customer || !ctx.viewer?.permissions.has('customer:read')) return null;
    const customer = await order.customer.load();
    const own = partnerScope(ctx.viewer);
    return own != null && customer?.agent?.id !== own ? null : customer;
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The agent, for AGENT orders.' })
  agent(@Root() order: Order) { return order.agent?.load() ?? null; }

  @FieldResolver(() => Warehouse, { nullable: true, description: 'The warehouse holding its stock, once allocated.' })
  warehouse(@Root() order: Order) { return order.warehouse?.load() ?? null; }

  @FieldResolver(() => [Shipment], { description: 'The waybills, once shipped.' })
  shipments(@Root() order: Order, @Context() ctx: Ctx) { return shipmentsLoader(ctx).load(order.id); }

  @FieldResolver(() => [Payment], { description: 'Payments and refunds, oldest first.' })
  payments(@Root() order: Order, @Context() ctx: Ctx) { return paymentsLoader(ctx).load(order.id); }

  @FieldResolver(() => [DocumentEvent], { description: 'The timeline: every state change and check, with actor and time, oldest first.' })
  timeline(@Root() order: Order, @Context() ctx: Ctx) { return timelineLoader(ctx).load(order.id); }

  @FieldResolver(() => AddressConfirmation, { nullable: true, description: 'The address confirmation with the buyer; null until confirmed (cleared when the address changes).' })
  addressConfirmation(@Root() o: Order): AddressConfirmation | null {
    return o.addressConfirmedAt ? { at: o.addressConfirmedAt, by: o.addressConfirmedByLabel ?? '', method: o.addressConfirmMethod!, note: o.addressConfirmNote ?? null } : null;
  }

  @FieldResolver(() => CheckOverride, { nullable: true, description: 'A manager’s override of the address confirmation, if any.' })
  checkOverride(@Root() o: Order): CheckOverride | null {
    return o.overrideAt ? { at: o.overrideAt, by: o.overrideByLabel ?? '', reason: o.overrideReason ?? '' } : null;
  }

  @FieldResolver(() => PackChecklist, { description: 'The pack checklist.' })
  packChecklist(@Root() o: Order): PackChecklist { return checklistOf(o); }

  @FieldResolver(() => [String], { description: 'What still stops this order from shipping once packed: `ADDRESS_UNCONFIRMED`, `CHECKLIST_INCOMPLETE`; empty when ready.' })
  shipBlockers(@Root() o: Order): string[] {
    return [...(!o.addressConfirmedAt && !o.overrideAt ? ['ADDRESS_UNCONFIRMED'] : []), ...(missingChecks(o).length ? ['CHECKLIST_INCOMPLETE'] : [])];
  }
}

@Resolver(() => OrderLine)
export class OrderLineFieldsResolver {
  @FieldResolver(() => Sku, { description: 'The SKU (as it is now; code and title above are as ordered).' })
  sku(@Root() line: OrderLine) { return line.sku.load(); }
}

@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The staff member who recorded it.' })
  actor(@Root() p: Payment) { return p.actor?.load() ?? null; }
}
