import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Gauge } from '@mui/x-charts/Gauge';
import { PieChart } from '@mui/x-charts/PieChart';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatShare } from '../../../lib/ui/format';
import type { CampaignQuery } from './operations';

export type Report = NonNullable<NonNullable<ResultOf<typeof CampaignQuery>['callbackCampaign']>['report']>;

function RateGauge({ label, rate, testId }: { label: string; rate: number | null | undefined; testId: string }) {
  return (
    <Stack sx={{ alignItems: 'center' }} data-testid={testId} data-rate={rate ?? ''}>
      <Gauge width={160} height={130} value={rate === null || rate === undefined ? 0 : Math.round(rate * 1000) / 10} valueMax={100}
        startAngle={-110} endAngle={110} text={rate === null || rate === undefined ? '—' : formatShare(rate)} />
      <Typography variant="body2">{label}</Typography>
    </Stack>
  );
}

/** The summary report's charts: reach rate and member coverage, satisfaction distribution, per-specialist figures. */
export function ReportCharts({ report }: { report: Report }) {
  const { t } = useTranslation();
  const ratings = [
    { id: 'SATISFIED', value: report.satisfied, label: t('cs.enum.rating.SATISFIED'), color: '#2e7d32' },
    { id: 'AVERAGE', value: report.average, label: t('cs.enum.rating.AVERAGE'), color: '#ed6c02' },
    { id: 'UNSATISFIED', value: report.unsatisfied, label: t('cs.enum.rating.UNSATISFIED'), color: '#d32f2f' },
  ];
  const rated = report.satisfied + report.average + report.unsatisfied;
  const dataset = report.perSpecialist.map((s) => ({
    name: s.specialistName, tasks: s.tasks, reached: s.reached, satisfied: s.satisfied, unsatisfied: s.unsatisfied,
  }));
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card sx={{ height: '100%' }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.report.rates')}</Typography>
            <Stack direction="row" sx={{ justifyContent: 'space-around' }}>
              <RateGauge label={t('cs.report.reachRate')} rate={report.reachRate} testId="report-reach-rate" />
              <RateGauge label={t('cs.report.memberCoverage')} rate={report.memberCoverage} testId="report-member-coverage" />
            </Stack>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card sx={{ height: '100%' }} data-testid="report-satisfaction">
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.report.satisfaction')}</Typography>
            {rated === 0 ? <Typography color="text.secondary">{t('cs.report.noRatings')}</Typography> : (
              <PieChart height={200} series={[{ data: ratings, innerRadius: 40, arcLabel: (item) => (item.value ? String(item.value) : '') }]} />
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card sx={{ height: '100%' }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.report.perSpecialist')}</Typography>
            {dataset.length === 0 ? <Typography color="text.secondary">{t('cs.report.noTasks')}</Typography> : (
              <BarChart height={220} dataset={dataset} xAxis={[{ scaleType: 'band', dataKey: 'name' }]}
                series={[
                  { dataKey: 'tasks', label: t('cs.report.tasks') },
                  { dataKey: 'reached', label: t('cs.report.reached') },
                  { dataKey: 'unsatisfied', label: t('cs.enum.rating.UNSATISFIED') },
                ]} />
            )}
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}
