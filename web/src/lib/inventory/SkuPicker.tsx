import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SkuOptionsQuery } from './operations';
import { skuTitle } from './skuLabel';

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
export function SkuPicker({ warehouseId, value, onChange, label, error, helperText, testId, exclude = [], disabled, giftOnly }: {
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
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(SkuOptionsQuery, {
    skip: !warehouseId || disabled,
    variables: { first: 20, where: { warehouseId, search: search || null, gift: giftOnly ? true : null } },
  });
  const options: SkuOption[] = (data?.stockLevels.nodes ?? [])
    .filter((level) => !exclude.includes(level.sku.id))
    .map((level) => ({ skuId: level.sku.id, code: level.sku.code, title: skuTitle(level.sku), available: level.available, onHand: level.onHand, isGift: level.sku.isGift }));

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
      renderOption={(props, o) => (
        <li {...props} key={o.skuId} data-sku={o.code}>
          {o.code}{o.title ? ` · ${o.title}` : ''} · {t('inventory.availableShort', { count: o.available })}
        </li>
      )}
      loading={loading}
      disabled={disabled || !warehouseId}
      noOptionsText={warehouseId ? t('inventory.noSkuFound') : t('inventory.pickWarehouseFirst')}
      renderInput={(params) => (
        <TextField {...params} size="small" label={label ?? t('inventory.sku')} error={error} helperText={helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />
      )}
      sx={{ minWidth: 240 }}
    />
  );
}
