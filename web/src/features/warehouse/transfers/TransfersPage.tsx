import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { TransferStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { TRANSFER_STATUSES, TransfersQuery } from './operations';
import { TRANSFER_STATUS_COLOR } from './status';
import { CreateTransferDialog } from './CreateTransferDialog';

type Row = ResultOf<typeof TransfersQuery>['transfers']['nodes'][number];

/** Transfers between warehouses, newest first, filtered by state and warehouse. */
export default function TransfersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<TransferStatus | ''>('');
  const [warehouseId, setWarehouseId] = useState('');
  const [creating, setCreating] = useState(false);

  const where = { search: search || null, status: status || null, warehouseId: warehouseId || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { createdAt: 'TIME' } as const,
    defaultSort: { field: 'TIME', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(TransfersQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.transfers;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('transfers.code'), width: 170, sortable: false },
    {
      field: 'status', headerName: t('inventory.status'), width: 110, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={TRANSFER_STATUS_COLOR[row.status]} label={t(`transferStatus.${row.status}`)} />,
    },
    { field: 'from', headerName: t('transfers.from'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.fromWarehouse) },
    { field: 'to', headerName: t('transfers.to'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.toWarehouse) },
    { field: 'note', headerName: t('common.note'), flex: 1, minWidth: 160, sortable: false },
    { field: 'createdAt', headerName: t('inventory.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'updatedAt', headerName: t('inventory.updatedAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="transfers-page">
      <PageHeader title={t('transfers.title')} subtitle={t('transfers.subtitle')}
        actions={can('transfer:write') && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="transfer-create">{t('transfers.create')}</Button>
        )} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('transfers.searchPlaceholder')} testId="transfer-search" />
        <TextField select size="small" label={t('inventory.status')} value={status} sx={{ minWidth: 140 }}
          onChange={(e) => setStatus(e.target.value as TransferStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'transfer-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {TRANSFER_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`transferStatus.${s}`)}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="transfer-filter-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="transfers-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/warehouse/transfers/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {creating && (
        <CreateTransferDialog onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/warehouse/transfers/${id}`)} />
      )}
    </div>
  );
}
