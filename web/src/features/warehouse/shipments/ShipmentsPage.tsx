import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ShipmentRowFragment, ShipmentStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { SHIPMENT_STATUSES } from '../../../lib/orders/labels';
import { CourierSelect, courierLabel } from '../../../lib/orders/CourierSelect';
import { ShipmentStatusChip } from '../../../lib/orders/OrderStatusChip';
import { CsvImportDialog } from '../../../lib/orders/CsvImportDialog';
import { ImportTrackingMutation, OverdueShipmentsQuery, ShipmentsQuery } from './operations';
import { ShipmentDialog } from './ShipmentDialog';

const COLUMNS = 'waybill_no,time,status,courier,location,description';
const EXAMPLE = '\uFEFF' + `${COLUMNS}\nSF1234567890,2026-11-23 09:30,运输中,SF,杭州转运中心,快件已到达\n`;

/** Waybills followed until signed: search by waybill, the overdue list, tracking by hand or from a courier's CSV. */
export default function ShipmentsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [params] = useSearchParams();
  const [tab, setTab] = useState<'all' | 'overdue'>('all');
  const [waybill, setWaybill] = useState(params.get('waybill') ?? '');
  const [status, setStatus] = useState<ShipmentStatus | ''>('');
  const [courierId, setCourierId] = useState('');
  const [days, setDays] = useState('3');
  const [openId, setOpenId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [importTracking] = useMutation(ImportTrackingMutation, { refetchQueries: ['Shipments', 'OverdueShipments'] });

  const dayCount = Math.min(90, Math.max(1, Math.trunc(Number(days)) || 3));
  const where = { waybillNo: waybill || null, status: status || null, courierId: courierId || null };
  const { variables, gridProps } = useConnectionGrid<'TIME'>({
    sortFields: { shippedAt: 'TIME' }, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify({ where, tab, dayCount }),
  });
  const all = useQuery(ShipmentsQuery, {
    skip: tab !== 'all',
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const overdue = useQuery(OverdueShipmentsQuery, {
    skip: tab !== 'overdue',
    variables: { first: variables.first, after: variables.after, days: dayCount, courierId: courierId || null },
  });
  const page = tab === 'all' ? (all.data ?? all.previousData)?.shipments : (overdue.data ?? overdue.previousData)?.overdueShipments;
  const error = tab === 'all' ? all.error : overdue.error;

  const columns = useMemo<GridColDef<ShipmentRowFragment>[]>(() => [
    { field: 'waybillNo', headerName: t('fulfilment.waybill'), width: 170, sortable: false },
    { field: 'courier', headerName: t('shipments.courier'), width: 130, sortable: false, valueGetter: (_v, row) => courierLabel(row.courier) },
    { field: 'status', headerName: t('shipments.status'), width: 100, sortable: false, renderCell: ({ row }) => <ShipmentStatusChip status={row.status} /> },
    { field: 'order', headerName: t('shipments.order'), width: 170, sortable: false, valueGetter: (_v, row) => row.order.code },
    { field: 'receiver', headerName: t('orders.receiver'), width: 150, sortable: false, valueGetter: (_v, row) => `${row.order.receiverName} · ${row.order.province}` },
    { field: 'shippedAt', headerName: t('shipments.shippedAt'), width: 150, sortable: tab === 'all', valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'lastEventAt', headerName: t('shipments.lastEventAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'packageCount', headerName: t('shipments.packages'), width: 70, sortable: false, align: 'right', headerAlign: 'right' },
    { field: 'costFen', headerName: t('shipments.cost'), width: 100, sortable: false, align: 'right', headerAlign: 'right', valueFormatter: (v: number | null) => formatFen(v) },
  ], [t, i18n.language, tab]);

  return (
    <div data-testid="shipments-page">
      <PageHeader title={t('shipments.title')} subtitle={t('shipments.subtitle')}
        actions={can('order:ship') && (
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)} data-testid="tracking-import">{t('shipments.import')}</Button>
        )} />
      <Tabs value={tab} onChange={(_e, v: 'all' | 'overdue') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="all" label={t('shipments.tabAll')} data-testid="shipments-tab-all" />
        <Tab value="overdue" label={t('shipments.tabOverdue')} data-testid="shipments-tab-overdue" />
      </Tabs>
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {tab === 'all' && <SearchField value={waybill} onChange={setWaybill} placeholder={t('shipments.waybillSearch')} testId="shipments-search" />}
        {tab === 'all' && (
          <TextField select size="small" label={t('shipments.status')} value={status} sx={{ minWidth: 120 }}
            onChange={(e) => setStatus(e.target.value as ShipmentStatus | '')}
            slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'shipments-filter-status' } as object }, inputLabel: { shrink: true } }}>
            <MenuItem value="">{t('common.all')}</MenuItem>
            {SHIPMENT_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`shipmentStatus.${s}`)}</MenuItem>)}
          </TextField>
        )}
        <CourierSelect value={courierId} onChange={setCourierId} allowAll testId="shipments-filter-courier" />
        {tab === 'overdue' && (
          <>
            <TextField type="number" size="small" label={t('shipments.overdueDays')} value={days} onChange={(e) => setDays(e.target.value)} sx={{ width: 130 }}
              slotProps={{ htmlInput: { min: 1, max: 90, 'data-testid': 'shipments-overdue-days' } }} />
            <Typography variant="body2" color="text.secondary">{t('shipments.overdueHelp', { days: dayCount })}</Typography>
          </>
        )}
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }} data-testid="shipments-grid">
        <DataGrid<ShipmentRowFragment>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={tab === 'all' ? all.loading : overdue.loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => setOpenId(row.id)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {openId && <ShipmentDialog shipmentId={openId} onClose={() => setOpenId(null)} />}
      {importing && (
        <CsvImportDialog
          title={t('shipments.importTitle')}
          help={t('shipments.importHelp')}
          columns={COLUMNS}
          example={EXAMPLE}
          templateName="tracking-template.csv"
          run={async (csv) => (await importTracking({ variables: { input: { csv } } })).data?.importTrackingCsv}
          resultText={(imported, duplicates) => t('shipments.importResult', { imported, duplicates })}
          testId="tracking-import-dialog"
          onClose={() => setImporting(false)}
        />
      )}
    </div>
  );
}
