import { Button, Chip, Stack, Typography } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import type { PriceChangesQuery } from './operations';

export type PriceChangeRow = ResultOf<typeof PriceChangesQuery>['priceChanges']['nodes'][number];
const STATUS_COLOR = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'error', CANCELLED: 'default' } as const;

/** The change as a signed percentage of the current price; empty without one. */
function changePercent(row: PriceChangeRow): string {
  if (!row.currentFen) return '';
  const pct = ((row.proposedFen - row.currentFen) / row.currentFen) * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

export interface DecideActions {
  approve: (row: PriceChangeRow) => void;
  reject: (row: PriceChangeRow) => void;
  history: (row: PriceChangeRow) => void;
}

export function priceChangeColumns(t: TFunction, lang: string, myId: string | undefined, pending: boolean, actions: DecideActions): GridColDef<PriceChangeRow>[] {
  const columns: GridColDef<PriceChangeRow>[] = [
    { field: 'sku', headerName: t('inventory.skuCode'), width: 150, sortable: false, valueGetter: (_v, row) => row.sku.code },
    { field: 'product', headerName: t('inventory.product'), flex: 1, minWidth: 180, sortable: false, valueGetter: (_v, row) => skuTitle(row.sku) },
    { field: 'kind', headerName: t('prices.kind'), width: 90, sortable: false, valueFormatter: (v: string) => t(`priceKind.${v}`) },
    {
      field: 'change', headerName: t('prices.change'), width: 210, sortable: false,
      renderCell: ({ row }) => (
        <Typography variant="body2" sx={{ lineHeight: '52px' }} data-testid={`price-change-${row.sku.code}`}>
          {formatFen(row.currentFen)} → <b>{formatFen(row.proposedFen)}</b> {changePercent(row)}
        </Typography>
      ),
    },
    { field: 'reason', headerName: t('prices.reason'), flex: 1, minWidth: 160, sortable: false },
    {
      field: 'proposedByName', headerName: t('prices.proposer'), width: 140, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          <span>{row.proposedByName}</span>
          {row.proposedById === myId && <Chip size="small" variant="outlined" label={t('prices.mine')} />}
        </Stack>
      ),
    },
    { field: 'createdAt', headerName: t('prices.proposedAt'), width: 150, sortable: false, valueFormatter: (v: string) => formatDateTime(v, lang) },
  ];
  if (!pending) {
    columns.push(
      {
        field: 'status', headerName: t('inventory.status'), width: 100, sortable: false,
        renderCell: ({ row }) => <Chip size="small" color={STATUS_COLOR[row.status]} label={t(`priceChangeStatus.${row.status}`)} />,
      },
      {
        field: 'decision', headerName: t('prices.decision'), width: 220, sortable: false,
        valueGetter: (_v, row) => [row.decidedByName, formatDateTime(row.decidedAt, lang), row.decisionNote].filter(Boolean).join(' · '),
      },
    );
  }
  columns.push({
    field: 'actions', headerName: t('common.actions'), width: pending ? 210 : 90, sortable: false,
    renderCell: ({ row }) => (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
        {pending && <Button size="small" color="success" variant="contained" onClick={() => actions.approve(row)} data-testid={`price-approve-${row.sku.code}`}>{t('prices.approve')}</Button>}
        {pending && <Button size="small" color="warning" onClick={() => actions.reject(row)} data-testid={`price-reject-${row.sku.code}`}>{t('prices.reject')}</Button>}
        <Button size="small" onClick={() => actions.history(row)}>{t('common.history')}</Button>
      </Stack>
    ),
  });
  return columns;
}
