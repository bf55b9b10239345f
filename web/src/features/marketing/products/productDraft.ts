import type { ResultOf } from '@graphql-typed-document-node/core';
import type { CreateProductInput, PriceTier, UpdateProductInput } from '../../../gql/graphql';
import { fenToYuanText, parseYuan } from '../../../lib/ui/format';
import type { ProductQuery } from './operations';

export type LoadedProduct = NonNullable<ResultOf<typeof ProductQuery>['product']>;
export type LoadedSku = LoadedProduct['skus'][number];

export interface SkuDraft {
  key: string;
  /** Set for a SKU that exists; its prices are read-only here (they change only through an approved price change). */
  existing?: LoadedSku;
  code: string;
  spec: string;
  barcode: string;
  weightGrams: string;
  priceYuan: string;
  vipPriceYuan: string;
  isGift: boolean;
  active: boolean;
}

export interface ProductDraft {
  code: string;
  title: string;
  categoryId: string;
  priceTier: PriceTier;
  description: string;
  attributes: string;
  skus: SkuDraft[];
}

/** "规格=250g；包装=罐装" ⇄ [{ name: 规格, value: 250g }, …]. Pairs split on ; ； , ， or new lines, names on = or ：. */
export function parseNameValues(text: string): { name: string; value: string }[] | null {
  const parts = text.split(/[;；,，\n]/).map((p) => p.trim()).filter(Boolean);
  const pairs = parts.map((part) => {
    const match = /^([^=:：]+)[=:：](.+)$/.exec(part);
    return match ? { name: match[1].trim(), value: match[2].trim() } : null;
  });
  return pairs.every(Boolean) ? (pairs as { name: string; value: string }[]) : null;
}

export function formatNameValues(list: readonly { name: string; value: string }[], separator = '；'): string {
  return list.map((p) => `${p.name}=${p.value}`).join(separator);
}

let counter = 0;
export const newKey = () => `new-${++counter}`;

export function blankSku(): SkuDraft {
  return { key: newKey(), code: '', spec: '', barcode: '', weightGrams: '', priceYuan: '', vipPriceYuan: '', isGift: false, active: true };
}

export function draftOf(product: LoadedProduct | null): ProductDraft {
  if (!product) return { code: '', title: '', categoryId: '', priceTier: 'VOLUME', description: '', attributes: '', skus: [blankSku()] };
  return {
    code: product.code,
    title: product.title,
    categoryId: product.category?.id ?? '',
    priceTier: product.priceTier,
    description: product.description ?? '',
    attributes: formatNameValues(product.attributes, '\n'),
    skus: product.skus.map((sku) => ({
      key: sku.id, existing: sku, code: sku.code, spec: formatNameValues(sku.spec), barcode: sku.barcode ?? '',
      weightGrams: String(sku.weightGrams), priceYuan: fenToYuanText(sku.priceFen), vipPriceYuan: fenToYuanText(sku.vipPriceFen),
      isGift: sku.isGift, active: sku.active,
    })),
  };
}

/** Problems the browser can see before asking the server, keyed like the server's fields (skus.<key>.code …). */
export function checkDraft(draft: ProductDraft, required: string, invalid: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.code.trim()) errors.code = required;
  if (!draft.title.trim()) errors.title = required;
  if (draft.attributes.trim() && !parseNameValues(draft.attributes)) errors.attributes = invalid;
  for (const sku of draft.skus) {
    const at = `skus.${sku.key}`;
    if (!sku.code.trim()) errors[`${at}.code`] = required;
    if (!parseNameValues(sku.spec)?.length) errors[`${at}.spec`] = invalid;
    const weight = Number(sku.weightGrams);
    if (!Number.isInteger(weight) || weight <= 0) errors[`${at}.weightGrams`] = invalid;
    if (!sku.existing && parseYuan(sku.priceYuan) === null) errors[`${at}.priceFen`] = invalid;
    if (!sku.existing && sku.vipPriceYuan.trim() && parseYuan(sku.vipPriceYuan) === null) errors[`${at}.vipPriceFen`] = invalid;
  }
  return errors;
}

function newSkuInput(sku: SkuDraft) {
  return {
    code: sku.code.trim(), spec: parseNameValues(sku.spec) ?? [], barcode: sku.barcode.trim() || null,
    weightGrams: Number(sku.weightGrams), priceFen: parseYuan(sku.priceYuan) ?? 0,
    vipPriceFen: sku.vipPriceYuan.trim() ? parseYuan(sku.vipPriceYuan) : null, isGift: sku.isGift, active: sku.active,
  };
}

export function createInput(draft: ProductDraft): CreateProductInput {
  return {
    code: draft.code.trim(), title: draft.title.trim(), categoryId: draft.categoryId || null, priceTier: draft.priceTier,
    description: draft.description.trim() || null, attributes: parseNameValues(draft.attributes) ?? [],
    skus: draft.skus.map(newSkuInput),
  };
}

/** The update, and for each server field prefix (updateSkus.0, addSkus.1) the draft SKU it is about. */
export function updateInput(id: string, draft: ProductDraft): { input: UpdateProductInput; skuFields: Record<string, string> } {
  const skuFields: Record<string, string> = {};
  const updateSkus: NonNullable<UpdateProductInput['updateSkus']> = [];
  const addSkus: NonNullable<UpdateProductInput['addSkus']> = [];
  for (const sku of draft.skus) {
    if (!sku.existing) {
      skuFields[`addSkus.${addSkus.length}`] = sku.key;
      addSkus.push(newSkuInput(sku));
      continue;
    }
    const was = sku.existing;
    const spec = parseNameValues(sku.spec) ?? [];
    const change = {
      id: was.id,
      code: sku.code.trim() !== was.code ? sku.code.trim() : undefined,
      barcode: sku.barcode.trim() !== (was.barcode ?? '') ? sku.barcode.trim() : undefined,
      weightGrams: Number(sku.weightGrams) !== was.weightGrams ? Number(sku.weightGrams) : undefined,
      spec: formatNameValues(spec) !== formatNameValues(was.spec) ? spec : undefined,
      isGift: sku.isGift !== was.isGift ? sku.isGift : undefined,
      active: sku.active !== was.active ? sku.active : undefined,
    };
    if (Object.values(change).filter((v) => v !== undefined).length > 1) {
      skuFields[`updateSkus.${updateSkus.length}`] = sku.key;
      updateSkus.push(change);
    }
  }
  return {
    input: {
      id, code: draft.code.trim(), title: draft.title.trim(), categoryId: draft.categoryId || null, priceTier: draft.priceTier,
      description: draft.description.trim(), attributes: parseNameValues(draft.attributes) ?? [], updateSkus, addSkus,
    },
    skuFields,
  };
}

/** Taobao's title width: ASCII counts 1, anything else 2; at most 60. */
export function titleWidth(title: string): number {
  let width = 0;
  for (const ch of title) width += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
  return width;
}
export const TITLE_MAX_WIDTH = 60;
