import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { ReturnReasonCode, ReturnStatus, ReturnType } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { ReturnRequestsQuery } from './operations';
import { RETURN_REASONS, RETURN_STATUSES, RETURN_STATUS_COLOR, RETURN_TYPES } from './status';
import { OpenReturnDialog } from './OpenReturnDialog';
import { ReturnDecisionActions } from './ReturnDecisionActions';
import { useNotice } from '../../../lib/ui/useNotice';

type Row = ResultOf<typeof ReturnRequestsQuery>['returnRequests']['nodes'][number];

/** The returns queue: waiting for approval first by default, filtered by state, type and reason; rows open the request. */
export default function ReturnsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ReturnStatus | 'OPEN' | ''>('OPEN');
  const [type, setType] = useState<ReturnType | ''>('');
  const [reason, setReason] = useState<ReturnReasonCode | ''>('');
  const [opening, setOpening] = useState(false);
  const [notify, notice] = useNotice();

  const where = {
    search: search || null,
    status: status && status !== 'OPEN' ? status : null,
    statuses: status === 'OPEN' ? (['REQUESTED', 'APPROVED', 'RECEIVED', 'INSPECTED'] as ReturnStatus[]) : null,
    type: type || null,
    reasonCode: reason || null,
  };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT', code: 'CODE' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ReturnRequestsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: variables.sort },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.returnRequests;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('as.return.code'), width: 170 },
    { field: 'type', headerName: t('as.return.type'), width: 110, sortable: false, valueFormatter: (v: string) => t(`as.enum.returnType.${v}`) },
    {
      field: 'status', headerName: t('as.return.status'), width: 100, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={RETURN_STATUS_COLOR[row.status]} label={t(`as.enum.returnStatus.${row.status}`)} data-testid="return-row-status" />,
    },
    {
      field: 'decision', headerName: t('common.actions'), width: 170, sortable: false,
      renderCell: ({ row }) => (row.status === 'REQUESTED' ? <ReturnDecisionActions id={row.id} code={row.code} notify={notify} /> : null),
    },
    { field: 'reasonCode', headerName: t('as.return.reason'), width: 120, sortable: false, valueFormatter: (v: string) => t(`as.enum.returnReason.${v}`) },
    { field: 'orderCode', headerName: t('as.return.order'), width: 170, sortable: false },
    { field: 'receiverName', headerName: t('as.return.buyer'), width: 110, sortable: false, valueGetter: (_v, row) => row.buyerAccount ?? row.receiverName },
    { field: 'units', headerName: t('as.return.units'), width: 70, type: 'number', sortable: false },
    { field: 'refundedFen', headerName: t('as.return.refunded'), width: 100, sortable: false, valueFormatter: (v: number) => (v ? formatFen(v) : '—') },
    { field: 'warehouse', headerName: t('as.return.warehouse'), width: 120, sortable: false, valueGetter: (_v, row) => (row.warehouse ? warehouseLabel(row.warehouse) : '—') },
    { field: 'complaintCode', headerName: t('as.return.complaint'), width: 150, sortable: false },
    { field: 'createdAt', headerName: t('as.return.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
    { field: 'updatedAt', headerName: t('as.return.updatedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
  ], [t, lang, notify]);

  return (
    <div data-testid="as-returns-page">
      <PageHeader title={t('as.return.title')} subtitle={t('as.return.subtitle')}
        actions={can('return:write') && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpening(true)} data-testid="return-open">{t('as.return.open')}</Button>
        )} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('as.return.searchPlaceholder')} testId="returns-search" />
        <TextField select size="small" label={t('as.return.status')} value={status} sx={{ minWidth: 140 }}
          onChange={(e) => setStatus(e.target.value as ReturnStatus | 'OPEN' | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'returns-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="OPEN">{t('as.return.openOnes')}</MenuItem>
          {RETURN_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.returnStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('as.return.type')} value={type} sx={{ minWidth: 130 }}
          onChange={(e) => setType(e.target.value as ReturnType | '')}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {RETURN_TYPES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.returnType.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('as.return.reason')} value={reason} sx={{ minWidth: 140 }}
          onChange={(e) => setReason(e.target.value as ReturnReasonCode | '')}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {RETURN_REASONS.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.returnReason.${s}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="returns-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/after-sales/returns/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {notice}
      {opening && <OpenReturnDialog onClose={() => setOpening(false)} onOpened={(id) => void navigate(`/after-sales/returns/${id}`)} />}
    </div>
  );
}
