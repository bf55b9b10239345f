import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Chip, FormControlLabel, Link, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { OrderStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { QUEUE_STATUSES } from '../../../lib/orders/labels';
import { OrderStatusChip } from '../../../lib/orders/OrderStatusChip';
import { FulfilmentQueueQuery, QueueAllocateMutation, StartPickingMutation } from './operations';
import { PackDialog } from './PackDialog';
import { ShipDialog } from './ShipDialog';
import { BatchShipDialog } from './BatchShipDialog';

type Row = ResultOf<typeof FulfilmentQueueQuery>['fulfilmentQueue']['nodes'][number];
const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** The warehouse's queue: paid orders to allocate, pick, pack and ship, ship-first regions on top. */
export default function FulfilmentPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const errorText = useErrorText();
  const [notify, notice] = useNotice();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [warehouseId, setWarehouseId] = useState('');
  const [shipFirstOnly, setShipFirstOnly] = useState(false);
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [packing, setPacking] = useState<Row | null>(null);
  const [shipping, setShipping] = useState<Row | null>(null);
  const [batch, setBatch] = useState<Row[] | null>(null);
  const mayShip = can('order:ship');

  const where = { search: search || null, statuses: status ? [status] : null, warehouseId: warehouseId || null, shipFirst: shipFirstOnly ? true : null };
  const { variables, gridProps } = useConnectionGrid<never>({ sortFields: {}, resetKey: JSON.stringify(where) });
  const { data, previousData, loading, error } = useQuery(FulfilmentQueueQuery, { variables: { first: variables.first, after: variables.after, where } });
  const page = (data ?? previousData)?.fulfilmentQueue;
  const rows = page?.nodes ?? [];
  const refetch = { refetchQueries: ['FulfilmentQueue', 'StockLevels'] };
  const [allocate] = useMutation(QueueAllocateMutation, refetch);
  const [startPicking] = useMutation(StartPickingMutation, refetch);
  const selected = rows.filter((r) => r.status === 'PACKED' && (selection.type === 'include' ? selection.ids.has(r.id) : !selection.ids.has(r.id)));

  const step = async (row: Row, kind: 'allocate' | 'pick') => {
    const input = { id: row.id };
    const outcome = await runPayload(async () => (kind === 'allocate'
      ? (await allocate({ variables: { input } })).data?.allocateOrder
      : (await startPicking({ variables: { input } })).data?.startPicking));
    if (outcome.ok) notify(t(kind === 'allocate' ? 'fulfilment.allocated' : 'fulfilment.picked', { code: row.code }));
    else notify(outcome.errors.map(errorText).join('；'), 'error');
  };

  const columns = useMemo<GridColDef<Row>[]>(() => [
    {
      field: 'code', headerName: t('orders.code'), width: 170,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/customer-service/orders/${row.id}`}>{row.code}</Link>,
    },
    { field: 'status', headerName: t('orders.status'), width: 100, renderCell: ({ row }) => <OrderStatusChip status={row.status} /> },
    {
      field: 'actions', headerName: t('common.actions'), width: 120,
      renderCell: ({ row }) => mayShip && (
        <Stack direction="row" sx={{ alignItems: 'center', height: '100%' }} data-testid={`queue-actions-${row.code}`}>
          {row.status === 'PAID' && <Button size="small" onClick={() => void step(row, 'allocate')} data-testid="queue-allocate">{t('fulfilment.allocate')}</Button>}
          {row.status === 'ALLOCATED' && <Button size="small" onClick={() => void step(row, 'pick')} data-testid="queue-pick">{t('fulfilment.pick')}</Button>}
          {row.status === 'PICKING' && <Button size="small" variant="contained" onClick={() => setPacking(row)} data-testid="queue-pack">{t('fulfilment.pack')}</Button>}
          {row.status === 'PACKED' && <Button size="small" variant="contained" onClick={() => setShipping(row)} data-testid="queue-ship">{t('fulfilment.ship')}</Button>}
        </Stack>
      ),
    },
    {
      field: 'province', headerName: t('orders.province'), width: 170,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          <span>{row.province} {row.city}</span>
          {row.shipFirst && <Chip size="small" color="warning" label={t('orders.shipFirst')} data-testid="ship-first" />}
        </Stack>
      ),
    },
    { field: 'receiverName', headerName: t('orders.receiver'), width: 90 },
    {
      field: 'items', headerName: t('orders.lines'), flex: 1, minWidth: 200,
      valueGetter: (_v, row) => row.lines.map((l) => `${l.title}${l.isGift ? `（${t('orders.gift')}）` : ''} ×${l.quantity}`).join('；'),
    },
    { field: 'shippingMethod', headerName: t('orders.shippingMethod'), width: 80, valueGetter: (_v, row) => t(`shippingMethod.${row.shippingMethod}`) },
    { field: 'paidAt', headerName: t('fulfilment.waiting'), width: 140, valueFormatter: (v: string | null) => formatDateTime(v, i18n.language) },
    {
      field: 'blockers', headerName: t('orders.blockers'), width: 150,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {row.shipBlockers.filter((b) => row.status === 'PACKED' || b === 'ADDRESS_UNCONFIRMED').map((b) => (
            <Chip key={b} size="small" color="warning" variant="outlined" label={t(`orders.blocker.${b}`, { defaultValue: b })} />
          ))}
        </Stack>
      ),
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- step and the dialogs' setters are stable enough per render
  ], [t, i18n.language, mayShip]);

  return (
    <div data-testid="fulfilment-page">
      <PageHeader title={t('fulfilment.title')} subtitle={t('fulfilment.subtitle')}
        actions={mayShip && (
          <Button variant="contained" startIcon={<LocalShippingIcon />} disabled={selected.length === 0} onClick={() => setBatch(selected)} data-testid="queue-batch-ship">
            {t('fulfilment.batchShip', { count: selected.length })}
          </Button>
        )} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('orders.searchPlaceholder')} testId="queue-search" />
        <TextField select size="small" label={t('orders.status')} value={status} sx={{ minWidth: 130 }}
          onChange={(e) => setStatus(e.target.value as OrderStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'queue-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {QUEUE_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`orderStatus.${s}`)}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="queue-filter-warehouse" />
        <FormControlLabel label={t('fulfilment.onlyShipFirst')}
          control={<Checkbox checked={shipFirstOnly} onChange={(e) => setShipFirstOnly(e.target.checked)} />} />
        {mayShip && <Typography variant="caption" color="text.secondary">{t('fulfilment.selectHint')}</Typography>}
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="queue-grid">
        <DataGrid<Row>
          rows={rows}
          columns={columns.map((c) => ({ ...c, sortable: false }))}
          loading={loading}
          checkboxSelection={mayShip}
          isRowSelectable={({ row }) => row.status === 'PACKED'}
          keepNonExistentRowsSelected={false}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          disableRowSelectionOnClick
          getRowHeight={() => 'auto'}
          sx={{ '& .MuiDataGrid-cell': { py: 0.5 } }}
          {...gridProps(page)}
        />
      </Paper>
      {packing && <PackDialog order={packing} onClose={() => setPacking(null)} onDone={() => { notify(t('fulfilment.packed', { code: packing.code })); setPacking(null); }} />}
      {shipping && <ShipDialog order={shipping} blockers={shipping.shipBlockers} onClose={() => setShipping(null)} onDone={() => { notify(t('fulfilment.shipped', { code: shipping.code })); setShipping(null); }} />}
      {batch && (
        <BatchShipDialog orders={batch} onClose={() => { setBatch(null); setSelection(NO_SELECTION); }}
          onDone={(ok, failed) => notify(t('fulfilment.batchResult', { ok, failed }), failed ? 'error' : 'success')} />
      )}
      {notice}
    </div>
  );
}
