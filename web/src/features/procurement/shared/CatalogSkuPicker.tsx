import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CatalogSkuOptionsQuery } from '../../../lib/inventory/operations';
import { skuTitle } from '../../../lib/inventory/skuLabel';

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
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(CatalogSkuOptionsQuery, { skip: !search, variables: { search } });
  const options: CatalogSku[] = (data?.products.nodes ?? []).flatMap((product) => product.skus
    .filter((sku) => sku.active && !exclude.includes(sku.id))
    .map((sku) => ({ skuId: sku.id, code: sku.code, title: skuTitle({ product, spec: sku.spec }) })));
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      filterOptions={(x) => x}
      isOptionEqualToValue={(a, b) => a.skuId === b.skuId}
      getOptionLabel={(o) => o.code}
      renderOption={(props, o) => <li {...props} key={o.skuId} data-sku={o.code}>{o.code} · {o.title}</li>}
      loading={loading}
      noOptionsText={search ? t('inventory.noSkuFound') : t('proc.common.typeToSearch')}
      renderInput={(params) => (
        <TextField {...params} size="small" label={label ?? t('proc.common.sku')} error={error} helperText={helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />
      )}
      sx={{ minWidth: 260 }}
    />
  );
}
