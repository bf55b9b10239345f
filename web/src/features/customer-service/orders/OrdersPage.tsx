import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, TextField } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { OrderChannel, OrderSortField, OrderStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { ORDER_CHANNELS, ORDER_STATUSES, shopDayEnd, shopDayStart } from '../../../lib/orders/labels';
import { OrderStatusChip } from '../../../lib/orders/OrderStatusChip';
import { ProvinceSelect } from '../../../lib/orders/ProvinceSelect';
import { OrdersQuery } from './operations';
import { ImportOrdersDialog } from './ImportOrdersDialog';

type Row = ResultOf<typeof OrdersQuery>['orders']['nodes'][number];

/** Every order, filtered by state, channel, dates and province, searched by number, receiver or waybill. */
export default function OrdersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [channel, setChannel] = useState<OrderChannel | ''>('');
  const [province, setProvince] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [importing, setImporting] = useState(false);

  const where = {
    search: search || null,
    statuses: status ? [status] : null,
    channel: channel || null,
    province: province || null,
    placedFrom: shopDayStart(from),
    placedBefore: shopDayEnd(to),
  };
  const { variables, gridProps } = useConnectionGrid<OrderSortField>({
    sortFields: { code: 'CODE', placedAt: 'PLACED_AT', paidAt: 'PAID_AT', totalFen: 'TOTAL' },
    defaultSort: { field: 'PLACED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(OrdersQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: variables.sort },
  });
  const page = (data ?? previousData)?.orders;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('orders.code'), width: 170 },
    {
      field: 'status', headerName: t('orders.status'), width: 110, sortable: false,
      renderCell: ({ row }) => <OrderStatusChip status={row.status} />,
    },
    { field: 'channel', headerName: t('orders.channel'), width: 90, sortable: false, valueGetter: (_v, row) => t(`orderChannel.${row.channel}`) },
    { field: 'platformOrderNo', headerName: t('orders.platformOrderNo'), width: 150, sortable: false },
    { field: 'receiverName', headerName: t('orders.receiver'), width: 100, sortable: false },
    {
      field: 'province', headerName: t('orders.province'), width: 130, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          <span>{row.province}</span>
          {row.shipFirst && <Chip size="small" color="warning" variant="outlined" label={t('orders.shipFirst')} />}
        </Stack>
      ),
    },
    { field: 'totalFen', headerName: t('orders.total'), width: 110, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatFen(v) },
    { field: 'placedAt', headerName: t('orders.placedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'paidAt', headerName: t('orders.paidAt'), width: 150, valueFormatter: (v: string | null) => formatDateTime(v, i18n.language) },
    {
      field: 'waybills', headerName: t('orders.shipments'), flex: 1, minWidth: 140, sortable: false,
      valueGetter: (_v, row) => row.shipments.map((s) => s.waybillNo).join(', '),
    },
  ], [t, i18n.language]);

  return (
    <div data-testid="orders-page">
      <PageHeader title={t('orders.title')} subtitle={t('orders.subtitle')}
        actions={can('order:write') && (
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)} data-testid="orders-import">{t('orders.import')}</Button>
        )} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('orders.searchPlaceholder')} testId="orders-search" />
        <TextField select size="small" label={t('orders.status')} value={status} sx={{ minWidth: 130 }}
          onChange={(e) => setStatus(e.target.value as OrderStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'orders-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ORDER_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`orderStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('orders.channel')} value={channel} sx={{ minWidth: 120 }}
          onChange={(e) => setChannel(e.target.value as OrderChannel | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'orders-filter-channel' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ORDER_CHANNELS.map((c) => <MenuItem key={c} value={c}>{t(`orderChannel.${c}`)}</MenuItem>)}
        </TextField>
        <ProvinceSelect value={province} onChange={setProvince} allowAll testId="orders-filter-province" />
        <TextField type="date" size="small" label={t('orders.from')} value={from} onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'orders-filter-from' } }} />
        <TextField type="date" size="small" label={t('orders.to')} value={to} onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'orders-filter-to' } }} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="orders-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/customer-service/orders/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {importing && <ImportOrdersDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
