import { Chip, IconButton, Stack, Tooltip } from '@mui/material';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import TuneIcon from '@mui/icons-material/Tune';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import type { StockRow } from './types';

export interface StockActions {
  ledger: (row: StockRow) => void;
  /** Null when the viewer may not adjust stock (stock:adjust). */
  safety: ((row: StockRow) => void) | null;
  movement: ((row: StockRow) => void) | null;
}

const num = { type: 'number' as const, width: 96, align: 'right' as const, headerAlign: 'right' as const };

/** Columns of the stock grid; sortable ones map to StockLevelSortField in StockLevelsTab. */
export function stockColumns(t: TFunction, actions: StockActions): GridColDef<StockRow>[] {
  return [
    { field: 'skuCode', headerName: t('inventory.skuCode'), flex: 1, minWidth: 150, valueGetter: (_v, row) => row.sku.code },
    { field: 'product', headerName: t('inventory.product'), flex: 1.4, minWidth: 180, sortable: false, valueGetter: (_v, row) => skuTitle(row.sku) },
    { field: 'barcode', headerName: t('inventory.barcode'), width: 140, sortable: false, valueGetter: (_v, row) => row.sku.barcode ?? '' },
    {
      field: 'warehouse', headerName: t('inventory.warehouse'), width: 130, sortable: false,
      valueGetter: (_v, row) => `${row.warehouse.code} ${row.warehouse.name}`,
    },
    { field: 'onHand', headerName: t('inventory.onHand'), ...num },
    { field: 'reserved', headerName: t('inventory.reserved'), ...num, sortable: false },
    { field: 'available', headerName: t('inventory.available'), ...num },
    { field: 'inTransit', headerName: t('inventory.inTransit'), ...num, sortable: false },
    { field: 'safetyStock', headerName: t('inventory.safetyStock'), ...num, sortable: false },
    {
      field: 'gap', headerName: t('stock.safetyGap'), ...num, description: t('stock.safetyGapHint'),
      valueGetter: (_v, row) => row.available - row.safetyStock,
    },
    {
      field: 'status', headerName: t('inventory.status'), width: 150, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {row.available <= 0 && <Chip size="small" color="error" label={t('stock.outOfStock')} />}
          {row.available > 0 && row.belowSafety && <Chip size="small" color="warning" label={t('stock.belowSafety')} />}
          {row.sku.isGift && <Chip size="small" variant="outlined" color="secondary" label={t('stock.gift')} />}
        </Stack>
      ),
    },
    {
      field: 'actions', headerName: t('common.actions'), width: 130, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" sx={{ alignItems: 'center', height: '100%' }} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={t('stock.ledger')}>
            <IconButton size="small" onClick={() => actions.ledger(row)} data-testid={`stock-ledger-${row.sku.code}-${row.warehouse.code}`}>
              <ReceiptLongIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          {actions.safety && (
            <Tooltip title={t('stock.editSafety')}>
              <IconButton size="small" onClick={() => actions.safety?.(row)} data-testid={`stock-safety-${row.sku.code}-${row.warehouse.code}`}>
                <TuneIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
          {actions.movement && (
            <Tooltip title={t('stock.newMovement')}>
              <IconButton size="small" onClick={() => actions.movement?.(row)} data-testid={`stock-move-${row.sku.code}-${row.warehouse.code}`}>
                <SwapVertIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      ),
    },
  ];
}
