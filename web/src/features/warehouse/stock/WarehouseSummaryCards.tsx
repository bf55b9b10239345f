import { useQuery } from '@apollo/client/react';
import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { WarehouseSummaryQuery } from './operations';

/** Stock health per warehouse (warehouseSummary); clicking a card filters the grid to that warehouse. */
export function WarehouseSummaryCards({ selected, onSelect }: { selected: string; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(WarehouseSummaryQuery);
  const rows = data?.warehouseSummary ?? [];
  if (rows.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: `repeat(${Math.min(rows.length, 4)}, 1fr)` } }}
      data-testid="warehouse-summary">
      {rows.map((w) => (
        <Card key={w.warehouseId} variant="outlined" sx={{ borderColor: selected === w.warehouseId ? 'primary.main' : undefined }}
          data-testid={`warehouse-summary-${w.warehouseCode}`}>
          <CardActionArea onClick={() => onSelect(selected === w.warehouseId ? '' : w.warehouseId)}>
            <CardContent sx={{ py: 1.5 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{w.warehouseCode} {w.warehouseName}</Typography>
              <Stack direction="row" spacing={2} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
                <Figure label={t('stock.summarySkus')} value={w.skuCount} />
                <Figure label={t('inventory.onHand')} value={w.onHand} />
                <Figure label={t('inventory.reserved')} value={w.reserved} />
                <Figure label={t('inventory.inTransit')} value={w.inTransit} />
              </Stack>
              <Stack direction="row" spacing={2} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
                <Figure label={t('stock.outOfStock')} value={w.outOfStock} color={w.outOfStock ? 'error.main' : undefined} testId="summary-out" />
                <Figure label={t('stock.belowSafety')} value={w.belowSafety} color={w.belowSafety ? 'warning.main' : undefined} testId="summary-below" />
                <Figure label={t('stock.overstock')} value={w.overstock} color={w.overstock ? 'info.main' : undefined} testId="summary-over" />
              </Stack>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}

function Figure({ label, value, color, testId }: { label: string; value: number; color?: string; testId?: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Typography variant="body1" sx={{ fontWeight: 600, color }} data-testid={testId}>{value.toLocaleString()}</Typography>
    </Box>
  );
}
