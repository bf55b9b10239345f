import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WarehouseOptionsQuery } from './operations';

/** The warehouse's label on screen: `HZ 杭州总仓`. */
export function warehouseLabel(w: { code: string; name: string } | null | undefined): string {
  return w ? `${w.code} ${w.name}` : '';
}

/** A warehouse drop-down. `allowAll` adds an "all warehouses" choice with the value ''. */
export function WarehouseSelect({ value, onChange, label, allowAll, activeOnly, exclude, error, helperText, testId, required, fullWidth, minWidth = 180 }: {
  value: string;
  onChange: (id: string) => void;
  label?: string;
  allowAll?: boolean;
  activeOnly?: boolean;
  exclude?: string;
  error?: boolean;
  helperText?: string;
  testId?: string;
  required?: boolean;
  fullWidth?: boolean;
  minWidth?: number;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(WarehouseOptionsQuery, { fetchPolicy: 'cache-first' });
  const warehouses = (data?.warehouses ?? []).filter((w) => (!activeOnly || w.active) && w.id !== exclude);
  // Keep the select controlled with a known value while the options load.
  const known = value === '' || warehouses.some((w) => w.id === value);
  return (
    <TextField select size="small" label={label ?? t('inventory.warehouse')} value={known ? value : ''} sx={{ minWidth }}
      onChange={(e) => onChange(e.target.value)} error={error} helperText={helperText} required={required} fullWidth={fullWidth}
      slotProps={{ select: { displayEmpty: allowAll, SelectDisplayProps: { 'data-testid': testId } as object }, inputLabel: allowAll ? { shrink: true } : undefined }}>
      {allowAll && <MenuItem value="">{t('inventory.allWarehouses')}</MenuItem>}
      {warehouses.map((w) => (
        <MenuItem key={w.id} value={w.id} data-code={w.code}>{warehouseLabel(w)}</MenuItem>
      ))}
    </TextField>
  );
}
