import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { PurchaseOrderStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { StatusChip } from '../shared/StatusChip';
import { SupplierPicker, supplierLabel, type SupplierOption } from '../shared/SupplierPicker';
import { PO_STATUSES, PurchaseOrdersQuery } from './operations';
import { statusParam } from '../shared/statusParam';
import { CreateOrderDialog } from './CreateOrderDialog';

type Row = ResultOf<typeof PurchaseOrdersQuery>['purchaseOrders']['nodes'][number];

/** Purchase orders by state, supplier and warehouse, newest first; overdue ones are flagged. */
export default function PurchaseOrdersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [params] = useSearchParams();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<PurchaseOrderStatus | ''>(() => statusParam(params, PO_STATUSES));
  const [supplier, setSupplier] = useState<SupplierOption | null>(null);
  const [warehouseId, setWarehouseId] = useState('');
  const [overdue, setOverdue] = useState(params.get('overdue') === '1');
  const [creating, setCreating] = useState(false);
  const where = { search: search || null, status: status || null, supplierId: supplier?.id ?? null, warehouseId: warehouseId || null, overdue: overdue || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { code: 'CODE', createdAt: 'CREATED_AT', expectedDeliveryDate: 'EXPECTED_DELIVERY', totalAmount: 'TOTAL_AMOUNT' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(PurchaseOrdersQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.purchaseOrders;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170 },
    { field: 'supplier', headerName: t('proc.common.supplier'), flex: 1, minWidth: 180, sortable: false, valueGetter: (_v, row) => supplierLabel(row.supplier) },
    { field: 'warehouse', headerName: t('proc.common.warehouse'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    {
      field: 'status', headerName: t('proc.common.status'), width: 150, sortable: false,
      renderCell: ({ row }) => <><StatusChip kind="poStatus" status={row.status} />{row.overdue && <Chip size="small" color="error" variant="outlined" sx={{ ml: 0.5 }} label={t('proc.po.overdue')} />}</>,
    },
    { field: 'totalAmount', headerName: t('proc.po.totalAmount'), width: 130, type: 'number', valueFormatter: (v: number) => formatFen(v) },
    {
      field: 'progress', headerName: t('proc.po.received'), width: 110, sortable: false,
      valueGetter: (_v, row) => `${row.lines.reduce((s, l) => s + l.receivedQuantity, 0)} / ${row.lines.reduce((s, l) => s + l.quantity, 0)}`,
    },
    { field: 'expectedDeliveryDate', headerName: t('proc.po.expected'), width: 120 },
    { field: 'promisedDeliveryDate', headerName: t('proc.po.promised'), width: 120, sortable: false },
    { field: 'createdAt', headerName: t('proc.common.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="purchase-orders-page">
      <PageHeader title={t('proc.po.title')} subtitle={t('proc.po.subtitle')}
        actions={can('purchase:write') && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="po-create">{t('proc.po.create')}</Button>} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCode')} testId="po-search" />
        <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 140 }} onChange={(e) => setStatus(e.target.value as PurchaseOrderStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'po-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {PO_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.poStatus.${s}`)}</MenuItem>)}
        </TextField>
        {can('partner:read') && <SupplierPicker value={supplier} onChange={setSupplier} testId="po-filter-supplier" minWidth={220} />}
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="po-filter-warehouse" />
        <FormControlLabel control={<Switch checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />} label={t('proc.po.overdueOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="purchase-orders-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/procurement/orders/${row.id}`)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {creating && <CreateOrderDialog onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/procurement/orders/${id}`)} />}
    </div>
  );
}
