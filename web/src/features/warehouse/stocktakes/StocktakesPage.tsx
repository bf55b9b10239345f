import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, TextField } from '@mui/material';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { StocktakeStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { STOCKTAKE_STATUSES, StocktakesQuery } from './operations';
import { STOCKTAKE_STATUS_COLOR } from './status';
import { OpenStocktakeDialog } from './OpenStocktakeDialog';

type Row = ResultOf<typeof StocktakesQuery>['stocktakes']['nodes'][number];

/** Stocktakes (盘点单), newest first; supervisors find the submitted ones waiting for review here. */
export default function StocktakesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [status, setStatus] = useState<StocktakeStatus | ''>(can('stocktake:approve') && !can('stocktake:write') ? 'SUBMITTED' : '');
  const [warehouseId, setWarehouseId] = useState('');
  const [opening, setOpening] = useState(false);

  const where = { status: status || null, warehouseId: warehouseId || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { createdAt: 'TIME' } as const,
    defaultSort: { field: 'TIME', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(StocktakesQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.stocktakes;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('stocktakes.code'), width: 170, sortable: false },
    {
      field: 'status', headerName: t('inventory.status'), width: 110, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={STOCKTAKE_STATUS_COLOR[row.status]} label={t(`stocktakeStatus.${row.status}`)} />,
    },
    { field: 'warehouse', headerName: t('inventory.warehouse'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    { field: 'countedLines', headerName: t('stocktakes.countedLines'), type: 'number', width: 100, sortable: false },
    { field: 'note', headerName: t('common.note'), flex: 1, minWidth: 160, sortable: false },
    { field: 'createdAt', headerName: t('inventory.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'updatedAt', headerName: t('inventory.updatedAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="stocktakes-page">
      <PageHeader title={t('stocktakes.title')} subtitle={t('stocktakes.subtitle')}
        actions={can('stocktake:write') && (
          <Button variant="contained" startIcon={<PlaylistAddCheckIcon />} onClick={() => setOpening(true)} data-testid="stocktake-open">
            {t('stocktakes.open')}
          </Button>
        )} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={t('inventory.status')} value={status} sx={{ minWidth: 140 }}
          onChange={(e) => setStatus(e.target.value as StocktakeStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'stocktake-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {STOCKTAKE_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`stocktakeStatus.${s}`)}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="stocktake-filter-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="stocktakes-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/warehouse/stocktakes/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {opening && <OpenStocktakeDialog onClose={() => setOpening(false)} onOpened={(id) => void navigate(`/warehouse/stocktakes/${id}`)} />}
    </div>
  );
}
