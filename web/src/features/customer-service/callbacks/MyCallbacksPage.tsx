import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField, Tooltip } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { CallbackTaskFilter } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { CallbackTasksQuery } from './operations';
import { TASK_STATUS_COLOR } from '../labels';

type Row = ResultOf<typeof CallbackTasksQuery>['callbackTasks']['nodes'][number];
type View = 'today' | 'open' | 'overdue' | 'followUp' | 'all';

/** My callbacks: due today first; each row says whether calling is allowed now or when the quiet hours end. */
export default function MyCallbacksPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign');
  const [view, setView] = useState<View>(campaignId ? 'all' : 'today');
  const [mine, setMine] = useState(true);
  const where: CallbackTaskFilter = {
    campaignId,
    mine: can('callback:manage') ? mine : null,
    dueToday: view === 'today' ? true : null,
    open: view === 'open' || view === 'today' ? true : null,
    overdue: view === 'overdue' ? true : null,
    followUpOpen: view === 'followUp' ? true : null,
  };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { dueAt: 'TIME' } as const,
    defaultSort: { field: 'TIME', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(CallbackTasksQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'ASC' } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.callbackTasks;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'customer', headerName: t('cs.customer.name'), flex: 1, minWidth: 130, sortable: false, valueGetter: (_v, row) => row.customer.name },
    { field: 'phone', headerName: t('cs.customer.phone'), width: 130, sortable: false, valueGetter: (_v, row) => row.customer.phone ?? '—' },
    {
      field: 'member', headerName: t('cs.customer.member'), width: 110, sortable: false,
      valueGetter: (_v, row) => [row.customer.memberLevel?.name, row.customer.vip ? 'VIP' : null].filter(Boolean).join(' · '),
    },
    { field: 'campaign', headerName: t('cs.campaign.one'), width: 180, sortable: false, valueGetter: (_v, row) => `${row.campaign.code} ${row.campaign.name}` },
    {
      field: 'status', headerName: t('cs.callbacks.status'), width: 100, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={TASK_STATUS_COLOR[row.status]} label={t(`cs.enum.taskStatus.${row.status}`)} />,
    },
    {
      field: 'dueAt', headerName: t('cs.callbacks.dueAt'), width: 150,
      renderCell: ({ row }) => <span style={{ color: row.overdue ? '#d32f2f' : undefined }}>{formatDateTime(row.dueAt, lang)}</span>,
    },
    { field: 'scheduledAt', headerName: t('cs.callbacks.scheduledAt'), width: 140, sortable: false, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
    {
      field: 'callableNow', headerName: t('cs.callbacks.callable'), width: 170, sortable: false,
      renderCell: ({ row }) => (row.status === 'DONE' || row.status === 'EXPIRED' ? '—' : row.callableNow
        ? <Chip size="small" color="success" label={t('cs.callbacks.callableNow')} data-testid="task-callable" />
        : (
          <Tooltip title={t('cs.callbacks.allowedHours', { hours: row.campaign.callableHours.join(', ') })}>
            <Chip size="small" color="default" data-testid="task-quiet"
              label={t('cs.callbacks.quietUntil', { at: formatDateTime(row.nextCallableAt, lang) })} />
          </Tooltip>
        )),
    },
    { field: 'attempts', headerName: t('cs.callbacks.attempts'), width: 70, type: 'number', sortable: false },
    {
      field: 'rating', headerName: t('cs.callbacks.rating'), width: 90, sortable: false,
      valueFormatter: (v: string | null) => (v ? t(`cs.enum.rating.${v}`) : ''),
    },
    { field: 'assignee', headerName: t('cs.customer.assignee'), width: 100, sortable: false, valueGetter: (_v, row) => row.assignee.name },
  ], [t, lang]);

  return (
    <div data-testid="cs-callbacks-page">
      <PageHeader title={t('cs.callbacks.title')} subtitle={t('cs.callbacks.subtitle')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField select size="small" label={t('cs.callbacks.view')} value={view} onChange={(e) => setView(e.target.value as View)} sx={{ minWidth: 180 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'callbacks-view' } as object } }}>
          {(['today', 'open', 'overdue', 'followUp', 'all'] as const).map((v) => <MenuItem key={v} value={v} data-testid={`callbacks-view-${v}`}>{t(`cs.callbacks.views.${v}`)}</MenuItem>)}
        </TextField>
        {campaignId && (
          <Chip label={t('cs.callbacks.campaignFilter', { code: page?.nodes[0]?.campaign.code ?? campaignId })} onDelete={() => setParams({})} data-testid="callbacks-campaign-filter" />
        )}
        {can('callback:manage') && (
          <FormControlLabel control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} />} label={t('cs.callbacks.onlyMine')} />
        )}
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="callbacks-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/customer-service/callbacks/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
    </div>
  );
}
