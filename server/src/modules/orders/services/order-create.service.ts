import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { shopDay } from '../../../core/time.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { ShippingMethod } from '../../shipping/entities/shipping-method.js';
import { isShipFirst } from '../../shipping/services/fee-templates.service.js';
import { Order } from '../entities/order.entity.js';
import { OrderLine } from '../entities/order-line.entity.js';
import { OrderChannel, OrderStatus } from '../entities/order-enums.js';
import { readAddress, type Address, type AddressInput } from './order-address.js';
import { resolveCustomer } from './order-customer.js';
import { priceLines, priceOrder, type LineInput, type PricedOrder } from './order-pricing.js';
import { runOnce } from './idempotency.service.js';
import { ORDER_DOC } from './order-state.js';

export interface CreateOrderInput {
  idempotencyKey?: string | null;
  channel: OrderChannel;
  platformOrderNo?: string | null;
  agentId?: string | null;
  customerId?: string | null;
  buyerAccount?: string | null;
  address: AddressInput;
  shippingMethod: ShippingMethod;
  lines: LineInput[];
  buyerNote?: string | null;
  placedAt?: Date | null;
}

/** Everything checked and priced, ready to write. */
export interface OrderDraft {
  channel: OrderChannel;
  platformOrderNo?: string;
  agentId: number | null;
  customerId: number | null;
  buyerAccount?: string;
  address: Address;
  shippingMethod: ShippingMethod;
  buyerNote?: string;
  placedAt: Date;
  priced: PricedOrder;
}

const PLATFORMS = [OrderChannel.TAOBAO, OrderChannel.TMALL];

function externalKey(d: Pick<OrderDraft, 'channel' | 'agentId' | 'platformOrderNo'>): string | undefined {
  return d.platformOrderNo ? `${d.channel}:${d.agentId ?? ''}:${d.platformOrderNo}` : undefined;
}

/** Checks and prices an order without writing anything (createOrder, quoteOrder and the CSV import use it). */
export async function draftOrder(ctx: Ctx, input: CreateOrderInput, prefix = ''): Promise<OrderDraft> {
  const em = ctx.em;
  const check = new Check();
  const f = (name: string) => `${prefix}${name}`;
  const own = partnerScope(ctx.viewer);
  // An agent's token places orders for its own buyers only.
  const channel = own != null ? OrderChannel.AGENT : input.channel;
  if (own != null && input.channel !== OrderChannel.AGENT) check.add(f('channel'), 'An agent sends AGENT orders only', 'FORBIDDEN');
  if (own != null && input.agentId && Number(input.agentId) !== own) check.add(f('agentId'), 'An agent places orders for itself only', 'FORBIDDEN');
  const agentId = own ?? (input.agentId ? Number(input.agentId) : null);
  const platformOrderNo = input.platformOrderNo?.trim() || undefined;
  check.when(PLATFORMS.includes(channel) && !platformOrderNo, f('platformOrderNo'), 'Platform orders carry the platform’s order number', 'REQUIRED');
  check.when((platformOrderNo ?? '').length > 64, f('platformOrderNo'), 'Order number must be at most 64 characters');
  if (channel === OrderChannel.AGENT) {
    const agent = agentId ? await em.findOne(Partner, agentId) : null;
    if (!agentId) check.add(f('agentId'), 'Agent orders name the agent', 'REQUIRED');
    else if (!agent || agent.type !== PartnerType.AGENT) check.add(f('agentId'), 'No such agent', 'NOT_FOUND');
    else check.when(!agent.active, f('agentId'), 'The agent is inactive');
  } else {
    check.when(!!input.agentId, f('agentId'), 'Only agent orders name an agent');
  }
  const placedAt = input.placedAt ?? new Date();
  check.when(placedAt.getTime() > Date.now() + 60_000, f('placedAt'), 'The order time cannot be in the future');
  check.when((input.buyerNote ?? '').length > 1000, f('buyerNote'), 'Notes must be at most 1000 characters');
  check.when((input.buyerAccount ?? '').length > 80, f('buyerAccount'), 'Buyer account must be at most 80 characters');
  const address = readAddress(check, input.address ?? ({} as AddressInput), f('address.'));
  const customer = await resolveCustomer(ctx, check, input.customerId, input.buyerAccount, f('customerId'));
  const lines = await priceLines(em, check, input.lines, customer.vip, f('lines'));
  const key = externalKey({ channel, agentId, platformOrderNo });
  if (key && (await em.count(Order, { externalKey: key }))) check.add(f('platformOrderNo'), `Order ${platformOrderNo} is already in the system`, 'DUPLICATE');
  check.throwIfAny();
  let priced: PricedOrder;
  try {
    priced = await priceOrder(em, lines, address.province, input.shippingMethod);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.errors.map((e) => ({ ...e, field: e.field ? f(e.field) : null })));
    throw error;
  }
  return {
    channel, platformOrderNo, agentId, customerId: customer.id, buyerAccount: input.buyerAccount?.trim() || undefined, address,
    shippingMethod: input.shippingMethod, buyerNote: input.buyerNote?.trim() || undefined, placedAt, priced,
  };
}

/** Writes a checked draft in the caller's transaction: the order, its lines and the first timeline step. */
export async function writeOrder(ctx: Ctx, tx: EntityManager, draft: OrderDraft, operation: string): Promise<Order> {
  const p = draft.priced;
  const order = tx.create(Order, {
    code: `tmp-${randomUUID()}`, channel: draft.channel, platformOrderNo: draft.platformOrderNo, externalKey: externalKey(draft),
    agent: draft.agentId ? tx.getReference(Partner, draft.agentId) : undefined, buyerAccount: draft.buyerAccount,
    customer: draft.customerId ? tx.getReference(Customer, draft.customerId) : undefined,
    status: OrderStatus.PENDING_PAYMENT, shippingMethod: draft.shippingMethod, ...draft.address, buyerNote: draft.buyerNote,
    goodsFen: p.goodsFen, discountFen: p.discountFen, shippingFeeFen: p.shippingFeeFen, totalFen: p.totalFen, weightGrams: p.weightGrams,
    shipFirst: await isShipFirst({ ...ctx, em: tx }, draft.address.province), placedAt: draft.placedAt,
  });
  for (const l of p.lines) {
    order.lines.add(tx.create(OrderLine, {
      order, sku: l.sku, skuCode: l.skuCode, title: l.title, quantity: l.quantity, unitPriceFen: l.unitPriceFen,
      discountFen: l.discountFen, isGift: l.isGift, vipPrice: l.vipPrice, unitWeightGrams: l.unitWeightGrams,
    }));
  }
  try {
    await tx.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw UserError.of('DUPLICATE', `Order ${draft.platformOrderNo} is already in the system`, 'platformOrderNo');
    throw error;
  }
  // The number is made from the id, so concurrent orders can never draw the same one.
  order.code = `SO${shopDay(draft.placedAt, ctx.config.shopTimezone).slice(2).replaceAll('-', '')}${String(order.id).padStart(7, '0')}`;
  await tx.flush();
  recordTransition(ctx, tx, { type: ORDER_DOC, id: order.id }, null, OrderStatus.PENDING_PAYMENT, draft.buyerNote ? `Buyer: ${draft.buyerNote}` : null);
  audit(ctx, tx, { operation, entityType: 'Order', entityId: order.id, summary: `${order.code} ${draft.channel}${draft.platformOrderNo ? ` ${draft.platformOrderNo}` : ''}: ${p.lines.length} line(s), total ${p.totalFen} fen` });
  return order;
}

/** Creates an order; with an idempotency key, a retry returns the first order instead of a second one. */
export async function createOrder(ctx: Ctx, input: CreateOrderInput) {
  const { idempotencyKey, ...request } = input;
  const create = async (tx: EntityManager) => {
    const draft = await draftOrder({ ...ctx, em: tx }, request);
    const order = await writeOrder(ctx, tx, draft, 'createOrder');
    return { id: order.id, result: { order } };
  };
  const key = idempotencyKey?.trim();
  if (!key) return ctx.em.transactional(async (tx) => (await create(tx)).result);
  return runOnce(ctx, 'createOrder', key, request, create, async (id) => ({ order: await ctx.em.findOneOrFail(Order, id) }));
}

/** Prices an order without creating it, for the order form. */
export async function quoteOrder(ctx: Ctx, input: CreateOrderInput) {
  const draft = await draftOrder(ctx, input);
  const p = draft.priced;
  return { goodsFen: p.goodsFen, discountFen: p.discountFen, shippingFeeFen: p.shippingFeeFen, freeShipping: p.freeShipping, totalFen: p.totalFen, weightGrams: p.weightGrams, province: draft.address.province };
}
