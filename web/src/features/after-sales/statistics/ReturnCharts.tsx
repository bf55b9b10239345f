import { useQuery } from '@apollo/client/react';
import { Alert, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';
import { ReturnAnalysisQuery } from './operations';
import { ChartCard } from './ChartCard';

interface Row { key: string; label: string; requests: number; units: number; restockedUnits: number; defectiveUnits: number }

/** Units returned per group, split into restocked and defective, biggest first. */
function ReturnBars({ title, rows, label, testId }: { title: string; rows: readonly Row[]; label: (r: Row) => string; testId: string }) {
  const { t } = useTranslation();
  const top = [...rows].sort((a, b) => b.units - a.units).slice(0, 10);
  const dataset = top.map((r) => ({ name: label(r), units: r.units, restocked: r.restockedUnits, defective: r.defectiveUnits, requests: r.requests }));
  return (
    <ChartCard title={title} empty={top.length === 0} testId={testId} total={rows.reduce((s, r) => s + r.units, 0)}>
      <BarChart height={240} dataset={dataset} layout="horizontal" yAxis={[{ scaleType: 'band', dataKey: 'name', width: 110 }]}
        series={[
          { dataKey: 'units', label: t('as.stats.unitsReturned') },
          { dataKey: 'restocked', label: t('as.enum.inspection.RESTOCK'), stack: 'inspected', color: '#2e7d32' },
          { dataKey: 'defective', label: t('as.enum.inspection.DEFECTIVE'), stack: 'inspected', color: '#d32f2f' },
        ]} />
    </ChartCard>
  );
}

/** The return analysis (退件表): by reason, product and supplier, per month, with the restocked vs defective share. */
export function ReturnCharts({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReturnAnalysisQuery, { variables: { from, to } });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  if (loading && !data) return <LinearProgress />;
  const a = data?.returnAnalysis;
  if (!a) return null;
  const none = t('as.stats.none');
  const reasons = a.byReason.map((r) => ({ id: r.key, value: r.units, label: t(`as.enum.returnReason.${r.key}`, { defaultValue: r.label }) }));
  return (
    <Grid container spacing={2} data-testid="return-stats">
      <Grid size={{ xs: 12, md: 4 }}>
        <ChartCard title={t('as.stats.byReason')} empty={a.units === 0} testId="stats-return-reason" total={a.units}>
          <PieChart height={220} series={[{ data: reasons, innerRadius: 40, arcLabel: (item) => (item.value ? String(item.value) : '') }]} />
          <Stack sx={{ mt: 1 }}>
            <Typography variant="body2">{t('as.stats.returnTotals', { requests: a.requests, units: a.units })}</Typography>
            <Typography variant="body2" color="text.secondary" data-testid="stats-return-shares">
              {t('as.stats.restockShare', { share: formatShare(a.restockShare) })} · {t('as.stats.defectiveShare', { share: formatShare(a.defectiveShare) })}
            </Typography>
          </Stack>
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <ChartCard title={t('as.stats.returnsByMonth')} empty={a.byMonth.every((m) => m.units === 0)} testId="stats-return-month">
          <BarChart height={260} dataset={a.byMonth.map((m) => ({ month: m.label, requests: m.requests, units: m.units }))} xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
            series={[{ dataKey: 'requests', label: t('as.stats.requests') }, { dataKey: 'units', label: t('as.stats.unitsReturned') }]} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}><ReturnBars title={t('as.stats.returnsByProduct')} rows={a.byProduct} label={(r) => r.label} testId="stats-return-product" /></Grid>
      <Grid size={{ xs: 12, md: 6 }}><ReturnBars title={t('as.stats.returnsBySupplier')} rows={a.bySupplier} label={(r) => (r.key === 'none' ? none : r.label)} testId="stats-return-supplier" /></Grid>
    </Grid>
  );
}
