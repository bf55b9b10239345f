import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { RfqStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { StatusChip } from '../shared/StatusChip';
import { RFQ_STATUSES, RfqsQuery } from './operations';
import { statusParam } from '../shared/statusParam';
import { CreateRfqDialog } from './CreateRfqDialog';

type Row = ResultOf<typeof RfqsQuery>['rfqs']['nodes'][number];

/** Requests for quotation, newest first, by state. */
export default function RfqsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [params] = useSearchParams();
  const [status, setStatus] = useState<RfqStatus | ''>(() => statusParam(params, RFQ_STATUSES));
  const [creating, setCreating] = useState(false);
  const where = { search: search || null, status: status || null };
  const { variables, gridProps } = useConnectionGrid({ sortFields: { createdAt: 'TIME' } as const, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where) });
  const { data, previousData, loading, error } = useQuery(RfqsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.rfqs;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170, sortable: false },
    { field: 'title', headerName: t('proc.common.title'), flex: 1, minWidth: 180, sortable: false },
    { field: 'status', headerName: t('proc.common.status'), width: 110, sortable: false, renderCell: ({ row }) => <StatusChip kind="rfqStatus" status={row.status} /> },
    { field: 'lines', headerName: t('proc.common.sku'), width: 100, sortable: false, valueGetter: (_v, row) => t('proc.rfq.linesCount', { count: row.lines.length }) },
    { field: 'suppliers', headerName: t('proc.rfq.suppliersInvited'), flex: 1, minWidth: 180, sortable: false, valueGetter: (_v, row) => row.suppliers.map((s) => s.name).join('、') },
    { field: 'replyBy', headerName: t('proc.rfq.replyBy'), width: 110, sortable: false },
    { field: 'createdAt', headerName: t('proc.common.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="rfqs-page">
      <PageHeader title={t('proc.rfq.title')} subtitle={t('proc.rfq.subtitle')}
        actions={can('purchase:write') && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="rfq-create">{t('proc.rfq.create')}</Button>} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCodeTitle')} testId="rfq-search" />
        <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 140 }} onChange={(e) => setStatus(e.target.value as RfqStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'rfq-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {RFQ_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.rfqStatus.${s}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="rfqs-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/procurement/rfqs/${row.id}`)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {creating && <CreateRfqDialog onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/procurement/rfqs/${id}`)} />}
    </div>
  );
}
