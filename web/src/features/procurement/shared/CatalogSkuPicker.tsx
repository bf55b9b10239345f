import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogSkuOptionsQuery } from '../../../lib/inventory/operations';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { SearchPicker, useDebouncedSearch } from '../../../lib/ui/SearchPicker';

export interface CatalogSku { skuId: string; code: string; title: string }

/** Finds any active SKU of the catalogue by product title or code: what is bought need not be in stock anywhere. */
export function CatalogSkuPicker({ value, onChange, exclude = [], testId, label, error, helperText }: {
  value: CatalogSku | null;
  onChange: (sku: CatalogSku | null) => void;
  exclude?: readonly string[];
  testId?: string;
  label?: string;
  error?: boolean;
  helperText?: string;
}) {
  const { t } = useTranslation();
  const { input, setInput, search } = useDebouncedSearch();
  const { data, loading } = useQuery(CatalogSkuOptionsQuery, { skip: !search, variables: { search } });
  const options: CatalogSku[] = (data?.products.nodes ?? []).flatMap((product) => product.skus
    .filter((sku) => sku.active && !exclude.includes(sku.id))
    .map((sku) => ({ skuId: sku.id, code: sku.code, title: skuTitle({ product, spec: sku.spec }) })));
  return (
    <SearchPicker<CatalogSku> input={input} setInput={setInput} options={options} value={value} onChange={onChange}
      keyOf={(o) => o.skuId} getOptionLabel={(o) => o.code} optionText={(o) => `${o.code} · ${o.title}`} optionData={(o) => ({ 'data-sku': o.code })}
      loading={loading} noOptionsText={search ? t('inventory.noSkuFound') : t('proc.common.typeToSearch')} label={label ?? t('proc.common.sku')}
      error={error} helperText={helperText} testId={testId} />
  );
}
