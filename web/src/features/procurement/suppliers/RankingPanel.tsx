import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';
import { currentPeriod } from '../shared/days';
import { SupplierRankingQuery } from './operations';
import { SCORE_KEYS } from './ScorecardPanel';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
const fmt = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(1));

/** Suppliers ranked by composite score for a month or quarter, computed live, with a bar chart of the top ten. */
export function RankingPanel({ onOpen }: { onOpen: (partnerId: string) => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(currentPeriod());
  const valid = PERIOD.test(period);
  const { data, previousData, loading, error } = useQuery(SupplierRankingQuery, { variables: { period, limit: 50 }, skip: !valid });
  const rows = (data ?? previousData)?.supplierRanking ?? [];
  const top = rows.filter((r) => r.scorecard.composite != null).slice(0, 10)
    .map((r) => ({ name: r.scorecard.supplier?.name ?? r.scorecard.supplierId, composite: r.scorecard.composite }));
  return (
    <Stack spacing={2} data-testid="supplier-ranking">
      <TextField size="small" label={t('proc.common.period')} value={period} onChange={(e) => setPeriod(e.target.value.trim())} sx={{ maxWidth: 220 }}
        error={!valid} helperText={t('proc.score.periodHelp')} slotProps={{ htmlInput: { 'data-testid': 'ranking-period' } }} />
      {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
      {top.length > 0 && (
        <Paper sx={{ p: 2 }}>
          <BarChart height={260} dataset={top} layout="horizontal" yAxis={[{ scaleType: 'band', dataKey: 'name', width: 140 }]} xAxis={[{ min: 0, max: 100 }]}
            series={[{ dataKey: 'composite', label: t('proc.score.composite') }]} />
        </Paper>
      )}
      <Paper sx={{ overflowX: 'auto' }}>
        {loading && !rows.length ? <Box sx={{ p: 2 }}><Typography color="text.secondary">{t('common.loading')}</Typography></Box> : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('proc.score.rank')}</TableCell>
                <TableCell>{t('proc.common.supplier')}</TableCell>
                <TableCell align="right">{t('proc.score.composite')}</TableCell>
                {SCORE_KEYS.map((k) => <TableCell key={k} align="right">{t(`proc.score.key.${k}`)}</TableCell>)}
                <TableCell align="right">{t('proc.score.rate.qcPassRate')}</TableCell>
                <TableCell align="right">{t('proc.score.rate.onTimeRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ rank, scorecard: c }) => (
                <TableRow key={c.supplierId} hover sx={{ cursor: 'pointer' }} onClick={() => onOpen(c.supplierId)} data-testid={`ranking-row-${c.supplier?.code ?? c.supplierId}`}>
                  <TableCell>{rank}</TableCell>
                  <TableCell>{c.supplier ? `${c.supplier.code} ${c.supplier.name}` : c.supplierId}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>{fmt(c.composite)}</TableCell>
                  {SCORE_KEYS.map((k) => <TableCell key={k} align="right">{fmt(c[k].score)}</TableCell>)}
                  <TableCell align="right">{c.rates.qcPassRate == null ? '—' : formatShare(c.rates.qcPassRate)}</TableCell>
                  <TableCell align="right">{c.rates.onTimeRate == null ? '—' : formatShare(c.rates.onTimeRate)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
