import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Autocomplete, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AsCustomerOptionsQuery } from './operations';

export interface CustomerOption { id: string; name: string; phone?: string | null; platformAccount?: string | null; vip?: boolean }

/** Finds a customer by part of the name, phone or platform account (the customers search), as the desk does. */
export function CustomerPicker({ value, onChange, error, helperText, testId = 'customer-picker', required }: {
  value: CustomerOption | null;
  onChange: (option: CustomerOption | null) => void;
  error?: boolean;
  helperText?: string;
  testId?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input), 250);
    return () => clearTimeout(timer);
  }, [input]);
  const { data, loading } = useQuery(AsCustomerOptionsQuery, { variables: { search: search || null }, skip: !search });
  const options: CustomerOption[] = data?.customers.nodes ?? [];

  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_e, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      filterOptions={(x) => x}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(o) => o.name}
      renderOption={(props, o) => (
        <li {...props} key={o.id} data-customer={o.name}>
          {o.name}{o.phone ? ` · ${o.phone}` : ''}{o.platformAccount ? ` · ${o.platformAccount}` : ''}{o.vip ? ' · VIP' : ''}
        </li>
      )}
      loading={loading}
      noOptionsText={search ? t('as.picker.noCustomer') : t('as.picker.typeToSearch')}
      renderInput={(params) => (
        <TextField {...params} size="small" label={t('as.complaint.customer')} error={error} helperText={helperText} required={required}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }} />
      )}
      sx={{ minWidth: 260 }}
    />
  );
}
