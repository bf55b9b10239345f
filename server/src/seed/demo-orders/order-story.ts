import { OrderChannel, OrderStatus } from '../../modules/orders/entities/order-enums.js';
import { PaymentMethod } from '../../modules/orders/entities/payment.entity.js';
import { ShippingMethod } from '../../modules/shipping/entities/shipping-method.js';
import { TrackingStatus } from '../../modules/shipping/entities/tracking-event.entity.js';
import { weightFeeFen, type WeightTariff } from '../../modules/shipping/services/weight-fee.js';
import { isFestival } from './calendar.js';
import { person, pick, region } from './people.js';

export interface DemoSku { id: number; code: string; title: string; priceFen: number; weightGrams: number; isGift: boolean }
export interface FeeRow extends WeightTariff { method: ShippingMethod; province: string; freeShippingThresholdFen?: number | null }
export interface Step { from: OrderStatus | null; to: OrderStatus; at: Date; actor: string; note?: string }
export interface StoryLine { sku: DemoSku; quantity: number; unitPriceFen: number; discountFen: number; isGift: boolean }
export interface Parcel { courier: string; weightGrams: number; shippedAt: Date; events: { at: Date; status: TrackingStatus; location: string }[]; signedAt?: Date }

export interface Story {
  channel: OrderChannel; platformOrderNo?: string; agentId?: number; buyerAccount?: string; method: ShippingMethod;
  receiverName: string; receiverPhone: string; province: string; city: string; district: string; addressDetail: string; buyerNote?: string;
  lines: StoryLine[]; goodsFen: number; discountFen: number; shippingFeeFen: number; totalFen: number; weightGrams: number;
  placedAt: Date; status: OrderStatus; steps: Step[]; paidAt?: Date; paymentMethod: PaymentMethod;
  allocated: boolean; shippedAt?: Date; deliveredAt?: Date; endedAt?: Date; endReason?: string;
  confirmed?: { at: Date; by: string; method: string }; override?: { at: Date; by: string; reason: string };
  packed: boolean; parcel?: Parcel; cancelledAt?: Date; returned?: { at: Date; line: StoryLine; amountFen: number };
}

export interface Cast { cs: string[]; warehouse: string; manager: string }
export interface World {
  now: Date; sellable: DemoSku[]; cumulative: number[]; gifts: DemoSku[]; fees: FeeRow[]; agents: number[];
  shipFirst: Set<string>; cast: Cast;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const NOTES = ['请尽快发货', '送人的，不要放发票', '包装结实一点', '周末送货', '要新茶', '放快递柜'];
const REMOTE = new Set(['新疆维吾尔自治区', '西藏自治区', '青海省', '内蒙古自治区', '宁夏回族自治区', '甘肃省', '海南省']);

/** A popular-first SKU: sales follow a long tail, as the ABC analysis expects. */
function popularSku(world: World, rnd: () => number): DemoSku {
  const x = rnd() * world.cumulative[world.cumulative.length - 1];
  let lo = 0, hi = world.cumulative.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (world.cumulative[mid] < x) lo = mid + 1; else hi = mid; }
  return world.sellable[lo];
}

function fee(world: World, province: string, method: ShippingMethod, grams: number, goods: number): number {
  const row = world.fees.find((f) => f.method === method && f.province === province) ?? world.fees.find((f) => f.method === method && f.province === '*');
  if (!row) return 0;
  return row.freeShippingThresholdFen != null && goods >= row.freeShippingThresholdFen ? 0 : weightFeeFen(row, grams);
}

function courierFor(method: ShippingMethod, rnd: () => number): string {
  if (method !== ShippingMethod.EXPRESS) return 'EMS';
  const r = rnd();
  return r < 0.15 ? 'SF' : r < 0.55 ? 'ZTO' : r < 0.8 ? 'YTO' : 'YUNDA';
}

/** One order's whole life, from the moment it was placed up to `now`. */
export function tellStory(world: World, day_: string, placedAt: Date, rnd: () => number): Story {
  const festival = isFestival(day_);
  const r = rnd();
  const channel = world.agents.length && r > 0.92 ? OrderChannel.AGENT : r < 0.55 ? OrderChannel.TAOBAO : r < 0.8 ? OrderChannel.TMALL : OrderChannel.OWN_SHOP;
  const { province, city } = region(rnd);
  const who = person(rnd);
  const method = REMOTE.has(province) && rnd() < 0.3 ? ShippingMethod.EMS : rnd() < 0.08 ? ShippingMethod.SURFACE : rnd() < 0.05 ? ShippingMethod.EMS : ShippingMethod.EXPRESS;

  const lines: StoryLine[] = [];
  const count = rnd() < 0.6 ? 1 : rnd() < 0.75 ? 2 : 3;
  for (let i = 0; i < count; i++) {
    const sku = popularSku(world, rnd);
    if (lines.some((l) => l.sku.id === sku.id)) continue;
    const quantity = rnd() < 0.7 ? 1 : rnd() < 0.7 ? 2 : 3;
    const discounted = rnd() < (festival ? 0.5 : 0.1);
    const discountFen = discounted ? Math.floor((sku.priceFen * quantity * (5 + Math.floor(rnd() * 11))) / 100) : 0;
    lines.push({ sku, quantity, unitPriceFen: sku.priceFen, discountFen, isGift: false });
  }
  if (world.gifts.length && rnd() < (festival ? 0.4 : 0.08)) lines.push({ sku: pick(rnd, world.gifts), quantity: 1, unitPriceFen: 0, discountFen: 0, isGift: true });
  const goodsFen = lines.reduce((a, l) => a + l.unitPriceFen * l.quantity, 0);
  const discountFen = lines.reduce((a, l) => a + l.discountFen, 0);
  const weightGrams = lines.reduce((a, l) => a + l.sku.weightGrams * l.quantity, 0);
  const shippingFeeFen = fee(world, province, method, weightGrams, goodsFen - discountFen);

  const story: Story = {
    channel, agentId: channel === OrderChannel.AGENT ? pick(rnd, world.agents) : undefined,
    buyerAccount: channel === OrderChannel.OWN_SHOP ? undefined : who.account,
    method, receiverName: who.name, receiverPhone: who.phone, province, city, district: who.district, addressDetail: who.detail,
    buyerNote: rnd() < 0.12 ? pick(rnd, NOTES) : undefined, lines, goodsFen, discountFen, shippingFeeFen,
    totalFen: goodsFen - discountFen + shippingFeeFen, weightGrams, placedAt, status: OrderStatus.PENDING_PAYMENT,
    steps: [], paymentMethod: channel === OrderChannel.AGENT ? PaymentMethod.BANK_TRANSFER : channel === OrderChannel.OWN_SHOP ? (rnd() < 0.6 ? PaymentMethod.WECHAT_PAY : PaymentMethod.ALIPAY) : PaymentMethod.PLATFORM,
    allocated: false, packed: false,
  };
  live(world, story, rnd);
  return story;
}

/** Walks the order through its states until `now`, each step after the one before. */
function live(world: World, s: Story, rnd: () => number): void {
  const now = world.now.getTime();
  const shipFirst = world.shipFirst.has(s.province);
  const csAgent = pick(rnd, world.cast.cs);
  const buyer = s.channel === OrderChannel.AGENT ? 'agent' : 'buyer';
  const step = (to: OrderStatus, at: number, actor: string, note?: string): boolean => {
    if (at > now) return false;
    s.steps.push({ from: s.steps.length ? s.status : null, to, at: new Date(at), actor, note });
    s.status = to;
    return true;
  };
  step(OrderStatus.PENDING_PAYMENT, s.placedAt.getTime(), buyer, s.buyerNote ? `Buyer: ${s.buyerNote}` : undefined);
  let t = s.placedAt.getTime() + (1 + rnd() * 30) * minute;
  if (rnd() < 0.04) { // never paid: closed after a day
    if (step(OrderStatus.CLOSED, s.placedAt.getTime() + day, 'system', 'Not paid within 24 hours')) { s.endedAt = new Date(s.placedAt.getTime() + day); s.endReason = 'Not paid within 24 hours'; }
    return;
  }
  if (!step(OrderStatus.PAID, t, 'system', `Paid in full (${s.paymentMethod})`)) return;
  s.paidAt = new Date(t);
  const cancelAt = rnd() < 0.03 ? t + (30 + rnd() * 600) * minute : Infinity;
  const confirmAt = t + (5 + rnd() * 120) * minute;
  const confirmed = rnd() < 0.95;
  const advance = (to: OrderStatus, wait: number, actor: string, note?: string) => {
    const at = t + wait;
    if (at >= cancelAt) return false;
    if (!step(to, at, actor, note)) return false;
    t = at;
    return true;
  };
  const go = () => {
    if (!advance(OrderStatus.ALLOCATED, (5 + rnd() * 90) * minute, world.cast.warehouse)) return;
    s.allocated = true;
    if (!advance(OrderStatus.PICKING, ((shipFirst ? 20 : 60) + rnd() * (shipFirst ? 120 : 300)) * minute, world.cast.warehouse)) return;
    if (!advance(OrderStatus.PACKED, (10 + rnd() * 50) * minute, world.cast.warehouse, 'Pack checklist complete')) return;
    s.packed = true;
    const courier = courierFor(s.method, rnd);
    if (!advance(OrderStatus.SHIPPED, (30 + rnd() * (shipFirst ? 240 : 600)) * minute, world.cast.warehouse, `Waybill ${courier}`)) return;
    s.shippedAt = new Date(t);
    const transit = (s.method === ShippingMethod.SURFACE ? 4 + rnd() * 4 : s.method === ShippingMethod.EMS ? 2 + rnd() * 3 : 1 + rnd() * 2) * day * (REMOTE.has(s.province) ? 1.6 : 1);
    const parcel: Parcel = { courier, weightGrams: s.weightGrams, shippedAt: new Date(t), events: [{ at: new Date(t + hour), status: TrackingStatus.COLLECTED, location: '发货仓' }] };
    s.parcel = parcel;
    const stalled = now - t < 20 * day && rnd() < 0.03; // lost or stuck: shows on the overdue list
    const mid = t + transit / 2;
    if (!stalled && mid <= now) parcel.events.push({ at: new Date(mid), status: TrackingStatus.IN_TRANSIT, location: `${s.city}转运中心` });
    if (stalled) return;
    const signed = t + transit;
    if (signed > now) return;
    parcel.events.push({ at: new Date(signed), status: TrackingStatus.SIGNED, location: s.city });
    parcel.signedAt = new Date(signed);
    t = signed;
    step(OrderStatus.DELIVERED, t, 'system', 'Signed for');
    s.deliveredAt = new Date(t);
    if (!advance(OrderStatus.COMPLETED, (2 + rnd() * 8) * day, 'system', 'Confirmed by the buyer')) return;
    s.endedAt = new Date(t);
    if (rnd() < 0.03) {
      const line = s.lines.find((l) => !l.isGift)!;
      const at = t + (1 + rnd() * 5) * day;
      if (at <= now) s.returned = { at: new Date(at), line, amountFen: line.unitPriceFen * line.quantity - line.discountFen };
    }
  };
  go();
  // Customer service confirms the address with the buyer; when they cannot reach the buyer, a manager lets it ship.
  const confirmBy = Math.min(confirmAt, s.shippedAt ? s.shippedAt.getTime() - minute : now);
  if (confirmed && confirmAt <= now) s.confirmed = { at: new Date(confirmBy), by: csAgent, method: rnd() < 0.7 ? 'ALIWANGWANG' : 'PHONE' };
  else if (s.shippedAt) s.override = { at: new Date(s.shippedAt.getTime() - 10 * minute), by: world.cast.manager, reason: '买家联系不上，按平台地址发货' };
  if (cancelAt <= now && !s.shippedAt) {
    step(OrderStatus.CANCELLED, cancelAt, csAgent, '买家申请取消');
    s.cancelledAt = new Date(cancelAt);
    s.endedAt = s.cancelledAt;
    s.endReason = '买家申请取消';
  }
}
