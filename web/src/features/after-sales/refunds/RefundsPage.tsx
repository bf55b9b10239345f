import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, FormControlLabel, Link, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { RefundStatus } from '../../../gql/graphql';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { RefundsQuery } from './operations';
import { REFUND_STATUSES, REFUND_STATUS_COLOR, refundStep } from './status';
import { RefundActions } from './RefundActions';

type Row = ResultOf<typeof RefundsQuery>['refunds']['nodes'][number];

/** Refunds waiting for approval first; large ones show the second-approval step and who gave the first. */
export default function RefundsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notify, notice] = useNotice();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<RefundStatus | ''>('');
  const [largeOnly, setLargeOnly] = useState(false);
  const where = { search: search || null, status: status || null, needsSecondApproval: largeOnly ? true : null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { createdAt: 'CREATED_AT', amountFen: 'AMOUNT', paidAt: 'PAID_AT' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(RefundsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: variables.sort },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.refunds;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('as.refund.code'), width: 150, sortable: false },
    {
      field: 'returnRequest', headerName: t('as.refund.request'), width: 160, sortable: false,
      renderCell: ({ row }) => <Link component={RouterLink} to={`/after-sales/returns/${row.returnRequest.id}`}>{row.returnRequest.code}</Link>,
    },
    { field: 'amountFen', headerName: t('as.refund.amount'), width: 110, type: 'number', valueFormatter: (v: number) => formatFen(v) },
    {
      field: 'status', headerName: t('as.refund.status'), width: 120, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={REFUND_STATUS_COLOR[row.status]} label={t(`as.enum.refundStatus.${row.status}`)} data-testid="refund-row-status" data-status={row.status} />,
    },
    {
      field: 'actions', headerName: t('common.actions'), width: 190, sortable: false,
      renderCell: ({ row }) => <RefundActions refund={row} notify={notify} testId={`refund-${row.code}`} />,
    },
    {
      field: 'approvals', headerName: t('as.refund.approvals'), width: 200, sortable: false,
      valueGetter: (_v, row) => [row.firstApproverLabel, row.secondApproverLabel].filter(Boolean).join(' · ') || refundStep(t, row),
    },
    { field: 'orderCode', headerName: t('as.return.order'), width: 160, sortable: false },
    { field: 'method', headerName: t('as.refund.method'), width: 100, sortable: false, valueFormatter: (v: string) => t(`paymentMethod.${v}`) },
    { field: 'reason', headerName: t('as.refund.reason'), flex: 1, minWidth: 140, sortable: false },
    { field: 'requestedByLabel', headerName: t('as.refund.requestedBy'), width: 130, sortable: false },
    { field: 'createdAt', headerName: t('as.refund.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
    { field: 'paidAt', headerName: t('as.refund.paidAt'), width: 150, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
  ], [t, lang, notify]);

  return (
    <div data-testid="as-refunds-page">
      <PageHeader title={t('as.refund.title')} subtitle={t('as.refund.subtitle')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('as.refund.searchPlaceholder')} testId="refunds-search" />
        <TextField select size="small" label={t('as.refund.status')} value={status} sx={{ minWidth: 160 }}
          onChange={(e) => setStatus(e.target.value as RefundStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'refunds-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {REFUND_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.refundStatus.${s}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={largeOnly} onChange={(e) => setLargeOnly(e.target.checked)} />} label={t('as.refund.largeOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="refunds-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
      </Paper>
      {notice}
    </div>
  );
}
