import { useQuery } from '@apollo/client/react';
import { Alert, Box, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../lib/ui/format';
import { LedgerTotalsQuery } from './operations';

export type LedgerPeriodKind = 'DAY' | 'MONTH';

/** Income and expense per shop-local day or month of the range, with the range's totals. */
export function LedgerChart({ from, to, period, onPeriod }: { from: string; to: string; period: LedgerPeriodKind; onPeriod: (p: LedgerPeriodKind) => void }) {
  const { t } = useTranslation();
  const daily = period === 'DAY';
  const { data, previousData, error } = useQuery(LedgerTotalsQuery, {
    variables: { fromDay: from, toDay: to, fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7), daily },
  });
  const shown = data ?? previousData;
  const totals = (daily ? shown?.ledgerDailyTotals : shown?.ledgerMonthlyTotals) ?? [];
  const sum = totals.reduce((s, p) => ({ income: s.income + p.incomeFen, expense: s.expense + p.expenseFen, count: s.count + p.entryCount }), { income: 0, expense: 0, count: 0 });
  const dataset = totals.map((p) => ({ period: daily ? p.period.slice(5) : p.period, income: p.incomeFen / 100, expense: p.expenseFen / 100, net: p.netFen / 100 }));
  const yuan = (v: number | null) => formatFen(Math.round((v ?? 0) * 100));

  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="ledger-chart">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('ledger.chartTitle')}</Typography>
        <Stack direction="row" spacing={3} data-testid="ledger-summary">
          <div><Typography variant="caption" color="text.secondary">{t('ledger.income')}</Typography>
            <Typography color="success.main" sx={{ fontWeight: 600 }} data-testid="ledger-income">{formatFen(sum.income)}</Typography></div>
          <div><Typography variant="caption" color="text.secondary">{t('ledger.expense')}</Typography>
            <Typography color="error.main" sx={{ fontWeight: 600 }} data-testid="ledger-expense">{formatFen(sum.expense)}</Typography></div>
          <div><Typography variant="caption" color="text.secondary">{t('ledger.net')}</Typography>
            <Typography sx={{ fontWeight: 600 }} data-testid="ledger-net">{formatFen(sum.income - sum.expense)}</Typography></div>
          <div><Typography variant="caption" color="text.secondary">&nbsp;</Typography>
            <Typography variant="body2">{t('ledger.entries', { count: sum.count })}</Typography></div>
        </Stack>
        <ToggleButtonGroup size="small" exclusive value={period} onChange={(_e, v: LedgerPeriodKind | null) => v && onPeriod(v)}>
          <ToggleButton value="DAY" data-testid="ledger-period-day">{t('ledger.byDay')}</ToggleButton>
          <ToggleButton value="MONTH" data-testid="ledger-period-month">{t('ledger.byMonth')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
      <Box sx={{ width: '100%', minWidth: 0 }}>
        <BarChart
          height={280}
          dataset={dataset}
          xAxis={[{ scaleType: 'band', dataKey: 'period' }]}
          yAxis={[{ valueFormatter: (v: number) => `¥${v.toLocaleString('en-US')}` }]}
          series={[
            { dataKey: 'income', label: t('ledger.income'), color: '#2e7d32', valueFormatter: yuan },
            { dataKey: 'expense', label: t('ledger.expense'), color: '#c62828', valueFormatter: yuan },
            { dataKey: 'net', label: t('ledger.net'), color: '#1f5fa8', valueFormatter: yuan },
          ]}
        />
      </Box>
    </Paper>
  );
}
