import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { ListingStatus, Product } from '../entities/product.entity.js';

const MAX_BATCH = 100;

async function loadBatch(ctx: Ctx, tx: Ctx['em'], ids: string[]): Promise<Product[]> {
  const unique = [...new Set(ids.map(Number))];
  if (!unique.length) throw UserError.of('REQUIRED', 'Choose at least one product', 'productIds');
  if (unique.length > MAX_BATCH) throw UserError.of('INVALID', `At most ${MAX_BATCH} products at a time`, 'productIds');
  const products = await tx.find(Product, { id: { $in: unique } }, { populate: ['skus'], orderBy: { id: 'asc' } });
  const found = new Set(products.map((p) => p.id));
  const check = new Check();
  ids.forEach((id, i) => check.when(!found.has(Number(id)), `productIds.${i}`, `No product with id ${id}`, 'NOT_FOUND'));
  check.throwIfAny();
  return products;
}

/** Puts products on or off the shelf (上架 / 下架), all or none. A product needs an active SKU to go on the shelf. */
export async function setListingStatus(ctx: Ctx, input: { productIds: string[]; status: ListingStatus }) {
  return ctx.em.transactional(async (tx) => {
    const products = await loadBatch(ctx, tx, input.productIds);
    if (input.status === ListingStatus.ON_SHELF) {
      const check = new Check();
      for (const p of products) {
        const i = input.productIds.findIndex((id) => Number(id) === p.id);
        check.when(!p.skus.getItems().some((s) => s.active), `productIds.${i}`, `${p.code} has no active SKU to sell`, 'NO_ACTIVE_SKU');
      }
      check.throwIfAny();
    }
    const changing = products.filter((x) => x.listingStatus !== input.status);
    for (const p of changing) {
      audit(ctx, tx, { operation: 'setListingStatus', entityType: 'Product', entityId: p.id, summary: `listingStatus: ${p.listingStatus} → ${input.status}` });
      p.listingStatus = input.status;
    }
    if (!changing.length) audit(ctx, tx, { operation: 'setListingStatus', entityType: 'Product', summary: `no changes: ${products.map((p) => p.code).join(', ')} already ${input.status}` });
    return { products };
  });
}

/** Sets or clears the shop-window flag (橱窗推荐). */
export async function setShowcase(ctx: Ctx, input: { productIds: string[]; showcase: boolean }) {
  return ctx.em.transactional(async (tx) => {
    const products = await loadBatch(ctx, tx, input.productIds);
    const changing = products.filter((x) => x.showcase !== input.showcase);
    for (const p of changing) {
      audit(ctx, tx, { operation: 'setShowcase', entityType: 'Product', entityId: p.id, summary: `showcase: ${p.showcase} → ${input.showcase}` });
      p.showcase = input.showcase;
    }
    if (!changing.length) audit(ctx, tx, { operation: 'setShowcase', entityType: 'Product', summary: `no changes: showcase already ${input.showcase} for ${products.map((p) => p.code).join(', ')}` });
    return { products };
  });
}
