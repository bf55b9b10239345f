import type { EntityManager } from '@mikro-orm/core';
import { Courier } from '../../modules/shipping/entities/courier.entity.js';
import { CourierRate } from '../../modules/shipping/entities/courier-rate.entity.js';
import { ShipFirstRegion } from '../../modules/shipping/entities/ship-first-region.entity.js';
import { ShippingFeeTemplate } from '../../modules/shipping/entities/shipping-fee-template.entity.js';
import { ShippingMethod } from '../../modules/shipping/entities/shipping-method.js';
import type { WeightTariff } from '../../modules/shipping/services/weight-fee.js';

const REMOTE = ['新疆维吾尔自治区', '西藏自治区', '青海省', '内蒙古自治区', '宁夏回族自治区', '甘肃省', '海南省'];
const t = (firstWeightGrams: number, firstFeeFen: number, additionalUnitGrams: number, additionalFeeFen: number): WeightTariff => ({ firstWeightGrams, firstFeeFen, additionalUnitGrams, additionalFeeFen });

/** The couriers the demo shop uses, with what each charges us (negotiated rates). */
const COURIERS: { code: string; name: string; notes: string; rates: [ShippingMethod, string, WeightTariff][] }[] = [
  { code: 'SF', name: '顺丰速运', notes: '快、丢件少，价格高；贵重茶具优先走顺丰', rates: [[ShippingMethod.EXPRESS, '*', t(1000, 1200, 1000, 600)]] },
  { code: 'ZTO', name: '中通快递', notes: '月结协议价，每日 17:00 前揽收', rates: [[ShippingMethod.EXPRESS, '*', t(1000, 500, 1000, 300)], ...REMOTE.map((p) => [ShippingMethod.EXPRESS, p, t(1000, 1500, 1000, 1000)] as [ShippingMethod, string, WeightTariff])] },
  { code: 'YTO', name: '圆通速递', notes: '协议价，双11 需提前预约运力', rates: [[ShippingMethod.EXPRESS, '*', t(1000, 520, 1000, 300)]] },
  { code: 'YUNDA', name: '韵达快递', notes: '便宜，偏远地区时效一般', rates: [[ShippingMethod.EXPRESS, '*', t(1000, 480, 1000, 300)]] },
  { code: 'EMS', name: '中国邮政 EMS', notes: '偏远地区与平邮走邮政', rates: [[ShippingMethod.EMS, '*', t(500, 1500, 500, 600)], [ShippingMethod.SURFACE, '*', t(2000, 500, 500, 150)]] },
];

/** What buyers pay (运费模板): express free from 99 yuan except remote regions. */
const TEMPLATES: [ShippingMethod, string, WeightTariff, number | null][] = [
  [ShippingMethod.EXPRESS, '*', t(1000, 1000, 1000, 500), 9_900],
  ...REMOTE.map((p) => [ShippingMethod.EXPRESS, p, t(1000, 2000, 1000, 1500), null] as [ShippingMethod, string, WeightTariff, number | null]),
  [ShippingMethod.SURFACE, '*', t(2000, 600, 500, 200), null],
  [ShippingMethod.EMS, '*', t(500, 2000, 500, 800), null],
];

export const SHIP_FIRST = ['广东省', '浙江省', '江苏省', '上海市', '北京市'];

/** Couriers, rate cards, fee templates and ship-first regions, when the database has none. */
export async function seedDemoShipping(em: EntityManager): Promise<void> {
  if (!(await em.count(Courier, {}))) {
    for (const c of COURIERS) {
      const courier = em.create(Courier, { code: c.code, name: c.name, notes: c.notes });
      for (const [method, province, tariff] of c.rates) em.persist(em.create(CourierRate, { courier, method, province, ...tariff }));
    }
  }
  if (!(await em.count(ShippingFeeTemplate, {}))) {
    for (const [method, province, tariff, free] of TEMPLATES) em.persist(em.create(ShippingFeeTemplate, { method, province, ...tariff, freeShippingThresholdFen: free ?? undefined }));
  }
  if (!(await em.count(ShipFirstRegion, {}))) {
    for (const province of SHIP_FIRST) em.persist(em.create(ShipFirstRegion, { province, note: '销量前五地区' }));
  }
  await em.flush();
}
