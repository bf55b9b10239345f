import { Alert, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SheetLine } from './CountSheet';

/**
 * Gains and losses of the count. Once approved these are the posted adjustments (counted − (book + movements
 * during the count)); before, they are provisional (counted − book).
 */
export function VarianceSummary({ lines, approved }: { lines: readonly SheetLine[]; approved: boolean }) {
  const { t } = useTranslation();
  const variances = lines.map((line) => (approved
    ? line.variance ?? 0
    : line.countedQuantity === null || line.countedQuantity === undefined ? 0 : line.countedQuantity - line.bookQuantity));
  const withVariance = variances.filter((v) => v !== 0).length;
  const gain = variances.filter((v) => v > 0).reduce((s, v) => s + v, 0);
  const loss = variances.filter((v) => v < 0).reduce((s, v) => s - v, 0);
  return (
    <Alert severity={withVariance ? 'warning' : 'success'} sx={{ mb: 2 }} data-testid="variance-summary">
      <Stack spacing={0.5}>
        <Typography variant="body2">
          {t('stocktakes.varianceSummary', { lines: withVariance, gain, loss })}
        </Typography>
        <Typography variant="caption">{approved ? t('stocktakes.variancePosted') : t('stocktakes.varianceProvisional')}</Typography>
      </Stack>
    </Alert>
  );
}
