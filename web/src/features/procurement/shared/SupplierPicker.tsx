import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SupplierOptionsQuery } from './operations';

export interface SupplierOption { id: string; code: string; name: string }

export const supplierLabel = (s: { code: string; name: string } | null | undefined) => (s ? `${s.code} ${s.name}` : '');

/** Finds an active supplier by part of its name or code. */
export function SupplierPicker({ value, onChange, label, error, helperText, testId, size = 'small', minWidth = 240, disabled }: {
  value: SupplierOption | null;
  onChange: (supplier: SupplierOption | null) => void;
  label?: string;
  error?: boolean;
  helperText?: string;
  testId?: string;
  size?: 'small' | 'medium';
  minWidth?: number;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(SupplierOptionsQuery, { variables: { search: search || null }, skip: disabled });
  const options: SupplierOption[] = data?.partners.nodes ?? [];
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      filterOptions={(x) => x}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={supplierLabel}
      renderOption={(props, o) => <li {...props} key={o.id} data-supplier={o.code}>{supplierLabel(o)}</li>}
      loading={loading}
      disabled={disabled}
      noOptionsText={t('proc.common.noSupplierFound')}
      renderInput={(params) => (
        <TextField {...params} size={size} label={label ?? t('proc.common.supplier')} error={error} helperText={helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />
      )}
      sx={{ minWidth }}
    />
  );
}
