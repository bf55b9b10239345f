import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Drawer, IconButton, MenuItem, Stack, TextField, Toolbar, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatSigned } from '../../../lib/ui/format';
import { MOVEMENT_TYPES } from '../../../lib/inventory/movementTypes';
import { StockMovementsQuery } from './operations';
import type { MovementRow, StockTarget } from './types';

/** The ledger of one SKU in one warehouse, newest first: every movement with its source, actor and reason. */
export function LedgerDrawer({ target, onClose, onMovement }: {
  target: StockTarget;
  onClose: () => void;
  /** Null when the viewer may not post movements. */
  onMovement: ((target: StockTarget) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const [type, setType] = useState('');
  const where = { skuId: target.skuId, warehouseId: target.warehouseId, type: (type || null) as MovementRow['type'] | null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { at: 'TIME' } as const,
    defaultSort: { field: 'TIME', direction: 'DESC' },
    pageSize: 25,
    resetKey: JSON.stringify(where),
  });
  const direction = variables.sort?.direction ?? 'DESC';
  const { data, previousData, loading, error } = useQuery(StockMovementsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction } },
  });
  const page = (data ?? previousData)?.stockMovements;

  const columns = useMemo<GridColDef<MovementRow>[]>(() => [
    { field: 'at', headerName: t('inventory.time'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'type', headerName: t('inventory.movementType'), width: 110, sortable: false, valueFormatter: (v: string) => t(`movementType.${v}`) },
    {
      field: 'quantity', headerName: t('inventory.quantity'), width: 80, type: 'number', sortable: false,
      valueFormatter: (v: number) => formatSigned(v),
      cellClassName: ({ value }) => ((value as number) < 0 ? 'ledger-out' : 'ledger-in'),
    },
    { field: 'onHandAfter', headerName: t('stock.onHandAfter'), width: 90, type: 'number', sortable: false },
    {
      field: 'reference', headerName: t('stock.reference'), width: 150, sortable: false,
      valueGetter: (_v, row) => [row.referenceType, row.referenceId].filter(Boolean).join(' '),
    },
    { field: 'actorLabel', headerName: t('inventory.actor'), width: 110, sortable: false, valueGetter: (_v, row) => row.actor?.name ?? row.actorLabel },
    { field: 'reason', headerName: t('inventory.reason'), flex: 1, minWidth: 140, sortable: false },
  ], [t, i18n.language]);

  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 900 } } } }}>
      <Toolbar />
      <Box sx={{ p: 2 }} data-testid="ledger-drawer">
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="h6">{t('stock.ledgerTitle', { sku: target.skuCode })}</Typography>
            <Typography color="text.secondary">{[target.skuTitle, target.warehouseLabel].filter(Boolean).join(' · ')}</Typography>
          </Box>
          {onMovement && (
            <Button startIcon={<SwapVertIcon />} variant="outlined" onClick={() => onMovement(target)} data-testid="ledger-new-movement">
              {t('stock.newMovement')}
            </Button>
          )}
          <IconButton onClick={onClose} aria-label={t('common.close')} data-testid="ledger-close"><CloseIcon /></IconButton>
        </Stack>
        <TextField select size="small" label={t('inventory.movementType')} value={type} onChange={(e) => setType(e.target.value)}
          sx={{ minWidth: 180, mb: 2 }} slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'ledger-type' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {MOVEMENT_TYPES.map((m) => <MenuItem key={m} value={m}>{t(`movementType.${m}`)}</MenuItem>)}
        </TextField>
        {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
        <Box sx={{ height: 560 }} data-testid="ledger-grid">
          <DataGrid<MovementRow>
            rows={page?.nodes ?? []}
            columns={columns}
            loading={loading}
            disableRowSelectionOnClick
            sx={{ '& .ledger-out': { color: 'error.main' }, '& .ledger-in': { color: 'success.dark' } }}
            {...gridProps(page)}
          />
        </Box>
      </Box>
    </Drawer>
  );
}
