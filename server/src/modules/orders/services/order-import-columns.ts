import { ShippingMethod } from '../../shipping/entities/shipping-method.js';
import { OrderChannel } from '../entities/order-enums.js';

/** Column → accepted header names (English, and the Chinese a Taobao export uses). */
export const ORDER_COLUMNS = {
  channel: ['channel', '渠道'],
  platformOrderNo: ['platform_order_no', 'order_no', '订单编号'],
  agentCode: ['agent_code', '代理编号'],
  buyerAccount: ['buyer_account', '买家会员名'],
  receiverName: ['receiver_name', '收货人姓名', '收货人'],
  receiverPhone: ['receiver_phone', '联系手机', '手机'],
  province: ['province', '省'],
  city: ['city', '市'],
  district: ['district', '区'],
  addressDetail: ['address', '详细地址'],
  shippingMethod: ['shipping_method', '运送方式'],
  skuCode: ['sku_code', '商家编码'],
  quantity: ['quantity', '数量'],
  discount: ['discount', '优惠'],
  gift: ['gift', '赠品'],
  buyerNote: ['buyer_note', '买家留言'],
  placedAt: ['placed_at', '下单时间'],
  paid: ['paid', '已付款'],
  paymentReference: ['payment_reference', '支付单号'],
} as const;

export type OrderColumn = keyof typeof ORDER_COLUMNS;
export const REQUIRED_COLUMNS: OrderColumn[] = ['channel', 'platformOrderNo', 'receiverName', 'receiverPhone', 'province', 'city', 'addressDetail', 'skuCode', 'quantity'];

/** The CSV column to blame for an error on a createOrder field. */
export function columnOfField(field: string | null | undefined): string | null {
  if (!field) return null;
  const last = field.replace(/^lines\.\d+\./, '').replace(/^address\./, '');
  const map: Record<string, OrderColumn> = {
    skuId: 'skuCode', quantity: 'quantity', discountFen: 'discount', lines: 'skuCode', agentId: 'agentCode',
    receiverName: 'receiverName', receiverPhone: 'receiverPhone', province: 'province', city: 'city', district: 'district',
    addressDetail: 'addressDetail', shippingMethod: 'shippingMethod', platformOrderNo: 'platformOrderNo', channel: 'channel',
    buyerNote: 'buyerNote', buyerAccount: 'buyerAccount', placedAt: 'placedAt',
  };
  const column = map[last];
  return column ? ORDER_COLUMNS[column][0] : null;
}

const CHANNEL_WORDS: Record<string, OrderChannel> = { 淘宝: OrderChannel.TAOBAO, 天猫: OrderChannel.TMALL, 自营: OrderChannel.OWN_SHOP, 代理: OrderChannel.AGENT };
const METHOD_WORDS: Record<string, ShippingMethod> = { 平邮: ShippingMethod.SURFACE, 快递: ShippingMethod.EXPRESS, EMS: ShippingMethod.EMS };

export function readChannel(text: string): OrderChannel | null {
  const t = text.trim();
  return (Object.values(OrderChannel) as string[]).includes(t.toUpperCase()) ? (t.toUpperCase() as OrderChannel) : CHANNEL_WORDS[t] ?? null;
}

/** Express when the column is empty, as on a platform export without it. */
export function readMethod(text: string): ShippingMethod | null {
  const t = text.trim();
  if (!t) return ShippingMethod.EXPRESS;
  return (Object.values(ShippingMethod) as string[]).includes(t.toUpperCase()) ? (t.toUpperCase() as ShippingMethod) : METHOD_WORDS[t] ?? null;
}

export function readYes(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0', '否'].includes(t)) return false;
  if (['yes', 'y', 'true', '1', '是'].includes(t)) return true;
  return null;
}
