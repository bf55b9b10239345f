import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import type { ShippingMethod } from '../../../gql/graphql';
import { formatFen } from '../../../lib/ui/format';

export interface RateRow {
  id: string;
  method: ShippingMethod;
  province: string;
  firstWeightGrams: number;
  firstFeeFen: number;
  additionalUnitGrams: number;
  additionalFeeFen: number;
  freeShippingThresholdFen?: number | null;
}

/** Rate-card or fee-template rows, `*` (every other province) last within a method. */
export function RateTable({ rows, withThreshold, onRemove, onEdit, testId }: {
  rows: readonly RateRow[];
  withThreshold?: boolean;
  onRemove?: (id: string) => void;
  /** Puts the row into the form below to change it. */
  onEdit?: (row: RateRow) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => a.method.localeCompare(b.method) || (a.province === '*' ? 1 : b.province === '*' ? -1 : a.province.localeCompare(b.province, 'zh-CN')));
  if (rows.length === 0) return <Typography color="text.secondary" sx={{ my: 1 }}>{t('common.none')}</Typography>;
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{t('couriers.method')}</TableCell>
          <TableCell>{t('couriers.province')}</TableCell>
          <TableCell align="right">{t('couriers.firstWeight')}</TableCell>
          <TableCell align="right">{t('couriers.firstFee')}</TableCell>
          <TableCell align="right">{t('couriers.additionalUnit')}</TableCell>
          <TableCell align="right">{t('couriers.additionalFee')}</TableCell>
          {withThreshold && <TableCell align="right">{t('couriers.freeThreshold')}</TableCell>}
          {onRemove && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((r) => (
          <TableRow key={r.id} data-testid={`${testId}-row`} data-province={r.province} data-method={r.method}>
            <TableCell>{t(`shippingMethod.${r.method}`)}</TableCell>
            <TableCell>{r.province === '*' ? t('orders.otherProvinces') : r.province}</TableCell>
            <TableCell align="right">{r.firstWeightGrams}</TableCell>
            <TableCell align="right">{formatFen(r.firstFeeFen)}</TableCell>
            <TableCell align="right">{r.additionalUnitGrams}</TableCell>
            <TableCell align="right">{formatFen(r.additionalFeeFen)}</TableCell>
            {withThreshold && <TableCell align="right">{r.freeShippingThresholdFen == null ? t('couriers.never') : formatFen(r.freeShippingThresholdFen)}</TableCell>}
            {onRemove && (
              <TableCell padding="none" sx={{ whiteSpace: 'nowrap' }}>
                {onEdit && <IconButton size="small" aria-label={t('common.edit')} onClick={() => onEdit(r)}><EditIcon fontSize="small" /></IconButton>}
                <IconButton size="small" aria-label={t('common.remove')} onClick={() => onRemove(r.id)}><DeleteIcon fontSize="small" /></IconButton>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
