import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CourierOptionsQuery } from './operations';

export function courierLabel(c: { code: string; name: string } | null | undefined): string {
  return c ? `${c.code} ${c.name}` : '';
}

/** A courier drop-down; only active couriers unless `allowAll` (a filter, where '' means any). */
export function CourierSelect({ value, onChange, label, allowAll, error, helperText, testId, minWidth = 160, fullWidth }: {
  value: string;
  onChange: (id: string) => void;
  label?: string;
  allowAll?: boolean;
  error?: boolean;
  helperText?: string;
  testId?: string;
  minWidth?: number;
  fullWidth?: boolean;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(CourierOptionsQuery, { fetchPolicy: 'cache-first' });
  const couriers = (data?.couriers ?? []).filter((c) => allowAll || c.active);
  const known = value === '' || couriers.some((c) => c.id === value);
  return (
    <TextField select size="small" label={label ?? t('shipments.courier')} value={known ? value : ''} sx={{ minWidth }} fullWidth={fullWidth}
      onChange={(e) => onChange(e.target.value)} error={error} helperText={helperText}
      slotProps={{ select: { displayEmpty: allowAll, SelectDisplayProps: { 'data-testid': testId } as object }, inputLabel: allowAll ? { shrink: true } : undefined }}>
      {allowAll && <MenuItem value="">{t('common.all')}</MenuItem>}
      {couriers.map((c) => <MenuItem key={c.id} value={c.id} data-code={c.code}>{courierLabel(c)}</MenuItem>)}
    </TextField>
  );
}
