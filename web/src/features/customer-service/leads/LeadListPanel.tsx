import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, CardContent, Grid, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useViewer } from '../../../lib/auth';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { LeadsQuery, type LeadListsQuery } from './operations';
import { LeadCallDialog } from './LeadCallDialog';

type List = ResultOf<typeof LeadListsQuery>['leadLists']['nodes'][number];
type Lead = ResultOf<typeof LeadsQuery>['leads']['nodes'][number];

/** One lead list's monitoring sheet: staff performance, refusal reasons and the leads with their outcomes. */
export function LeadListPanel({ list }: { list: List }) {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [calling, setCalling] = useState<Lead | null>(null);
  const where = { listId: list.id, mine: can('callback:manage') ? false : null };
  const { variables, gridProps } = useConnectionGrid({ sortFields: {}, resetKey: list.id });
  const { data, previousData, loading } = useQuery(LeadsQuery, { variables: { first: variables.first, after: variables.after, where } });
  const page = (data ?? previousData)?.leads;
  const columns = useMemo<GridColDef<Lead>[]>(() => [
    { field: 'name', headerName: t('cs.customer.name'), flex: 1, minWidth: 120, sortable: false },
    { field: 'phone', headerName: t('cs.customer.phone'), width: 130, sortable: false },
    { field: 'outcome', headerName: t('cs.leads.outcome'), width: 100, sortable: false, valueFormatter: (v: string) => t(`cs.enum.leadOutcome.${v}`) },
    { field: 'refusalReason', headerName: t('cs.leads.refusalReason'), width: 120, sortable: false, valueFormatter: (v: string | null) => (v ? t(`cs.enum.refusalReason.${v}`) : '') },
    { field: 'attempts', headerName: t('cs.callbacks.attempts'), width: 80, type: 'number', sortable: false },
    { field: 'lastCalledAt', headerName: t('cs.leads.lastCalled'), width: 140, sortable: false, valueFormatter: (v: string | null) => formatDateTime(v, i18n.language) },
    { field: 'assignee', headerName: t('cs.customer.assignee'), width: 100, sortable: false, valueGetter: (_v, row) => row.assignee?.name ?? '' },
    {
      field: 'call', headerName: '', width: 100, sortable: false,
      renderCell: ({ row }) => (can('callback:work') && list.status === 'OPEN'
        ? <Button size="small" onClick={() => setCalling(row)}>{t('cs.leads.record')}</Button> : null),
    },
  ], [t, i18n.language, can, list.status]);
  const s = list.summary;
  return (
    <Grid container spacing={2} data-testid="lead-list-panel">
      <Grid size={{ xs: 12, md: 7 }}>
        <Card sx={{ height: '100%' }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.leads.perStaff')}</Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  {['staff', 'leads', 'called', 'interested', 'refused', 'converted'].map((c) => <TableCell key={c}>{t(`cs.leads.col.${c}`)}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {s.perStaff.map((p) => (
                  <TableRow key={p.staff?.id ?? 'none'}>
                    <TableCell>{p.staff?.name ?? t('cs.leads.unassigned')}</TableCell>
                    <TableCell>{p.leads}</TableCell><TableCell>{p.called}</TableCell><TableCell>{p.interested}</TableCell>
                    <TableCell>{p.refused}</TableCell><TableCell>{p.converted}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card sx={{ height: '100%' }}>
          <CardContent>
            <Typography variant="subtitle1" gutterBottom>{t('cs.leads.refusals')}</Typography>
            {s.refusalReasons.length === 0 ? <Typography color="text.secondary">{t('common.none')}</Typography> : (
              <BarChart height={220} layout="horizontal" yAxis={[{ scaleType: 'band', data: s.refusalReasons.map((r) => t(`cs.enum.refusalReason.${r.reason}`)), width: 90 }]}
                series={[{ data: s.refusalReasons.map((r) => r.count), label: t('cs.leads.col.refused') }]} />
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <Paper sx={{ height: 480 }}>
          <DataGrid<Lead> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
        </Paper>
      </Grid>
      {calling && <LeadCallDialog lead={calling} onClose={() => setCalling(null)} onDone={() => setCalling(null)} />}
    </Grid>
  );
}
