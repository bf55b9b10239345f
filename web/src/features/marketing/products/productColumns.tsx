import { Chip, Stack } from '@mui/material';
import StarIcon from '@mui/icons-material/Star';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import type { ProductsQuery } from './operations';
import { TIER_COLOR } from './catalogLabels';

export type ProductRow = ResultOf<typeof ProductsQuery>['products']['nodes'][number];

/** The price range of a product's active SKUs: ¥12.00 or ¥12.00 – ¥88.00. */
export function priceRange(min: number | null | undefined, max: number | null | undefined): string {
  if (min === null || min === undefined) return '—';
  return min === max || max === null || max === undefined ? formatFen(min) : `${formatFen(min)} – ${formatFen(max)}`;
}

/** Columns of the product grid; sortable ones map to ProductSortField in ProductsPage. */
export function productColumns(t: TFunction, lang: string): GridColDef<ProductRow>[] {
  return [
    { field: 'code', headerName: t('products.code'), width: 130 },
    {
      field: 'title', headerName: t('products.productTitle'), flex: 1.5, minWidth: 220,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {row.showcase && <StarIcon fontSize="small" color="secondary" titleAccess={t('products.showcase')} />}
          <span>{row.title}</span>
        </Stack>
      ),
    },
    { field: 'category', headerName: t('products.category'), width: 150, sortable: false, valueGetter: (_v, row) => row.category?.path ?? '' },
    {
      field: 'priceTier', headerName: t('products.tier'), width: 100, sortable: false,
      renderCell: ({ row }) => <Chip size="small" variant="outlined" color={TIER_COLOR[row.priceTier]} label={t(`priceTier.${row.priceTier}`)} />,
    },
    {
      field: 'listingStatus', headerName: t('products.listing'), width: 90, sortable: false,
      renderCell: ({ row }) => (
        <Chip size="small" color={row.listingStatus === 'ON_SHELF' ? 'success' : 'default'} label={t(`listingStatus.${row.listingStatus}`)} />
      ),
    },
    {
      field: 'price', headerName: t('products.price'), width: 170, sortable: false, align: 'right', headerAlign: 'right',
      valueGetter: (_v, row) => priceRange(row.minPriceFen, row.maxPriceFen),
    },
    { field: 'skuCount', headerName: t('products.skuCount'), width: 80, type: 'number', sortable: false, valueGetter: (_v, row) => row.skus.length },
    { field: 'updatedAt', headerName: t('inventory.updatedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
  ];
}
