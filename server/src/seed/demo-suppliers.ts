import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Ctx } from '../core/context.js';
import { createLogger } from '../core/logger.js';
import { shopDay } from '../core/time.js';
import { Sku } from '../modules/catalog/entities/sku.entity.js';
import { User } from '../modules/identity/entities/user.entity.js';
import { Partner, PartnerType } from '../modules/partners/entities/partner.entity.js';
import { AssessmentMethod, SupplierEvaluation } from '../modules/suppliers/entities/supplier-evaluation.entity.js';
import { SupplierProfile, SupplierStatus } from '../modules/suppliers/entities/supplier-profile.entity.js';
import { SupplierScoreSettings, SupplierScoreSnapshot } from '../modules/suppliers/entities/supplier-score.entity.js';
import { PurchaseReceipt } from '../modules/purchasing/entities/purchase-receipt.entity.js';
import { SupplierSku } from '../modules/suppliers/entities/supplier-sku.entity.js';
import { parsePeriod, quarterOfMonth } from '../modules/suppliers/services/score-period.js';
import { computeScorecards, storeSnapshots } from '../modules/suppliers/services/scorecard.service.js';
import { encodeCategories } from '../modules/suppliers/services/supplier-profiles.service.js';
import { awardRfq, createRfq, recordRfqQuotes, sendRfq } from '../modules/suppliers/services/rfqs.service.js';
import { DEMO_SUPPLIERS } from './demo-suppliers-data.js';

function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const METHODS = [AssessmentMethod.DOCUMENT_REVIEW, AssessmentMethod.SAMPLE_TEST, AssessmentMethod.SITE_VISIT, AssessmentMethod.THIRD_PARTY_AUDIT];

/** A staff context for seeding through the services (history and audit as if the user acted). */
export async function seedCtx(em: EntityManager, config: Config, email: string): Promise<Ctx> {
  const user = await em.findOneOrFail(User, { email });
  return { em, config, log: createLogger('silent'), requestId: 'seed', loaders: new Map(), viewer: { kind: 'staff', userId: user.id, permissions: new Set(), label: email } };
}

/** The last n complete quarters before today, oldest first, e.g. ['2025-Q4', '2026-Q1', …]. */
function pastQuarters(today: string, n: number): string[] {
  let quarter = quarterOfMonth(today.slice(0, 7));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
    quarter = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
    out.unshift(quarter);
  }
  return out;
}

/**
 * About 12 suppliers (the two demo partners plus ten tea, teaware and packaging suppliers) with
 * profiles, a SKU list covering every catalogue SKU (some with a second source), quarterly
 * evaluations over the past year with stored scores, and two RFQs with quotes. Runs after the
 * catalogue and before purchasing (which orders from the SupplierSku rows). Skipped once profiles exist.
 */
export async function seedDemoSuppliers(em: EntityManager, config: Config): Promise<void> {
  if (await em.count(SupplierProfile, {})) return;
  const skus = await em.find(Sku, {}, { orderBy: { id: 'asc' } });
  if (!skus.length) return;
  const rnd = random(20261201);
  const existing = new Map((await em.find(Partner, { code: { $in: DEMO_SUPPLIERS.map((d) => d.code) } })).map((p) => [p.code, p]));
  const partners = new Map<string, Partner>();
  for (const d of DEMO_SUPPLIERS) {
    const partner = existing.get(d.code) ?? em.create(Partner, { type: PartnerType.SUPPLIER, code: d.code, name: d.name, contactName: d.contact[0], contactPhone: d.contact[1], active: true });
    partners.set(d.code, partner);
    em.create(SupplierProfile, { partner, grade: d.grade, status: d.status, paymentTerms: d.paymentTerms, categoriesText: encodeCategories(d.categories), contacts: d.contacts.map((c) => ({ phone: null, email: null, ...c })) });
  }
  if (!(await em.count(SupplierScoreSettings, {}))) em.create(SupplierScoreSettings, { id: 1 });

  // SKU lists: the primary source is preferred (when approved); a second source quotes a little differently.
  const sources = new Map<string, { code: string; primary: boolean }[]>();
  for (const d of DEMO_SUPPLIERS) {
    for (const p of d.primary) sources.set(p, [...(sources.get(p) ?? []), { code: d.code, primary: true }]);
    for (const p of d.secondary ?? []) sources.set(p, [...(sources.get(p) ?? []), { code: d.code, primary: false }]);
  }
  const statusOf = new Map(DEMO_SUPPLIERS.map((d) => [d.code, d.status]));
  for (const sku of skus) {
    const product = sku.code.split('-')[0];
    for (const source of sources.get(product) ?? [{ code: 'SUP-ANXI', primary: true }]) {
      const cost = sku.priceFen > 0 ? Math.round((sku.priceFen * (0.35 + rnd() * 0.2)) / 10) * 10 : 200 + Math.floor(rnd() * 6) * 100;
      em.create(SupplierSku, {
        supplier: partners.get(source.code)!, sku, supplierSkuCode: `${source.code.slice(4, 7)}-${sku.code}`, unitPrice: source.primary ? cost : Math.round(cost * (0.95 + rnd() * 0.15)),
        leadTimeDays: 3 + Math.floor(rnd() * 18), minOrderQuantity: [10, 20, 50, 100][Math.floor(rnd() * 4)], preferred: source.primary && statusOf.get(source.code) === SupplierStatus.APPROVED,
      });
    }
  }
  await em.flush();

  // Evaluations: one per supplier per quarter for the past year, then the stored score per quarter.
  const buyer = await em.findOneOrFail(User, { email: 'purchasing@demo.shop' });
  const today = shopDay(new Date(), config.shopTimezone);
  const quarters = pastQuarters(today, 4);
  const score = (level: number) => Math.max(30, Math.min(100, Math.round(level + (rnd() - 0.5) * 16)));
  for (const [qi, quarter] of quarters.entries()) {
    for (const d of DEMO_SUPPLIERS) {
      em.create(SupplierEvaluation, {
        supplier: partners.get(d.code)!, period: quarter, method: METHODS[(qi + d.code.length) % METHODS.length], evaluator: buyer,
        quality: score(d.level), delivery: score(d.level - 3), price: score(d.level - 5), service: score(d.level), credit: score(d.level + 4),
        notes: qi === quarters.length - 1 ? `${d.name}${d.level >= 85 ? '表现稳定，保持合作' : d.level >= 75 ? '整体合格，交期需改进' : '问题较多，需整改'}` : undefined,
      });
    }
  }
  await em.flush();
  const supplierIds = [...partners.values()].map((p) => p.id);
  await em.transactional(async (tx) => {
    for (const quarter of quarters) await storeSnapshots(tx, await computeScorecards(tx, supplierIds, parsePeriod(quarter, config.shopTimezone), config.shopTimezone));
  });

  await seedDemoRfqs(em, config, partners, skus, today);
}

/**
 * Re-scores the stored history once the purchasing and complaints demos have written a year of
 * receipts, returns and complaints (they run after the suppliers demo), and adds the current
 * quarter. Skipped when there are no receipts yet or the history already counts them.
 */
export async function rescoreDemoSuppliers(em: EntityManager, config: Config): Promise<void> {
  if (!(await em.count(PurchaseReceipt, {}))) return;
  const snapshots = await em.find(SupplierScoreSnapshot, {});
  if (!snapshots.length || snapshots.some((x) => Number((x.detail as { facts?: { receipts?: number } }).facts?.receipts ?? 0) > 0)) return;
  const today = shopDay(new Date(), config.shopTimezone);
  const periods = [...new Set([...snapshots.map((x) => x.period), quarterOfMonth(today.slice(0, 7))])].sort();
  const supplierIds = (await em.find(SupplierProfile, {}, { fields: ['partner'] })).map((p) => p.partner.id);
  await em.transactional(async (tx) => {
    for (const period of periods) await storeSnapshots(tx, await computeScorecards(tx, supplierIds, parsePeriod(period, config.shopTimezone), config.shopTimezone));
  });
}

/** An awarded RFQ for oolong teas and an open one for teaware, with one quote already expired. */
async function seedDemoRfqs(em: EntityManager, config: Config, partners: Map<string, Partner>, skus: Sku[], today: string) {
  const ctx = await seedCtx(em, config, 'purchasing@demo.shop');
  const day = (n: number) => shopDay(new Date(Date.parse(`${today}T04:00:00Z`) + n * 86_400_000), config.shopTimezone);
  const skuOf = (product: string) => skus.find((s) => s.code.startsWith(`${product}-`))!;
  const id = (code: string) => String(partners.get(code)!.id);

  const oolong = await createRfq(ctx, { title: '秋茶铁观音、单丛询价', replyBy: day(-20), note: '年前备货', lines: [{ skuId: String(skuOf('WL01').id), quantity: 300 }, { skuId: String(skuOf('WL06').id), quantity: 120 }], supplierIds: [id('SUP-ANXI'), id('SUP-CHAOZHOU')] });
  const [o1, o2] = oolong.rfq.lines.getItems().map((l) => String(l.id));
  await sendRfq(ctx, { id: String(oolong.rfq.id) });
  await recordRfqQuotes(ctx, { rfqId: String(oolong.rfq.id), supplierId: id('SUP-ANXI'), lines: [
    { lineId: o1, unitPrice: 3900, leadTimeDays: 7, minOrderQuantity: 100, validUntil: day(40) },
    { lineId: o2, unitPrice: 4600, leadTimeDays: 10, minOrderQuantity: 50, validUntil: day(40) }] });
  await recordRfqQuotes(ctx, { rfqId: String(oolong.rfq.id), supplierId: id('SUP-CHAOZHOU'), lines: [
    { lineId: o1, unitPrice: 3700, leadTimeDays: 12, minOrderQuantity: 200, validUntil: day(30) },
    { lineId: o2, unitPrice: 4200, leadTimeDays: 6, minOrderQuantity: 30, validUntil: day(30), note: '凤凰山头春单丛' }] });
  await awardRfq(ctx, { id: String(oolong.rfq.id), lines: [{ lineId: o1, supplierId: id('SUP-ANXI') }, { lineId: o2, supplierId: id('SUP-CHAOZHOU') }], negotiationNotes: '安溪价格谈至39元，承诺7天交货；潮州单丛价低且交期短' });

  const ware = await createRfq(ctx, { title: '盖碗、品茗杯年度询价', replyBy: day(5), lines: [{ skuId: String(skuOf('GW01').id), quantity: 200 }, { skuId: String(skuOf('CB01').id), quantity: 500 }, { skuId: String(skuOf('GW02').id), quantity: 100 }], supplierIds: [id('SUP-DEHUA'), id('SUP-GLASS')] });
  const [w1, w2, w3] = ware.rfq.lines.getItems().map((l) => String(l.id));
  await sendRfq(ctx, { id: String(ware.rfq.id), note: '已发德化、河北两家' });
  await recordRfqQuotes(ctx, { rfqId: String(ware.rfq.id), supplierId: id('SUP-DEHUA'), lines: [
    { lineId: w1, unitPrice: 2900, leadTimeDays: 15, minOrderQuantity: 100, validUntil: day(20) },
    { lineId: w2, unitPrice: 650, leadTimeDays: 15, minOrderQuantity: 200, validUntil: day(20) },
    { lineId: w3, unitPrice: 4800, leadTimeDays: 20, minOrderQuantity: 50, validUntil: day(-3), note: '报价已过期，待重新报价' }] });
  await recordRfqQuotes(ctx, { rfqId: String(ware.rfq.id), supplierId: id('SUP-GLASS'), lines: [
    { lineId: w1, unitPrice: 3100, leadTimeDays: 8, minOrderQuantity: 50, validUntil: day(25) },
    { lineId: w2, unitPrice: 600, leadTimeDays: 10, minOrderQuantity: 500, validUntil: day(25) }] });
}
