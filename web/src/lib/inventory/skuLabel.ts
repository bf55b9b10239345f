/** A SKU as people name it: the product title and its spec values, e.g. `西湖龙井 明前特级 · 250g`. */
export function skuTitle(sku: { product?: { title: string } | null; spec?: readonly { value: string }[] | null }): string {
  const spec = (sku.spec ?? []).map((s) => s.value).join(' / ');
  return [sku.product?.title, spec].filter(Boolean).join(' · ');
}
