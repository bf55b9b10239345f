import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { TierMixQuery } from './operations';

/** The 2-7-1 price structure of the products on the shelf against its 20/70/10 target. */
export default function TierMixPanel() {
  const { t } = useTranslation();
  const { data, error } = useQuery(TierMixQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const mix = data?.priceTierMix;
  if (!mix) return null;
  const dataset = mix.tiers.map((tier) => ({ tier: t(`priceTier.${tier.tier}`), share: tier.share, target: tier.target }));
  return (
    <Paper sx={{ p: 2 }} data-testid="tier-mix">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('products.mixTitle')}</Typography>
        <Chip color={mix.balanced ? 'success' : 'warning'} label={mix.balanced ? t('products.mixBalanced') : t('products.mixUnbalanced')}
          data-testid="tier-mix-balanced" />
      </Stack>
      <Typography color="text.secondary" gutterBottom>{t('products.mixSubtitle', { count: mix.total })}</Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
        <Box sx={{ flex: '1 1 480px', minWidth: 0, width: '100%' }}>
          <BarChart
            height={300}
            dataset={dataset}
            xAxis={[{ scaleType: 'band', dataKey: 'tier' }]}
            yAxis={[{ max: 100, valueFormatter: (v: number) => `${v}%` }]}
            series={[
              { dataKey: 'share', label: t('products.mixActual'), valueFormatter: (v) => `${v ?? 0}%` },
              { dataKey: 'target', label: t('products.mixTarget'), valueFormatter: (v) => `${v ?? 0}%` },
            ]}
          />
        </Box>
        <Table size="small" sx={{ flex: '0 0 auto', width: 'auto', '& th, & td': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('products.tier')}</TableCell>
              <TableCell align="right">{t('products.mixCount')}</TableCell>
              <TableCell align="right">{t('products.mixActual')}</TableCell>
              <TableCell align="right">{t('products.mixTarget')}</TableCell>
              <TableCell align="right">{t('products.mixDeviation')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mix.tiers.map((tier) => (
              <TableRow key={tier.tier} data-testid={`tier-row-${tier.tier}`}>
                <TableCell>{t(`priceTier.${tier.tier}`)}</TableCell>
                <TableCell align="right">{tier.count}</TableCell>
                <TableCell align="right">{tier.share.toFixed(1)}%</TableCell>
                <TableCell align="right">{tier.target}%</TableCell>
                <TableCell align="right" sx={{ color: Math.abs(tier.deviation) > 5 ? 'warning.main' : undefined }}>
                  {tier.deviation > 0 ? '+' : ''}{tier.deviation.toFixed(1)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('products.mixHelp')}</Typography>
    </Paper>
  );
}
