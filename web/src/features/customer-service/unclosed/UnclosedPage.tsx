import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { UnclosedReason, UnclosedStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { UnclosedPurchasesQuery } from './operations';

type Row = ResultOf<typeof UnclosedPurchasesQuery>['unclosedPurchases']['nodes'][number];
const REASONS: UnclosedReason[] = ['PRICE', 'SHIPPING', 'STOCK', 'COMPARING', 'HESITATING', 'PAYMENT', 'OTHER'];
const STATUSES: UnclosedStatus[] = ['OPEN', 'CONVERTED', 'LOST'];
const INTENT_COLOR = { HIGH: 'success', MEDIUM: 'primary', LOW: 'default' } as const;

/** The unclosed-purchase register (未成交登记): buyers who asked but did not buy; intent buyers and due follow-ups on top. */
export default function UnclosedPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [intentOnly, setIntentOnly] = useState(false);
  const [dueOnly, setDueOnly] = useState(false);
  const [mine, setMine] = useState(can('conversation:write') && !can('customer:assign'));
  const [reason, setReason] = useState<UnclosedReason | ''>('');
  const [status, setStatus] = useState<UnclosedStatus | ''>('OPEN');
  const where = { intentBuyersOnly: intentOnly || null, followUpDue: dueOnly || null, mine, reason: reason || null, status: status || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { askedAt: 'TIME' } as const, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(UnclosedPurchasesQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.unclosedPurchases;
  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'askedAt', headerName: t('cs.unclosed.askedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
    { field: 'customer', headerName: t('cs.customer.name'), width: 130, sortable: false, valueGetter: (_v, row) => row.customer.name },
    { field: 'productInterest', headerName: t('cs.unclosed.interest'), flex: 1, minWidth: 160, sortable: false },
    {
      field: 'reason', headerName: t('cs.unclosed.reason'), width: 160, sortable: false,
      valueGetter: (_v, row) => `${t(`cs.enum.unclosedReason.${row.reason}`)}${row.reasonNote ? `：${row.reasonNote}` : ''}`,
    },
    {
      field: 'intent', headerName: t('cs.unclosed.intent'), width: 110, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={INTENT_COLOR[row.intent]} label={t(`cs.enum.intent.${row.intent}`)} />,
    },
    { field: 'status', headerName: t('cs.callbacks.status'), width: 90, sortable: false, valueFormatter: (v: string) => t(`cs.enum.unclosedStatus.${v}`) },
    { field: 'nextFollowUpAt', headerName: t('cs.unclosed.nextFollowUp'), width: 150, sortable: false, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
    { field: 'followUpCount', headerName: t('cs.unclosed.followUps'), width: 80, type: 'number', sortable: false },
    { field: 'staff', headerName: t('cs.contact.staff'), width: 100, sortable: false, valueGetter: (_v, row) => row.staff?.name ?? '' },
  ], [t, lang]);

  return (
    <div data-testid="cs-unclosed-page">
      <PageHeader title={t('cs.unclosed.title')} subtitle={t('cs.unclosed.subtitle')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }} useFlexGap>
        <TextField select size="small" label={t('cs.unclosed.reason')} value={reason} onChange={(e) => setReason(e.target.value as UnclosedReason | '')} sx={{ minWidth: 140 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {REASONS.map((r) => <MenuItem key={r} value={r}>{t(`cs.enum.unclosedReason.${r}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('cs.callbacks.status')} value={status} onChange={(e) => setStatus(e.target.value as UnclosedStatus | '')} sx={{ minWidth: 120 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`cs.enum.unclosedStatus.${s}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={intentOnly} onChange={(e) => setIntentOnly(e.target.checked)} />} label={t('cs.unclosed.intentOnly')} />
        <FormControlLabel control={<Switch checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} />} label={t('cs.unclosed.dueOnly')} />
        <FormControlLabel control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} />} label={t('cs.callbacks.onlyMine')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }} data-testid="unclosed-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/customer-service/customers/${row.customer.id}`)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
    </div>
  );
}
