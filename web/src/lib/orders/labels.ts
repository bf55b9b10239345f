import type {
  ConfirmationMethod, LedgerCategory, OrderChannel, OrderStatus, PaymentMethod, ShipmentStatus, ShippingMethod, TrackingStatus,
} from '../../gql/graphql';

type ChipColor = 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary' | 'secondary';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'PENDING_PAYMENT', 'PAID', 'ALLOCATED', 'PICKING', 'PACKED', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'CLOSED',
];
/** The states the fulfilment queue holds. */
export const QUEUE_STATUSES: readonly OrderStatus[] = ['PAID', 'ALLOCATED', 'PICKING', 'PACKED'];

export const ORDER_STATUS_COLOR: Record<OrderStatus, ChipColor> = {
  PENDING_PAYMENT: 'warning', PAID: 'primary', ALLOCATED: 'info', PICKING: 'info', PACKED: 'secondary',
  SHIPPED: 'success', DELIVERED: 'success', COMPLETED: 'default', CANCELLED: 'error', CLOSED: 'default',
};

export const ORDER_CHANNELS: readonly OrderChannel[] = ['OWN_SHOP', 'TAOBAO', 'TMALL', 'AGENT'];
export const SHIPPING_METHODS: readonly ShippingMethod[] = ['SURFACE', 'EXPRESS', 'EMS'];
export const CONFIRMATION_METHODS: readonly ConfirmationMethod[] = ['PHONE', 'ALIWANGWANG', 'WECHAT', 'SMS', 'OTHER'];
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['ALIPAY', 'WECHAT_PAY', 'PLATFORM', 'BANK_TRANSFER', 'CASH', 'OTHER'];
export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['IN_TRANSIT', 'SIGNED', 'EXCEPTION', 'RETURNED'];
export const TRACKING_STATUSES: readonly TrackingStatus[] = ['COLLECTED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'SIGNED', 'EXCEPTION', 'RETURNED'];
export const LEDGER_CATEGORIES: readonly LedgerCategory[] = ['SALES', 'REFUND', 'SHIPPING_COST', 'PURCHASE_PAYMENT', 'AGENT_FEE', 'OTHER'];

export const SHIPMENT_STATUS_COLOR: Record<ShipmentStatus, ChipColor> = {
  IN_TRANSIT: 'info', SIGNED: 'success', EXCEPTION: 'error', RETURNED: 'warning',
};

/** The pack checklist items, in the order a packer works through them. */
export const CHECKLIST_ITEMS = ['goodsChecked', 'specMatches', 'accessoriesIncluded', 'giftsIncluded', 'shippingSlipIncluded'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

interface TimelineEvent { id: string; at: string; actorLabel: string; actor?: { name: string } | null; fromState?: string | null; toState: string; note?: string | null }

/** A check noted on the timeline keeps the state (from = to): show it as the state with its note, not as a step. */
export function timelineEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return events.map((e) => (e.fromState && e.fromState === e.toState ? { ...e, fromState: null } : e));
}

/** `浙江省 杭州市 西湖区 文三路 1 号` */
export function addressLine(o: { province: string; city: string; district?: string | null; addressDetail: string }): string {
  return [o.province, o.city, o.district, o.addressDetail].filter(Boolean).join(' ');
}

/** A date input's day (YYYY-MM-DD, shop time) as the UTC instant that day starts in Shanghai (UTC+8, no DST). */
export function shopDayStart(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The day after, for an inclusive "to" date sent as an exclusive bound. */
export function shopDayEnd(day: string): string | null {
  const start = shopDayStart(day);
  return start ? new Date(new Date(start).getTime() + 86_400_000).toISOString() : null;
}

/** Today in the shop's time zone, YYYY-MM-DD. */
export function shopToday(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
