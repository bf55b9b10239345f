import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { CampaignStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { CAMPAIGN_STATUS_COLOR } from '../labels';
import { CampaignsQuery } from './operations';
import { CoverageBar } from './CoverageBar';
import { CreateCampaignDialog } from './CreateCampaignDialog';

type Row = ResultOf<typeof CampaignsQuery>['callbackCampaigns']['nodes'][number];
const STATUSES: CampaignStatus[] = ['DRAFT', 'RUNNING', 'CLOSED', 'CANCELLED'];

/** The campaign board: every callback campaign with its progress and member coverage against the 100 % rule. */
export default function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [status, setStatus] = useState<CampaignStatus | ''>('');
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const where = { status: status || null, search: search.trim() || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { triggerAt: 'TIME' } as const,
    defaultSort: { field: 'TIME', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(CampaignsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.callbackCampaigns;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('cs.campaign.code'), width: 150, sortable: false },
    { field: 'name', headerName: t('cs.campaign.name'), flex: 1, minWidth: 160, sortable: false },
    { field: 'purpose', headerName: t('cs.campaign.purpose'), width: 100, sortable: false, valueFormatter: (v: string) => t(`cs.enum.purpose.${v}`) },
    {
      field: 'status', headerName: t('cs.callbacks.status'), width: 100, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={CAMPAIGN_STATUS_COLOR[row.status]} label={t(`cs.enum.campaignStatus.${row.status}`)} />,
    },
    { field: 'triggerAt', headerName: t('cs.campaign.triggerAt'), width: 140, valueFormatter: (v: string) => formatDateTime(v, lang) },
    { field: 'dueAt', headerName: t('cs.campaign.dueAt'), width: 140, sortable: false, valueFormatter: (v: string) => formatDateTime(v, lang) },
    {
      field: 'progress', headerName: t('cs.campaign.progress'), width: 150, sortable: false,
      valueGetter: (_v, row) => t('cs.campaign.progressText', { done: row.progress.done, tasks: row.progress.tasks, overdue: row.progress.overdue }),
    },
    {
      field: 'coverage', headerName: t('cs.campaign.coverage'), width: 240, sortable: false,
      renderCell: ({ row }) => <CoverageBar coverage={row.coverage} testId={`campaign-coverage-${row.code}`} />,
    },
  ], [t, lang]);

  return (
    <div data-testid="cs-campaigns-page">
      <PageHeader title={t('cs.campaigns.title')} subtitle={t('cs.campaigns.subtitle')}
        actions={can('callback:manage') && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="campaign-create">{t('cs.campaign.create')}</Button>
        )} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('cs.campaigns.searchPlaceholder')} testId="campaigns-search" />
        <TextField select size="small" label={t('cs.callbacks.status')} value={status} onChange={(e) => setStatus(e.target.value as CampaignStatus | '')}
          sx={{ minWidth: 140 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`cs.enum.campaignStatus.${s}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }} data-testid="campaigns-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/customer-service/campaigns/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {creating && <CreateCampaignDialog onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/customer-service/campaigns/${id}`)} />}
    </div>
  );
}
