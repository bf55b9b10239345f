import { useQuery } from '@apollo/client/react';
import { Alert, Grid, LinearProgress } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { ReviewPeriod } from '../../../gql/graphql';
import { ReviewCountsQuery } from './operations';
import { ChartCard } from './ChartCard';

const GOOD = '#2e7d32';
const NEUTRAL = '#ed6c02';
const BAD = '#d32f2f';

/** Good, neutral and bad reviews per day, week or month, and per product (most reviewed first). */
export function ReviewCharts({ from, to, period }: { from: string; to: string; period: ReviewPeriod }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReviewCountsQuery, { variables: { from, to, period } });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  if (loading && !data) return <LinearProgress />;
  const periods = data?.reviewCounts ?? [];
  const products = [...(data?.reviewCountsByProduct ?? [])].slice(0, 10);
  const series = [
    { dataKey: 'good', label: t('as.stats.good'), stack: 'r', color: GOOD },
    { dataKey: 'neutral', label: t('as.stats.neutral'), stack: 'r', color: NEUTRAL },
    { dataKey: 'bad', label: t('as.stats.bad'), stack: 'r', color: BAD },
  ];
  return (
    <Grid container spacing={2} data-testid="review-stats">
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard title={t('as.stats.reviewsByPeriod')} empty={periods.every((p) => p.total === 0)} testId="stats-review-period"
          total={periods.reduce((s, p) => s + p.total, 0)}>
          <BarChart height={280} dataset={periods.map((p) => ({ period: p.period, good: p.good, neutral: p.neutral, bad: p.bad }))}
            xAxis={[{ scaleType: 'band', dataKey: 'period' }]} series={series} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard title={t('as.stats.reviewsByProduct')} empty={products.length === 0} testId="stats-review-product"
          total={products.reduce((s, p) => s + p.total, 0)}>
          <BarChart height={280} layout="horizontal" dataset={products.map((p) => ({ name: p.product.title, good: p.good, neutral: p.neutral, bad: p.bad }))}
            yAxis={[{ scaleType: 'band', dataKey: 'name', width: 120 }]} series={series} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}
