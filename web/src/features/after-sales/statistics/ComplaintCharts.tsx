import { useQuery } from '@apollo/client/react';
import { Alert, Box, Grid, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { Gauge } from '@mui/x-charts/Gauge';
import { useTranslation } from 'react-i18next';
import type { AsComplaintStatRowFragment } from '../../../gql/graphql';
import { formatShare } from '../../../lib/ui/format';
import { ComplaintStatisticsQuery } from './operations';
import { ChartCard } from './ChartCard';

type StatRow = AsComplaintStatRowFragment;

/** Bars of complaints per group with the share closed within 24 h in each bar's tooltip and the table below. */
function GroupChart({ title, rows, label, testId, limit = 10 }: { title: string; rows: readonly StatRow[]; label: (row: StatRow) => string; testId: string; limit?: number }) {
  const { t } = useTranslation();
  const top = [...rows].sort((a, b) => b.count - a.count).slice(0, limit);
  const dataset = top.map((r) => ({ name: label(r), count: r.count, within: r.resolvedWithin24hCount, share: r.resolvedWithin24hShare }));
  return (
    <ChartCard title={title} empty={top.length === 0} testId={testId} total={rows.reduce((s, r) => s + r.count, 0)}>
      <BarChart height={240} dataset={dataset} layout="horizontal" margin={{ left: 8 }}
        yAxis={[{ scaleType: 'band', dataKey: 'name', width: 110 }]}
        series={[
          { dataKey: 'count', label: t('as.stats.complaints') },
          { dataKey: 'within', label: t('as.stats.within24h'), valueFormatter: (v, { dataIndex }) => `${v} (${formatShare(dataset[dataIndex].share)})` },
        ]} />
    </ChartCard>
  );
}

/** The complaint classification sheet (投诉分类统计表) as charts: by category, cause, department, product, supplier and month. */
export function ComplaintCharts({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ComplaintStatisticsQuery, { variables: { from, to } });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  if (loading && !data) return <LinearProgress />;
  const stats = data?.complaintStatistics;
  if (!stats) return null;
  const none = t('as.stats.none');
  const enumLabel = (kind: string) => (r: StatRow) => (r.key ? t(`as.enum.${kind}.${r.key}`, { defaultValue: r.label }) : none);
  const plain = (r: StatRow) => (r.key ? r.label : none);
  const months = stats.byMonth.map((r) => ({ month: r.label, count: r.count, share: Math.round(r.resolvedWithin24hShare * 1000) / 10 }));

  return (
    <Stack spacing={2} data-testid="complaint-stats">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <ChartCard title={t('as.stats.resolution')} empty={stats.total.count === 0} testId="stats-complaint-total" total={stats.total.count}>
            <Stack sx={{ alignItems: 'center' }} data-share={stats.total.resolvedWithin24hShare}>
              <Gauge width={200} height={150} value={Math.round(stats.total.resolvedWithin24hShare * 1000) / 10} valueMax={100}
                startAngle={-110} endAngle={110} text={formatShare(stats.total.resolvedWithin24hShare)} />
              <Typography variant="body2">{t('as.stats.totalLine', {
                count: stats.total.count, closed: stats.total.closedCount, within: stats.total.resolvedWithin24hCount,
              })}</Typography>
              {stats.total.averageResolutionMinutes != null && (
                <Typography variant="body2" color="text.secondary">{t('as.stats.averageMinutes', { minutes: stats.total.averageResolutionMinutes })}</Typography>
              )}
            </Stack>
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <ChartCard title={t('as.stats.byMonth')} empty={months.every((m) => m.count === 0)} testId="stats-complaint-month">
            <Grid container spacing={1}>
              <Grid size={{ xs: 12, sm: 6 }}>
                <BarChart height={220} dataset={months} xAxis={[{ scaleType: 'band', dataKey: 'month' }]} series={[{ dataKey: 'count', label: t('as.stats.complaints') }]} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <LineChart height={220} dataset={months} xAxis={[{ scaleType: 'point', dataKey: 'month' }]} yAxis={[{ min: 0, max: 100 }]}
                  series={[{ dataKey: 'share', label: t('as.stats.within24hShare'), valueFormatter: (v) => (v == null ? '' : `${v}%`) }]} />
              </Grid>
            </Grid>
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}><GroupChart title={t('as.stats.byCategory')} rows={stats.byCategory} label={enumLabel('complaintCategory')} testId="stats-complaint-category" /></Grid>
        <Grid size={{ xs: 12, md: 6 }}><GroupChart title={t('as.stats.byCause')} rows={stats.byCause} label={enumLabel('complaintCause')} testId="stats-complaint-cause" /></Grid>
        <Grid size={{ xs: 12, md: 4 }}><GroupChart title={t('as.stats.byDepartment')} rows={stats.byDepartment} label={plain} testId="stats-complaint-department" /></Grid>
        <Grid size={{ xs: 12, md: 4 }}><GroupChart title={t('as.stats.byProduct')} rows={stats.byProduct} label={plain} testId="stats-complaint-product" /></Grid>
        <Grid size={{ xs: 12, md: 4 }}><GroupChart title={t('as.stats.bySupplier')} rows={stats.bySupplier} label={plain} testId="stats-complaint-supplier" /></Grid>
      </Grid>
      <Box sx={{ overflowX: 'auto' }}>
        <Typography variant="subtitle1" gutterBottom>{t('as.stats.sheet')}</Typography>
        <Table size="small" data-testid="stats-complaint-sheet">
          <TableHead>
            <TableRow>
              <TableCell>{t('as.complaint.category')}</TableCell>
              <TableCell align="right">{t('as.stats.complaints')}</TableCell>
              <TableCell align="right">{t('as.stats.closed')}</TableCell>
              <TableCell align="right">{t('as.stats.within24h')}</TableCell>
              <TableCell align="right">{t('as.stats.within24hShare')}</TableCell>
              <TableCell align="right">{t('as.stats.averageShort')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {[...stats.byCategory, stats.total].map((r) => (
              <TableRow key={r.key ?? 'none'} data-key={r.key ?? ''} sx={r === stats.total ? { '& td': { fontWeight: 600 } } : undefined}>
                <TableCell>{r === stats.total ? t('as.stats.total') : enumLabel('complaintCategory')(r)}</TableCell>
                <TableCell align="right">{r.count}</TableCell>
                <TableCell align="right">{r.closedCount}</TableCell>
                <TableCell align="right">{r.resolvedWithin24hCount}</TableCell>
                <TableCell align="right">{formatShare(r.resolvedWithin24hShare)}</TableCell>
                <TableCell align="right">{r.averageResolutionMinutes ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Stack>
  );
}
