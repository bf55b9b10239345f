import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ContractOptionsQuery } from './operations';

/** The supplier's contracts in force, to place an order under one (or none). */
export function ContractSelect({ supplierId, value, onChange, error, helperText }: {
  supplierId: string | null; value: string; onChange: (id: string) => void; error?: boolean; helperText?: string;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(ContractOptionsQuery, { variables: { supplierId }, skip: !supplierId });
  const contracts = data?.contracts.nodes ?? [];
  const known = value === '' || contracts.some((c) => c.id === value);
  return (
    <TextField select size="small" label={t('proc.po.contract')} value={known ? value : ''} onChange={(e) => onChange(e.target.value)} disabled={!supplierId}
      error={error} helperText={helperText ?? t('proc.po.contractHelp')} sx={{ minWidth: 240 }}
      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'po-contract' } as object }, inputLabel: { shrink: true } }}>
      <MenuItem value="">{t('proc.po.noContract')}</MenuItem>
      {contracts.map((c) => <MenuItem key={c.id} value={c.id}>{`${c.code} ${c.title} (${c.endDate})`}</MenuItem>)}
    </TextField>
  );
}
