import { lazy, Suspense, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, LinearProgress, MenuItem, Paper, Stack, Tab, Tabs, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { DataGrid, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListingStatus, PriceTier } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { downloadText, stampedName } from '../../../lib/ui/download';
import { CategoriesQuery, ProductsCsvQuery, ProductsQuery } from './operations';
import { productColumns, type ProductRow } from './productColumns';
import { LISTING_STATUSES, PRICE_TIERS } from './catalogLabels';
import { ImportDialog } from './ImportDialog';
import { BulkActions } from './BulkActions';
import { CategoriesDialog } from './CategoriesDialog';

// The chart library is only fetched when the mix tab is opened.
const TierMixPanel = lazy(() => import('./TierMixPanel'));
const allSelect = (testId: string) => ({ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': testId } as object }, inputLabel: { shrink: true } });
const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** Products: the list (server paging, search, filters, sort), CSV import and export, and the 2-7-1 mix. */
export default function ProductsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { can } = useViewer();
  const canWrite = can('product:write');
  const [tab, setTab] = useState<'list' | 'mix'>('list');
  const [search, setSearch] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [listingStatus, setListingStatus] = useState<ListingStatus | ''>('');
  const [priceTier, setPriceTier] = useState<PriceTier | ''>('');
  const [importing, setImporting] = useState(false);
  const [categoriesOpen, setCategoriesOpen] = useState(false);
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [notify, notice] = useNotice();

  const where = { search: search || null, categoryId: categoryId || null, listingStatus: listingStatus || null, priceTier: priceTier || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { code: 'CODE', title: 'TITLE', updatedAt: 'UPDATED_AT', createdAt: 'CREATED_AT' } as const,
    defaultSort: { field: 'UPDATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ProductsQuery, { variables: { ...variables, where } });
  const { data: categories } = useQuery(CategoriesQuery);
  const page = (data ?? previousData)?.products;
  const columns = useMemo(() => productColumns(t, i18n.language), [t, i18n.language]);
  // "Select all" gives an exclude-model: everything on this page except the ids listed.
  const selectedIds = selection.type === 'include'
    ? [...selection.ids].map(String)
    : (page?.nodes ?? []).filter((n) => !selection.ids.has(n.id)).map((n) => n.id);

  const exportCsv = async () => {
    try {
      const result = await client.query({ query: ProductsCsvQuery, variables: { where, sort: variables.sort }, fetchPolicy: 'no-cache' });
      if (result.data) downloadText(stampedName('products'), result.data.productsCsv);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };

  return (
    <div data-testid="products-page">
      <PageHeader title={t('products.title')} subtitle={t('products.subtitle')}
        actions={(
          <>
            <Button startIcon={<DownloadIcon />} onClick={() => void exportCsv()} data-testid="products-export">{t('common.exportCsv')}</Button>
            {canWrite && <Button startIcon={<AccountTreeIcon />} onClick={() => setCategoriesOpen(true)} data-testid="products-categories">{t('products.categories')}</Button>}
            {canWrite && <Button startIcon={<UploadIcon />} onClick={() => setImporting(true)} data-testid="products-import">{t('products.import')}</Button>}
            {canWrite && (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => void navigate('/marketing/products/new')} data-testid="product-create">
                {t('products.create')}
              </Button>
            )}
          </>
        )} />
      <Tabs value={tab} onChange={(_e, v: 'list' | 'mix') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="list" label={t('products.tabList')} data-testid="products-tab-list" />
        <Tab value="mix" label={t('products.tabMix')} data-testid="products-tab-mix" />
      </Tabs>
      {tab === 'mix' && <Suspense fallback={<LinearProgress />}><TierMixPanel /></Suspense>}
      {tab === 'list' && (
        <>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }}>
            <SearchField value={search} onChange={setSearch} placeholder={t('products.searchPlaceholder')} testId="products-search" />
            <TextField select size="small" label={t('products.category')} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}
              sx={{ minWidth: 180 }} slotProps={allSelect('products-filter-category')}>
              <MenuItem value="">{t('common.all')}</MenuItem>
              {categories?.categories.map((c) => <MenuItem key={c.id} value={c.id}>{c.path}</MenuItem>)}
            </TextField>
            <TextField select size="small" label={t('products.listing')} value={listingStatus} sx={{ minWidth: 130 }}
              onChange={(e) => setListingStatus(e.target.value as ListingStatus | '')} slotProps={allSelect('products-filter-listing')}>
              <MenuItem value="">{t('common.all')}</MenuItem>
              {LISTING_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`listingStatus.${s}`)}</MenuItem>)}
            </TextField>
            <TextField select size="small" label={t('products.tier')} value={priceTier} sx={{ minWidth: 130 }}
              onChange={(e) => setPriceTier(e.target.value as PriceTier | '')} slotProps={allSelect('products-filter-tier')}>
              <MenuItem value="">{t('common.all')}</MenuItem>
              {PRICE_TIERS.map((s) => <MenuItem key={s} value={s}>{t(`priceTier.${s}`)}</MenuItem>)}
            </TextField>
          </Stack>
          {canWrite && selectedIds.length > 0 && (
            <BulkActions ids={selectedIds} onDone={(message, ok) => { notify(message, ok ? 'success' : 'error'); if (ok) setSelection(NO_SELECTION); }} />
          )}
          {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
          <Paper sx={{ height: 640 }} data-testid="products-grid">
            <DataGrid<ProductRow>
              rows={page?.nodes ?? []}
              columns={columns}
              loading={loading}
              checkboxSelection={canWrite}
              disableRowSelectionOnClick
              keepNonExistentRowsSelected
              rowSelectionModel={selection}
              onRowSelectionModelChange={setSelection}
              onRowClick={({ row }) => void navigate(`/marketing/products/${row.id}`)}
              sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
              {...gridProps(page)}
            />
          </Paper>
        </>
      )}
      {importing && (
        <ImportDialog onClose={() => setImporting(false)}
          onFinished={() => void client.refetchQueries({ include: ['Products', 'Categories', 'TierMix'] })} />
      )}
      {categoriesOpen && <CategoriesDialog onClose={() => setCategoriesOpen(false)} />}
      {notice}
    </div>
  );
}
