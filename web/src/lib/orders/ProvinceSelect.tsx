import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ProvincesQuery } from './operations';

/** A province drop-down from the server's canonical names; `allowAll` adds '' (any), `allowOther` adds `*` (every other province). */
export function ProvinceSelect({ value, onChange, label, allowAll, allowOther, error, helperText, testId, minWidth = 150, required }: {
  value: string;
  onChange: (province: string) => void;
  label?: string;
  allowAll?: boolean;
  allowOther?: boolean;
  error?: boolean;
  helperText?: string;
  testId?: string;
  minWidth?: number;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(ProvincesQuery, { fetchPolicy: 'cache-first' });
  const provinces = data?.provinces ?? [];
  const known = value === '' || value === '*' || provinces.includes(value);
  return (
    <TextField select size="small" label={label ?? t('orders.province')} value={known ? value : ''} sx={{ minWidth }} required={required}
      onChange={(e) => onChange(e.target.value)} error={error} helperText={helperText}
      slotProps={{ select: { displayEmpty: allowAll, SelectDisplayProps: { 'data-testid': testId } as object }, inputLabel: allowAll ? { shrink: true } : undefined }}>
      {allowAll && <MenuItem value="">{t('common.all')}</MenuItem>}
      {allowOther && <MenuItem value="*">{t('orders.otherProvinces')}</MenuItem>}
      {provinces.map((p) => <MenuItem key={p} value={p}>{p}</MenuItem>)}
    </TextField>
  );
}
