import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { User } from '../../identity/entities/user.entity.js';
import { Category } from '../entities/category.entity.js';
import { PriceKind } from '../entities/price-change.entity.js';
import { PriceHistory } from '../entities/price-history.entity.js';
import { PriceTier, Product } from '../entities/product.entity.js';
import { Sku } from '../entities/sku.entity.js';
import { fenToYuan } from './money.js';
import { fromPairs, specKey, type Pair } from './name-value.js';
import { ATTRIBUTE_LIMITS, MAX_SKUS, applySkuChanges, checkNewSku, checkProductCode, checkSkuUniqueness, checkTitle, type SkuDraft } from './product-rules.js';

type NewSku = Parameters<typeof checkNewSku>[2];
type SkuChanges = Parameters<typeof applySkuChanges>[3] & { id: string };

/** A race between two writers on a unique column ends as a DUPLICATE error, not a server error. */
export async function uniqueAsDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw UserError.of('DUPLICATE', 'A code or barcode is already in use; reload and try again');
    throw error;
  }
}

/** Who sets a first price: a staff member, or the system (seeding). */
export interface PriceActor { userId?: number; label: string }
export const actorOf = (ctx: Ctx): PriceActor => ({ userId: ctx.viewer?.userId, label: ctx.viewer?.label ?? 'system' });

/** Creates a SKU with its first prices, and the price-history rows that record them. */
export function createSku(em: EntityManager, product: Product, draft: SkuDraft, actor: PriceActor): Sku {
  const sku = em.create(Sku, { ...draft, barcode: draft.barcode ?? undefined, vipPriceFen: draft.vipPriceFen ?? undefined, product });
  const changedBy = actor.userId ? em.getReference(User, actor.userId) : undefined;
  em.create(PriceHistory, { sku, kind: PriceKind.PRICE, newFen: draft.priceFen, changedBy, changedByLabel: actor.label });
  if (draft.vipPriceFen != null) em.create(PriceHistory, { sku, kind: PriceKind.VIP, newFen: draft.vipPriceFen, changedBy, changedByLabel: actor.label });
  return sku;
}

const describeSku = (d: SkuDraft) => `${d.code} ¥${fenToYuan(d.priceFen)}${d.vipPriceFen != null ? ` (VIP ¥${fenToYuan(d.vipPriceFen)})` : ''}`;

async function findCategory(em: EntityManager, check: Check, categoryId: string | null | undefined): Promise<Category | null> {
  if (!categoryId) return null;
  const category = await em.findOne(Category, Number(categoryId));
  if (!category) check.add('categoryId', 'No such category', 'NOT_FOUND');
  return category;
}

/** Two active SKUs of one product cannot have the same spec. */
function checkDistinctSpecs(check: Check, skus: { field: string; spec: Record<string, string>; active: boolean }[]) {
  const seen = new Map<string, string>();
  for (const s of skus.filter((x) => x.active)) {
    const key = specKey(s.spec);
    if (seen.has(key)) check.add(`${s.field}.spec`, `Another SKU of this product (${seen.get(key)}) has the same spec`, 'DUPLICATE');
    else seen.set(key, s.field);
  }
}

export async function createProduct(ctx: Ctx, input: {
  code: string; title: string; categoryId?: string | null; attributes?: Pair[] | null; description?: string | null; priceTier?: PriceTier | null; skus: NewSku[];
}) {
  return uniqueAsDuplicate(() => ctx.em.transactional(async (tx) => {
    const check = new Check();
    const code = checkProductCode(check, input.code);
    const title = checkTitle(check, input.title);
    const attributes = fromPairs(check, 'attributes', input.attributes, ATTRIBUTE_LIMITS);
    check.when((input.description ?? '').length > 5000, 'description', 'Description must be at most 5,000 characters');
    check.when(input.skus.length > MAX_SKUS, 'skus', `At most ${MAX_SKUS} SKUs`);
    const drafts = input.skus.map((s, i) => checkNewSku(check, `skus.${i}`, s));
    checkDistinctSpecs(check, drafts.map((d, i) => ({ ...d, field: `skus.${i}` })));
    const category = await findCategory(tx, check, input.categoryId);
    if (code && (await tx.count(Product, { code }))) check.add('code', `Product code ${code} is already used`, 'DUPLICATE');
    await checkSkuUniqueness(tx, check, drafts.map((d, i) => ({ field: `skus.${i}`, code: d.code, barcode: d.barcode })));
    check.throwIfAny();

    const product = tx.create(Product, {
      code, title, category: category ?? undefined, attributes, description: input.description?.trim() || undefined, priceTier: input.priceTier ?? PriceTier.VOLUME,
    });
    for (const draft of drafts) createSku(tx, product, draft, actorOf(ctx));
    await tx.flush();
    audit(ctx, tx, { operation: 'createProduct', entityType: 'Product', entityId: product.id, summary: `created ${code} ${title}; SKUs: ${drafts.map(describeSku).join(', ') || 'none'}` });
    return { product };
  }));
}

export async function updateProduct(ctx: Ctx, input: {
  id: string; code?: string | null; title?: string | null; categoryId?: string | null; attributes?: Pair[] | null; description?: string | null;
  priceTier?: PriceTier | null; addSkus?: NewSku[] | null; updateSkus?: SkuChanges[] | null;
}) {
  return uniqueAsDuplicate(() => ctx.em.transactional(async (tx) => {
    const product = await tx.findOne(Product, Number(input.id), { populate: ['skus', 'category'] });
    if (!product) throw UserError.of('NOT_FOUND', 'No such product', 'id');
    const check = new Check();
    const existing = new Map(product.skus.getItems().map((s) => [String(s.id), s]));
    const before = { code: product.code, title: product.title, category: product.category?.getEntity().name ?? null, attributes: product.attributes, description: product.description ?? null, priceTier: product.priceTier };

    // Everything is checked (including uniqueness, by query) before any entity changes,
    // so the ORM's auto-flush before a query never writes a half-checked change.
    const code = input.code != null ? checkProductCode(check, input.code) : product.code;
    const title = input.title != null ? checkTitle(check, input.title) : product.title;
    const attributes = input.attributes != null ? fromPairs(check, 'attributes', input.attributes, ATTRIBUTE_LIMITS) : product.attributes;
    check.when((input.description ?? '').length > 5000, 'description', 'Description must be at most 5,000 characters');
    const category = input.categoryId !== undefined ? await findCategory(tx, check, input.categoryId) : undefined;
    if (code !== product.code && (await tx.count(Product, { code, id: { $ne: product.id } }))) check.add('code', `Product code ${code} is already used`, 'DUPLICATE');
    const added = (input.addSkus ?? []).map((s, i) => checkNewSku(check, `addSkus.${i}`, s));
    const updates = (input.updateSkus ?? []).map((u, i) => ({ input: u, field: `updateSkus.${i}`, sku: existing.get(String(u.id)) }));
    for (const u of updates) if (!u.sku) check.add(`${u.field}.id`, 'No such SKU on this product', 'NOT_FOUND');
    check.when(existing.size + added.length > 100, 'addSkus', 'At most 100 SKUs per product');
    await checkSkuUniqueness(tx, check, [
      ...updates.filter((u) => u.sku).map((u) => ({
        field: u.field, id: u.sku!.id, code: u.input.code?.trim() ?? u.sku!.code,
        barcode: u.input.barcode != null ? u.input.barcode.trim() || null : u.sku!.barcode ?? null,
      })),
      ...added.map((d, i) => ({ field: `addSkus.${i}`, code: d.code, barcode: d.barcode })),
    ]);
    check.throwIfAny();

    // Apply in memory, then check what needs the final picture (distinct specs).
    product.code = code;
    product.title = title;
    product.attributes = attributes;
    if (input.description != null) product.description = input.description.trim() || (null as unknown as undefined);
    if (input.priceTier) product.priceTier = input.priceTier;
    if (category !== undefined) product.category = (category ?? null) as never;
    const skuNotes: string[] = [];
    for (const u of updates) {
      const sku = u.sku!;
      const was = { code: sku.code, barcode: sku.barcode ?? null, spec: sku.spec, weightGrams: sku.weightGrams, isGift: sku.isGift, active: sku.active };
      applySkuChanges(check, u.field, sku, u.input);
      const summary = describeChanges(was, { code: sku.code, barcode: sku.barcode ?? null, spec: sku.spec, weightGrams: sku.weightGrams, isGift: sku.isGift, active: sku.active });
      if (summary !== 'no changes') skuNotes.push(`${was.code}: ${summary}`);
    }
    checkDistinctSpecs(check, [
      ...product.skus.getItems().map((s) => ({ field: updates.find((u) => u.sku === s)?.field ?? `sku ${s.code}`, spec: s.spec, active: s.active })),
      ...added.map((d, i) => ({ field: `addSkus.${i}`, spec: d.spec, active: d.active })),
    ]);
    check.throwIfAny();
    for (const draft of added) createSku(tx, product, draft, actorOf(ctx));

    const after = { code: product.code, title: product.title, category: category === undefined ? before.category : category?.name ?? null, attributes: product.attributes, description: product.description ?? null, priceTier: product.priceTier };
    const parts = [describeChanges(before, after), ...skuNotes, ...added.map((d) => `added ${describeSku(d)}`)].filter((p) => p !== 'no changes');
    audit(ctx, tx, { operation: 'updateProduct', entityType: 'Product', entityId: product.id, summary: parts.join('; ') || 'no changes' });
    return { product };
  }));
}
