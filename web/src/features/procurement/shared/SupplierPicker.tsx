import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SearchPicker, useDebouncedSearch } from '../../../lib/ui/SearchPicker';
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
  const { input, setInput, search } = useDebouncedSearch();
  const { data, loading } = useQuery(SupplierOptionsQuery, { variables: { search: search || null }, skip: disabled });
  return (
    <SearchPicker<SupplierOption> input={input} setInput={setInput} options={data?.partners.nodes ?? []} value={value} onChange={onChange}
      keyOf={(o) => o.id} getOptionLabel={supplierLabel} optionText={supplierLabel} optionData={(o) => ({ 'data-supplier': o.code })}
      loading={loading} disabled={disabled} noOptionsText={t('proc.common.noSupplierFound')} label={label ?? t('proc.common.supplier')}
      error={error} helperText={helperText} testId={testId} size={size} minWidth={minWidth} />
  );
}
