import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { PurchaseReturnStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { PurchaseReturnsQuery, RETURN_STATUSES } from './operations';
import { CreateReturnDialog } from './CreateReturnDialog';
import { ReturnDrawer } from './ReturnDrawer';

type Row = ResultOf<typeof PurchaseReturnsQuery>['purchaseReturns']['nodes'][number];

/** Purchase returns (采购退货), newest first; a row opens its detail with the next step. */
export default function PurchaseReturnsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [notify, notice] = useNotice();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<PurchaseReturnStatus | ''>('');
  const [warehouseId, setWarehouseId] = useState('');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const where = { search: search || null, status: status || null, warehouseId: warehouseId || null };
  const { variables, gridProps } = useConnectionGrid({ sortFields: { createdAt: 'TIME' } as const, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where) });
  const { data, previousData, loading, error } = useQuery(PurchaseReturnsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.purchaseReturns;
  const open = page?.nodes.find((r) => r.id === openId);

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170, sortable: false },
    { field: 'supplier', headerName: t('proc.common.supplier'), flex: 1, minWidth: 180, sortable: false, valueGetter: (_v, row) => supplierLabel(row.supplier) },
    { field: 'warehouse', headerName: t('proc.common.warehouse'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    { field: 'status', headerName: t('proc.common.status'), width: 110, sortable: false, renderCell: ({ row }) => <StatusChip kind="returnStatus" status={row.status} /> },
    { field: 'units', headerName: t('proc.common.quantity'), width: 90, sortable: false, type: 'number', valueGetter: (_v, row) => row.lines.reduce((s, l) => s + l.quantity, 0) },
    { field: 'totalAmount', headerName: t('proc.common.amount'), width: 120, sortable: false, type: 'number', valueFormatter: (v: number) => formatFen(v) },
    { field: 'shippedAt', headerName: t('proc.returns.shippedAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'createdAt', headerName: t('proc.common.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="returns-page">
      <PageHeader title={t('proc.returns.title')} subtitle={t('proc.returns.subtitle')}
        actions={can('purchase:write') && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="return-create">{t('proc.returns.create')}</Button>} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCode')} testId="return-search" />
        <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 130 }} onChange={(e) => setStatus(e.target.value as PurchaseReturnStatus | '')}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {RETURN_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.returnStatus.${s}`)}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="returns-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => setOpenId(row.id)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {creating && <CreateReturnDialog onClose={() => setCreating(false)} onCreated={(code) => { setCreating(false); notify(t('proc.returns.created', { code })); }} />}
      {open && <ReturnDrawer ret={open} onClose={() => setOpenId(null)} onDone={(m) => notify(m)} />}
      {notice}
    </div>
  );
}
