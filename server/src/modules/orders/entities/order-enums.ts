import { registerEnumType } from 'type-graphql';

export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  ALLOCATED = 'ALLOCATED',
  PICKING = 'PICKING',
  PACKED = 'PACKED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  CLOSED = 'CLOSED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus', description: 'State of an order.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'Placed, waiting for payment (待付款).' },
    PAID: { description: 'Paid in full; waiting for stock allocation (待发货).' },
    ALLOCATED: { description: 'Stock reserved in a warehouse (已配货).' },
    PICKING: { description: 'Being picked in the warehouse (拣货中).' },
    PACKED: { description: 'Packed; the pack checklist was filled in (已打包).' },
    SHIPPED: { description: 'Handed to the courier; stock left the ledger (已发货).' },
    DELIVERED: { description: 'Every parcel signed for (已签收).' },
    COMPLETED: { description: 'Done (交易成功).' },
    CANCELLED: { description: 'Cancelled after payment, before shipping: stock released, payment refunded.' },
    CLOSED: { description: 'Closed unpaid (交易关闭).' },
  },
});

export enum OrderChannel { OWN_SHOP = 'OWN_SHOP', TAOBAO = 'TAOBAO', TMALL = 'TMALL', AGENT = 'AGENT' }
registerEnumType(OrderChannel, {
  name: 'OrderChannel', description: 'Where an order came from.',
  valuesConfig: {
    OWN_SHOP: { description: 'The shop’s own site or phone order.' },
    TAOBAO: { description: 'Taobao (淘宝); carries the platform order number.' },
    TMALL: { description: 'Tmall (天猫); carries the platform order number.' },
    AGENT: { description: 'Sent by a resale agent (代理) whose buyer we ship to.' },
  },
});

export enum ConfirmationMethod { PHONE = 'PHONE', ALIWANGWANG = 'ALIWANGWANG', WECHAT = 'WECHAT', SMS = 'SMS', OTHER = 'OTHER' }
registerEnumType(ConfirmationMethod, {
  name: 'ConfirmationMethod', description: 'How customer service confirmed the address with the buyer.',
  valuesConfig: {
    PHONE: { description: 'By phone call.' },
    ALIWANGWANG: { description: 'In Aliwangwang (阿里旺旺) chat.' },
    WECHAT: { description: 'In WeChat.' },
    SMS: { description: 'By text message.' },
    OTHER: { description: 'Another way (say which in the note).' },
  },
});

/** States in which the order is still in the warehouse's hands. */
export const OPEN_FULFILMENT = [OrderStatus.PAID, OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.PACKED];
/** States before the parcel leaves: the address may still change. */
export const BEFORE_SHIPPING = [OrderStatus.PENDING_PAYMENT, ...OPEN_FULFILMENT];
