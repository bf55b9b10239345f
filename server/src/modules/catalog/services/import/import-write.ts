import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../../core/context.js';
import { audit } from '../../../../core/audit/audit.service.js';
import { postMovement } from '../../../inventory/services/ledger.service.js';
import { MovementType } from '../../../inventory/entities/stock-movement.entity.js';
import { Category } from '../../entities/category.entity.js';
import { Product } from '../../entities/product.entity.js';
import { CategoryIndex, type CategoryNode } from '../category-index.js';
import { actorOf, createSku } from '../product-write.service.js';
import type { RowDraft } from './import-columns.js';
import type { ImportState } from './import-validate.js';

/** Finds or creates each level of a category path, e.g. 茶叶/乌龙茶; counts what it creates. */
function categoryResolver(em: EntityManager, index: CategoryIndex) {
  const made = new Map<string, Category>();
  const resolve = (path: string[]): Category | undefined => {
    let parent: Category | undefined;
    let existingId: number | null = null;
    let onExistingBranch = true;
    for (let depth = 1; depth <= path.length; depth++) {
      const key = path.slice(0, depth).join('/');
      const name = path[depth - 1];
      const madeHere = made.get(key);
      if (madeHere) {
        parent = madeHere;
        onExistingBranch = false;
        continue;
      }
      const node: CategoryNode | undefined = onExistingBranch ? index.childrenOf(existingId).find((c) => c.name === name) : undefined;
      if (node) {
        parent = em.getReference(Category, node.id);
        existingId = node.id;
        continue;
      }
      onExistingBranch = false; // below a new category everything is new
      parent = em.create(Category, { name, parent, sortOrder: 0 });
      made.set(key, parent);
    }
    return parent;
  };
  return Object.assign(resolve, { created: () => made.size });
}

export interface WriteResult { productIds: Map<string, number>; createdProducts: string[]; skus: number; openingUnits: number }

/**
 * Writes checked rows in the caller's transaction: categories, products, SKUs (with their
 * first prices in the price history) and opening stock through the inventory ledger.
 */
export async function writeRows(ctx: Ctx, em: EntityManager, state: ImportState, rows: RowDraft[], jobId: number): Promise<WriteResult> {
  const category = categoryResolver(em, await CategoryIndex.load(em));
  const products = new Map<string, Product>();
  const createdProducts: string[] = [];
  const skus = rows.map((row) => {
    const group = state.products.get(row.productCode)!;
    let product = products.get(row.productCode);
    if (!product) {
      product = group.id !== undefined
        ? em.getReference(Product, group.id)
        : em.create(Product, { code: row.productCode, title: group.title!, category: group.categoryPath ? category(group.categoryPath) : undefined, priceTier: group.priceTier });
      if (group.id === undefined) createdProducts.push(row.productCode);
      products.set(row.productCode, product);
    }
    return { row, sku: createSku(em, product, row.sku, actorOf(ctx)) };
  });
  await em.flush(); // the ledger needs the SKU ids

  let openingUnits = 0;
  for (const { row, sku } of skus.filter((s) => s.row.openingQty > 0)) {
    const warehouse = state.warehouses.get(row.warehouseCode!)!;
    await postMovement(ctx, em, {
      skuId: sku.id, warehouseId: warehouse.id, type: MovementType.OPENING, quantity: row.openingQty,
      referenceType: 'ImportJob', referenceId: String(jobId), reason: `Opening stock, CSV import row ${row.row}`,
    });
    openingUnits += row.openingQty;
  }
  audit(ctx, em, {
    operation: 'importProducts', entityType: 'ImportJob', entityId: jobId,
    summary: `rows ${rows[0]?.row}–${rows.at(-1)?.row}: ${category.created()} new categories, ${createdProducts.length} new products (${createdProducts.slice(0, 20).join(', ')}${createdProducts.length > 20 ? ', …' : ''}), ${skus.length} SKUs, ${openingUnits} units of opening stock`,
  });
  return { productIds: new Map([...products].map(([code, p]) => [code, p.id])), createdProducts, skus: skus.length, openingUnits };
}
