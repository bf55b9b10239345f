import { useQuery } from '@apollo/client/react';
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';
import { ResponseTimeStatsQuery } from './operations';

const seconds = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} s`);

/** Response times per specialist and for the team, against the 20 s target (10 s stretch), over the last 30 days. */
export function ResponseStatsCard() {
  const { t } = useTranslation();
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const stats = useQuery(ResponseTimeStatsQuery, { variables: { from } }).data?.responseTimeStats;
  if (!stats) return null;
  const rows = stats.rows;
  const dataset = rows.filter((r) => r.specialist).map((r) => ({ name: r.specialist!.name, first: r.avgFirstResponseSeconds ?? 0, avg: r.avgResponseSeconds ?? 0 }));
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('cs.chat.statsTitle', { target: stats.targetSeconds, stretch: stats.stretchSeconds })}</Typography>
        {dataset.length > 0 && (
          <BarChart height={220} dataset={dataset} xAxis={[{ scaleType: 'band', dataKey: 'name' }]}
            series={[{ dataKey: 'first', label: t('cs.chat.avgFirst') }, { dataKey: 'avg', label: t('cs.chat.avgResponse') }]} />
        )}
        <Table size="small" data-testid="response-stats">
          <TableHead>
            <TableRow>
              <TableCell>{t('cs.assignment.specialist')}</TableCell>
              <TableCell align="right">{t('cs.chat.conversations')}</TableCell>
              <TableCell align="right">{t('cs.chat.avgFirst')}</TableCell>
              <TableCell align="right">{t('cs.chat.avgResponse')}</TableCell>
              <TableCell align="right">{t('cs.chat.withinTarget')}</TableCell>
              <TableCell align="right">{t('cs.chat.withinStretch')}</TableCell>
              <TableCell align="right">{t('cs.chat.slowest')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.specialist?.id ?? 'team'} sx={r.specialist ? undefined : { '& td': { fontWeight: 600 } }}>
                <TableCell>{r.specialist?.name ?? t('cs.chat.team')}</TableCell>
                <TableCell align="right">{r.conversations}</TableCell>
                <TableCell align="right" sx={{ color: (r.avgFirstResponseSeconds ?? 0) > stats.targetSeconds ? 'error.main' : undefined }}>{seconds(r.avgFirstResponseSeconds)}</TableCell>
                <TableCell align="right">{seconds(r.avgResponseSeconds)}</TableCell>
                <TableCell align="right">{r.responses ? formatShare(r.withinTarget / r.responses) : '—'}</TableCell>
                <TableCell align="right">{r.responses ? formatShare(r.withinStretch / r.responses) : '—'}</TableCell>
                <TableCell align="right">{r.slowestSeconds ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
