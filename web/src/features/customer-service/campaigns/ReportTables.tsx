import { Card, CardContent, Grid, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';
import type { Report } from './ReportCharts';

function Entries({ title, rows, testId }: { title: string; rows: Report['suggestions']; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>{title} ({rows.length})</Typography>
        {rows.length === 0 ? <Typography color="text.secondary">{t('common.none')}</Typography> : (
          <Table size="small" data-testid={testId}>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.taskId}>
                  <TableCell><Link component={RouterLink} to={`/customer-service/callbacks/${r.taskId}`}>{r.customerName}</Link></TableCell>
                  <TableCell>{r.text}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.specialistName}{r.rating ? ` · ${t(`cs.enum.rating.${r.rating}`, { defaultValue: r.rating })}` : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** The report's lists: per-specialist figures, the suggestions, and the follow-ups still open. */
export function ReportTables({ report }: { report: Report }) {
  const { t } = useTranslation();
  const cols = ['tasks', 'completed', 'reached', 'reachRate', 'satisfied', 'average', 'unsatisfied', 'late', 'openFollowUps', 'complaints'] as const;
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <Card>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.report.perSpecialist')}</Typography>
            <Table size="small" data-testid="report-per-specialist">
              <TableHead>
                <TableRow>
                  <TableCell>{t('cs.assignment.specialist')}</TableCell>
                  {cols.map((c) => <TableCell key={c} align="right">{t(`cs.report.col.${c}`)}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {report.perSpecialist.map((s) => (
                  <TableRow key={s.specialistId}>
                    <TableCell>{s.specialistName}</TableCell>
                    {cols.map((c) => (
                      <TableCell key={c} align="right">{c === 'reachRate' ? (s.reachRate === null || s.reachRate === undefined ? '—' : formatShare(s.reachRate)) : s[c]}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}><Entries title={t('cs.report.suggestions')} rows={report.suggestions} testId="report-suggestions" /></Grid>
      <Grid size={{ xs: 12, md: 6 }}><Entries title={t('cs.report.unresolved')} rows={report.unresolvedFollowUps} testId="report-unresolved" /></Grid>
    </Grid>
  );
}
