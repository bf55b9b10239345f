import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogSkuOptionsQuery, SkuOptionsQuery } from './operations';
import { skuTitle } from './skuLabel';
import { SearchPicker, useDebouncedSearch } from '../ui/SearchPicker';

export interface SkuOption {
  skuId: string;
  code: string;
  title?: string;
  available: number;
  onHand: number;
  isGift: boolean;
}

/**
 * Finds a SKU stocked in one warehouse by part of its code, barcode or product title (the stockLevels search),
 * showing what is available there.
 */
export function SkuPicker({ warehouseId, value, onChange, label, error, helperText, testId, exclude = [], disabled, giftOnly, includeUnstocked }: {
  warehouseId: string;
  value: SkuOption | null;
  onChange: (option: SkuOption | null) => void;
  label?: string;
  error?: boolean;
  helperText?: string;
  testId?: string;
  exclude?: readonly string[];
  disabled?: boolean;
  giftOnly?: boolean;
  /** Also offer catalog SKUs this warehouse has never held (shown with nothing available). */
  includeUnstocked?: boolean;
}) {
  const { t } = useTranslation();
  const { input, setInput, search } = useDebouncedSearch();
  const { data, loading } = useQuery(SkuOptionsQuery, {
    skip: !warehouseId || disabled,
    variables: { first: 20, where: { warehouseId, search: search || null, gift: giftOnly ? true : null } },
  });
  const catalog = useQuery(CatalogSkuOptionsQuery, { skip: !includeUnstocked || !warehouseId || disabled || !search, variables: { search } });
  const stocked: SkuOption[] = (data?.stockLevels.nodes ?? [])
    .map((level) => ({ skuId: level.sku.id, code: level.sku.code, title: skuTitle(level.sku), available: level.available, onHand: level.onHand, isGift: level.sku.isGift }));
  const known = new Set(stocked.map((o) => o.skuId));
  const unstocked: SkuOption[] = (catalog.data?.products.nodes ?? []).flatMap((product) => product.skus
    .filter((sku) => sku.active && !known.has(sku.id) && (!giftOnly || sku.isGift))
    .map((sku) => ({ skuId: sku.id, code: sku.code, title: skuTitle({ product, spec: sku.spec }), available: 0, onHand: 0, isGift: sku.isGift })));
  const options = [...stocked, ...unstocked].filter((o) => !exclude.includes(o.skuId));

  return (
    <SearchPicker<SkuOption> input={input} setInput={setInput} options={options} value={value} onChange={onChange}
      keyOf={(o) => o.skuId} getOptionLabel={(o) => o.code} optionData={(o) => ({ 'data-sku': o.code })}
      optionText={(o) => `${o.code}${o.title ? ` · ${o.title}` : ''} · ${t('inventory.availableShort', { count: o.available })}`}
      loading={loading || catalog.loading} disabled={disabled || !warehouseId}
      noOptionsText={warehouseId ? t('inventory.noSkuFound') : t('inventory.pickWarehouseFirst')} label={label ?? t('inventory.sku')}
      error={error} helperText={helperText} testId={testId} minWidth={240} />
  );
}
