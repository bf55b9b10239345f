import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { shopDay } from '../core/time.js';
import { Partner } from '../modules/partners/entities/partner.entity.js';
import { Contract, ContractType } from '../modules/contracts/entities/contract.entity.js';
import { activateContract, approveContract, createContract, markExpiredContracts, submitContract, terminateContract } from '../modules/contracts/services/contracts.service.js';
import { seedCtx } from './demo-suppliers.js';

const SHOP = '杭州茗品茶业有限公司';
type Stage = 'DRAFT' | 'UNDER_REVIEW' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
/** supplier, type, title, amount (yuan), start and end relative to today (days), how far it got. */
const CONTRACTS: [string, ContractType, string, number, number, number, Stage][] = [
  ['SUP-ANXI', ContractType.FRAMEWORK, '2026年度铁观音供货框架协议', 0, -340, 20, 'ACTIVE'],
  ['SUP-YIXING', ContractType.SUPPLY, '紫砂壶年度供货协议', 600_000, -120, 245, 'ACTIVE'],
  ['SUP-WUYI', ContractType.PURCHASE, '大红袍、肉桂秋季采购合同', 186_000, -30, 60, 'ACTIVE'],
  ['SUP-XIHU', ContractType.PURCHASE, '2027明前龙井预订合同', 420_000, 90, 180, 'SIGNED'],
  ['SUP-MENGHAI', ContractType.SUPPLY, '普洱茶饼供货协议', 350_000, 0, 365, 'UNDER_REVIEW'],
  ['SUP-FUDING', ContractType.FRAMEWORK, '白茶框架协议（续签）', 0, 10, 375, 'DRAFT'],
  ['SUP-ANXI', ContractType.PURCHASE, '2025年秋茶采购合同', 240_000, -420, -60, 'EXPIRED'],
  ['SUP-JDZ', ContractType.SUPPLY, '青花瓷茶具供货协议', 150_000, -200, 165, 'TERMINATED'],
];

/**
 * Purchase contracts in every state, one active framework agreement ending within 30 days (an
 * expiry alert), written through the contract services so each has its history. Needs the demo
 * suppliers; skipped once contracts exist.
 */
export async function seedDemoContracts(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(Contract, {})) return;
  const suppliers = new Map((await em.find(Partner, { code: { $in: CONTRACTS.map((c) => c[0]) } })).map((p) => [p.code, p]));
  if (!suppliers.size) return;
  const author = await seedCtx(em, config, 'purchasing@demo.shop');
  const reviewer = await seedCtx(em, config, 'admin@demo.shop');
  const today = shopDay(new Date(), config.shopTimezone);
  const day = (n: number) => shopDay(new Date(Date.parse(`${today}T04:00:00Z`) + n * 86_400_000), config.shopTimezone);
  const stages: Stage[] = ['DRAFT', 'UNDER_REVIEW', 'SIGNED', 'ACTIVE'];
  for (const [code, type, title, yuan, start, end, stage] of CONTRACTS) {
    const supplier = suppliers.get(code);
    if (!supplier) continue;
    // An expired contract runs its course with a future end first, then its dates are set back.
    const { contract } = await createContract(author, {
      title, type, supplierId: String(supplier.id), shopParty: SHOP, amount: yuan * 100, startDate: day(Math.min(start, 0)), endDate: day(stage === 'EXPIRED' ? 30 : end),
      terms: `一、供方按需方订单供货，质量符合国家标准及双方确认的样品。\n二、验收不合格品由供方负责退换，运费由供方承担。\n三、结算方式：${type === ContractType.FRAMEWORK ? '按单月结30天' : '预付30%，到货验收后付清'}。\n四、合同期满前30天双方协商续签事宜。`,
    });
    const id = String(contract.id);
    const reach = stage === 'EXPIRED' || stage === 'TERMINATED' ? 3 : stages.indexOf(stage);
    if (reach >= 1) await submitContract(author, { id });
    if (reach >= 2) await approveContract(reviewer, { id, note: '条款已审核，同意签订' });
    if (reach >= 3) await activateContract(author, { id });
    if (stage === 'TERMINATED') await terminateContract(author, { id, note: '供应商停产整顿，双方协商提前终止' });
    if (stage === 'EXPIRED' || start > 0) await em.nativeUpdate(Contract, { id: contract.id }, { startDate: day(start), endDate: day(end) });
  }
  em.clear();
  await markExpiredContracts(author);
}
