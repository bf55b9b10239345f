import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { BadReviewCause, ReviewHandlingStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { ReviewsQuery } from './operations';
import { HANDLING_COLOR, HANDLING_STATUSES, REVIEW_CAUSES, stars } from './status';
import { ImportReviewsDialog } from './ImportReviewsDialog';
import { CreateReviewDialog } from './CreateReviewDialog';

type Row = ResultOf<typeof ReviewsQuery>['reviews']['nodes'][number];

/** Buyer reviews: bad ones needing handling first by default; reply and handle by cause on the review's page. */
export default function ReviewsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [badOnly, setBadOnly] = useState(true);
  const [status, setStatus] = useState<ReviewHandlingStatus | ''>('');
  const [cause, setCause] = useState<BadReviewCause | ''>('');
  const [unreplied, setUnreplied] = useState(false);
  const [dialog, setDialog] = useState<'import' | 'create' | null>(null);
  const where = { search: search || null, bad: badOnly ? true : null, handlingStatus: status || null, cause: cause || null, replied: unreplied ? false : null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { reviewedAt: 'REVIEWED_AT', rating: 'RATING', createdAt: 'CREATED_AT' } as const,
    defaultSort: { field: 'REVIEWED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ReviewsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: variables.sort },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.reviews;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    {
      field: 'rating', headerName: t('as.review.rating'), width: 110,
      renderCell: ({ row }) => <Typography variant="body2" color={row.isBad ? 'error' : 'warning.main'} sx={{ lineHeight: 'inherit' }}>{stars(row.rating)}</Typography>,
    },
    { field: 'buyerName', headerName: t('as.review.buyer'), width: 120, sortable: false },
    { field: 'text', headerName: t('as.review.text'), flex: 1, minWidth: 200, sortable: false },
    { field: 'product', headerName: t('as.review.product'), width: 160, sortable: false, valueGetter: (_v, row) => row.product?.title ?? row.sku?.code ?? '' },
    { field: 'orderCode', headerName: t('as.review.order'), width: 150, sortable: false },
    { field: 'platform', headerName: t('as.review.platform'), width: 80, sortable: false, valueFormatter: (v: string) => t(`as.enum.platform.${v}`) },
    {
      field: 'handlingStatus', headerName: t('as.review.handling'), width: 110, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={HANDLING_COLOR[row.handlingStatus]} label={t(`as.enum.handlingStatus.${row.handlingStatus}`)} data-testid="review-row-status" data-status={row.handlingStatus} />,
    },
    { field: 'cause', headerName: t('as.review.cause'), width: 100, sortable: false, valueFormatter: (v: string | null) => (v ? t(`as.enum.reviewCause.${v}`) : '') },
    { field: 'repliedAt', headerName: t('as.review.replied'), width: 80, sortable: false, valueFormatter: (v: string | null) => (v ? t('common.yes') : t('common.no')) },
    { field: 'reviewedAt', headerName: t('as.review.reviewedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
  ], [t, lang]);

  return (
    <div data-testid="as-reviews-page">
      <PageHeader title={t('as.review.title')} subtitle={t('as.review.subtitle')}
        actions={can('review:write') && (
          <>
            <Button startIcon={<UploadFileIcon />} onClick={() => setDialog('import')} data-testid="reviews-import-open">{t('as.review.import')}</Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog('create')} data-testid="review-create-open">{t('as.review.create')}</Button>
          </>
        )} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('as.review.searchPlaceholder')} testId="reviews-search" />
        <FormControlLabel control={<Switch checked={badOnly} onChange={(e) => setBadOnly(e.target.checked)} slotProps={{ input: { 'data-testid': 'reviews-bad-only' } as object }} />} label={t('as.review.badOnly')} />
        <TextField select size="small" label={t('as.review.handling')} value={status} sx={{ minWidth: 130 }}
          onChange={(e) => setStatus(e.target.value as ReviewHandlingStatus | '')} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {HANDLING_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.handlingStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('as.review.cause')} value={cause} sx={{ minWidth: 120 }}
          onChange={(e) => setCause(e.target.value as BadReviewCause | '')} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {REVIEW_CAUSES.map((c) => <MenuItem key={c} value={c}>{t(`as.enum.reviewCause.${c}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={unreplied} onChange={(e) => setUnreplied(e.target.checked)} />} label={t('as.review.unrepliedOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="reviews-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/after-sales/reviews/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
      {dialog === 'import' && <ImportReviewsDialog onClose={() => setDialog(null)} />}
      {dialog === 'create' && <CreateReviewDialog onClose={() => setDialog(null)} onCreated={(id) => void navigate(`/after-sales/reviews/${id}`)} />}
    </div>
  );
}
