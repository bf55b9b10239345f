import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, IconButton, Paper, Stack, Tooltip } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { downloadText, stampedName } from '../../../lib/ui/download';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { LowStockCsvQuery, LowStockQuery } from './operations';

type Row = ResultOf<typeof LowStockQuery>['lowStock']['nodes'][number];
const num = { type: 'number' as const, width: 100, sortable: false };

/** Available below safety stock, worst first, with the suggested reorder quantity. */
export default function LowStockPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [warehouseId, setWarehouseId] = useState('');
  const [notify, notice] = useNotice();
  const { variables, gridProps } = useConnectionGrid({ sortFields: {}, resetKey: warehouseId });
  const { data, previousData, loading, error } = useQuery(LowStockQuery, {
    variables: { first: variables.first, after: variables.after, warehouseId: warehouseId || null },
  });
  const page = (data ?? previousData)?.lowStock;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'skuCode', headerName: t('inventory.skuCode'), flex: 1, minWidth: 150, sortable: false, valueGetter: (_v, row) => row.sku.code },
    { field: 'product', headerName: t('inventory.product'), flex: 1.4, minWidth: 180, sortable: false, valueGetter: (_v, row) => skuTitle(row.sku) },
    { field: 'warehouse', headerName: t('inventory.warehouse'), width: 130, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    { field: 'onHand', headerName: t('inventory.onHand'), ...num },
    { field: 'reserved', headerName: t('inventory.reserved'), ...num },
    { field: 'available', headerName: t('inventory.available'), ...num, cellClassName: 'low-available' },
    { field: 'safetyStock', headerName: t('inventory.safetyStock'), ...num },
    { field: 'inTransit', headerName: t('inventory.inTransit'), ...num },
    { field: 'suggestedReorder', headerName: t('lowStock.suggestedReorder'), ...num, width: 120, description: t('lowStock.suggestedHint'), cellClassName: 'low-reorder' },
    {
      field: 'open', headerName: '', width: 60, sortable: false,
      renderCell: ({ row }) => (
        <Tooltip title={t('lowStock.openInStock')}>
          <IconButton size="small" component={RouterLink} to={`/warehouse/stock?q=${encodeURIComponent(row.sku.code)}&warehouse=${row.warehouse.id}`}>
            <OpenInNewIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      ),
    },
  ], [t]);

  const exportCsv = async () => {
    try {
      const result = await client.query({ query: LowStockCsvQuery, variables: { where: { belowSafety: true, warehouseId: warehouseId || null } }, fetchPolicy: 'no-cache' });
      if (result.data) downloadText(stampedName('low-stock'), result.data.stockLevelsCsv);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <div data-testid="low-stock-page">
      <PageHeader title={t('lowStock.title')} subtitle={t('lowStock.subtitle')}
        actions={<Button startIcon={<DownloadIcon />} variant="outlined" onClick={() => void exportCsv()} data-testid="low-stock-export">{t('common.exportCsv')}</Button>} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="low-stock-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="low-stock-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          sx={{ '& .low-available': { color: 'error.main', fontWeight: 600 }, '& .low-reorder': { fontWeight: 600 } }}
          {...gridProps(page)}
        />
      </Paper>
      {notice}
    </div>
  );
}
