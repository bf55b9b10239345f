import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, Paper, Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { PurchaseOrdersQuery } from '../orders/operations';

type Row = ResultOf<typeof PurchaseOrdersQuery>['purchaseOrders']['nodes'][number];
type Receivable = 'SENT' | 'PARTIALLY_RECEIVED';

/** Orders awaiting goods (sent, or partly received), soonest expected first; a row opens the receiving form. */
export default function ReceivingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<Receivable>('SENT');
  const [search, setSearch] = useState('');
  const [warehouseId, setWarehouseId] = useState('');
  const where = { status, search: search || null, warehouseId: warehouseId || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { expectedDeliveryDate: 'EXPECTED_DELIVERY', code: 'CODE' } as const,
    defaultSort: { field: 'EXPECTED_DELIVERY', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(PurchaseOrdersQuery, { variables: { ...variables, where }, fetchPolicy: 'cache-and-network' });
  const page = (data ?? previousData)?.purchaseOrders;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170 },
    { field: 'supplier', headerName: t('proc.common.supplier'), flex: 1, minWidth: 180, sortable: false, valueGetter: (_v, row) => supplierLabel(row.supplier) },
    { field: 'warehouse', headerName: t('proc.common.warehouse'), width: 140, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    {
      field: 'status', headerName: t('proc.common.status'), width: 150, sortable: false,
      renderCell: ({ row }) => <><StatusChip kind="poStatus" status={row.status} />{row.overdue && <Chip size="small" color="error" variant="outlined" sx={{ ml: 0.5 }} label={t('proc.po.overdue')} />}</>,
    },
    { field: 'open', headerName: t('proc.po.open'), width: 90, sortable: false, type: 'number', valueGetter: (_v, row) => row.lines.reduce((s, l) => s + l.openQuantity, 0) },
    { field: 'expectedDeliveryDate', headerName: t('proc.po.expected'), width: 120 },
    { field: 'promisedDeliveryDate', headerName: t('proc.po.promised'), width: 120, sortable: false },
    { field: 'sentAt', headerName: t('proc.po.sentAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="receiving-page">
      <PageHeader title={t('proc.receive.title')} subtitle={t('proc.receive.subtitle')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <ToggleButtonGroup size="small" exclusive value={status} onChange={(_e, v: Receivable | null) => v && setStatus(v)}>
          <ToggleButton value="SENT" data-testid="receiving-sent">{t('proc.enum.poStatus.SENT')}</ToggleButton>
          <ToggleButton value="PARTIALLY_RECEIVED" data-testid="receiving-partial">{t('proc.enum.poStatus.PARTIALLY_RECEIVED')}</ToggleButton>
        </ToggleButtonGroup>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCode')} testId="receiving-search" />
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="receiving-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="receiving-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/warehouse/receiving/${row.id}`)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
    </div>
  );
}
