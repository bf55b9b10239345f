import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SearchPicker, useDebouncedSearch } from '../../../lib/ui/SearchPicker';
import { AsCustomerOptionsQuery } from './operations';

export interface CustomerOption { id: string; name: string; phone?: string | null; platformAccount?: string | null; vip?: boolean }

const customerText = (o: CustomerOption) => `${o.name}${o.phone ? ` · ${o.phone}` : ''}${o.platformAccount ? ` · ${o.platformAccount}` : ''}${o.vip ? ' · VIP' : ''}`;

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
  const { input, setInput, search } = useDebouncedSearch();
  const { data, loading } = useQuery(AsCustomerOptionsQuery, { variables: { search: search || null }, skip: !search });
  return (
    <SearchPicker<CustomerOption> input={input} setInput={setInput} options={data?.customers.nodes ?? []} value={value} onChange={onChange}
      keyOf={(o) => o.id} getOptionLabel={(o) => o.name} optionText={customerText} optionData={(o) => ({ 'data-customer': o.name })}
      loading={loading} noOptionsText={search ? t('as.picker.noCustomer') : t('as.picker.typeToSearch')} label={t('as.complaint.customer')}
      error={error} helperText={helperText} required={required} testId={testId} />
  );
}
