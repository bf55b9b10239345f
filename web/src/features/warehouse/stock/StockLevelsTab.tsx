import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { alpha } from '@mui/material/styles';
import { DataGrid } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { downloadText, stampedName } from '../../../lib/ui/download';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { StockLevelsCsvQuery, StockLevelsQuery } from './operations';
import { stockColumns, type StockActions } from './stockColumns';
import { WarehouseSummaryCards } from './WarehouseSummaryCards';
import type { StockRow } from './types';

type Gift = '' | 'gift' | 'sellable';

/** The stock grid: one row per SKU × warehouse, paged, filtered and sorted by the server. */
export function StockLevelsTab({ actions, onError }: { actions: StockActions; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [warehouseId, setWarehouseId] = useState(params.get('warehouse') ?? '');
  const [belowSafety, setBelowSafety] = useState(params.get('below') === '1');
  const [outOfStock, setOutOfStock] = useState(false);
  const [gift, setGift] = useState<Gift>('');
  const [exporting, setExporting] = useState(false);

  const where = {
    search: search || null,
    warehouseId: warehouseId || null,
    belowSafety: belowSafety || null,
    outOfStock: outOfStock || null,
    gift: gift === '' ? null : gift === 'gift',
  };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { skuCode: 'SKU_CODE', onHand: 'ON_HAND', available: 'AVAILABLE', gap: 'SAFETY_GAP' } as const,
    defaultSort: { field: 'SKU_CODE', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(StockLevelsQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.stockLevels;
  const columns = useMemo(() => stockColumns(t, actions), [t, actions]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const result = await client.query({ query: StockLevelsCsvQuery, variables: { where }, fetchPolicy: 'no-cache' });
      if (result.data) downloadText(stampedName('stock'), result.data.stockLevelsCsv);
      else if (result.error) onError(result.error.message);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <WarehouseSummaryCards selected={warehouseId} onSelect={setWarehouseId} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('stock.searchPlaceholder')} testId="stock-search" />
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="stock-warehouse" />
        <TextField select size="small" label={t('stock.filterGift')} value={gift} sx={{ minWidth: 130 }}
          onChange={(e) => setGift(e.target.value as Gift)}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'stock-filter-gift' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="sellable">{t('stock.sellable')}</MenuItem>
          <MenuItem value="gift">{t('stock.gift')}</MenuItem>
        </TextField>
        <FormControlLabel label={t('stock.belowSafety')}
          control={<Switch checked={belowSafety} onChange={(e) => setBelowSafety(e.target.checked)} slotProps={{ input: { 'data-testid': 'stock-filter-below' } as object }} />} />
        <FormControlLabel label={t('stock.outOfStock')}
          control={<Switch checked={outOfStock} onChange={(e) => setOutOfStock(e.target.checked)} slotProps={{ input: { 'data-testid': 'stock-filter-out' } as object }} />} />
        <Button startIcon={<DownloadIcon />} variant="outlined" onClick={() => void exportCsv()} disabled={exporting} data-testid="stock-export">
          {t('common.exportCsv')}
        </Button>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="stock-grid">
        <DataGrid<StockRow>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => actions.ledger(row)}
          getRowClassName={({ row }) => (row.belowSafety ? 'stock-below' : '')}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .stock-below': { bgcolor: (th) => alpha(th.palette.warning.main, 0.08) } }}
          {...gridProps(page)}
        />
      </Paper>
    </>
  );
}
