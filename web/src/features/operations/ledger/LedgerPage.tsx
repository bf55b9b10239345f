import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/Download';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { LedgerCategory, LedgerDirection } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { downloadText, stampedName } from '../../../lib/ui/download';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { LEDGER_CATEGORIES, shopToday } from '../../../lib/orders/labels';
import { LedgerEntriesCsvQuery, LedgerEntriesQuery, LedgerTotalsCsvQuery } from './operations';
import { LedgerChart, type LedgerPeriodKind } from './LedgerChart';
import { LedgerEntryDialog } from './LedgerEntryDialog';

type Row = ResultOf<typeof LedgerEntriesQuery>['ledgerEntries']['nodes'][number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The income and expense ledger (收支账): totals per day or month, the entries, manual entries and CSV. */
export default function LedgerPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const client = useApolloClient();
  const [notify, notice] = useNotice();
  const [from, setFrom] = useState(() => shopToday(-29));
  const [to, setTo] = useState(() => shopToday());
  const [period, setPeriod] = useState<LedgerPeriodKind>('DAY');
  const [category, setCategory] = useState<LedgerCategory | ''>('');
  const [direction, setDirection] = useState<LedgerDirection | ''>('');
  const [search, setSearch] = useState('');
  const [recording, setRecording] = useState(false);
  const [exporting, setExporting] = useState(false);
  const rangeOk = DAY.test(from) && DAY.test(to) && from <= to;

  const where = { fromDay: rangeOk ? from : null, toDay: rangeOk ? to : null, category: category || null, direction: direction || null, search: search || null };
  const { variables, gridProps } = useConnectionGrid<'TIME'>({
    sortFields: { occurredAt: 'TIME' }, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(LedgerEntriesQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.ledgerEntries;

  const exportCsv = async (kind: 'entries' | 'totals') => {
    setExporting(true);
    try {
      if (kind === 'entries') {
        const result = await client.query({ query: LedgerEntriesCsvQuery, variables: { where }, fetchPolicy: 'no-cache' });
        if (result.data) downloadText(stampedName('ledger'), result.data.ledgerEntriesCsv);
      } else {
        const monthly = period === 'MONTH';
        const result = await client.query({ query: LedgerTotalsCsvQuery, fetchPolicy: 'no-cache',
          variables: { period, from: monthly ? from.slice(0, 7) : from, to: monthly ? to.slice(0, 7) : to } });
        if (result.data) downloadText(stampedName(monthly ? 'ledger-monthly' : 'ledger-daily'), result.data.ledgerTotalsCsv);
      }
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      setExporting(false);
    }
  };

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'occurredAt', headerName: t('ledger.occurredAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'category', headerName: t('ledger.category'), width: 110, sortable: false, valueGetter: (_v, row) => t(`ledgerCategory.${row.category}`) },
    { field: 'direction', headerName: t('ledger.direction'), width: 80, sortable: false, valueGetter: (_v, row) => t(`ledgerDirection.${row.direction}`) },
    {
      field: 'amountFen', headerName: t('ledger.amount'), width: 120, sortable: false, align: 'right', headerAlign: 'right',
      valueGetter: (_v, row) => (row.direction === 'EXPENSE' ? -row.amountFen : row.amountFen),
      renderCell: ({ value }) => <span style={{ color: (value as number) < 0 ? '#c62828' : '#2e7d32' }}>{formatFen(value as number)}</span>,
    },
    { field: 'reference', headerName: t('ledger.reference'), width: 160, sortable: false },
    {
      field: 'source', headerName: t('ledger.source'), width: 170, sortable: false,
      valueGetter: (_v, row) => (row.sourceType && row.sourceType !== 'Manual'
        ? `${t(`ledger.sourceType.${row.sourceType}`, { defaultValue: row.sourceType })} ${row.sourceId ?? ''}` : t('ledger.manual')),
    },
    { field: 'actor', headerName: t('ledger.actor'), width: 100, sortable: false, valueGetter: (_v, row) => row.actor?.name ?? row.actorLabel },
    { field: 'note', headerName: t('ledger.note'), flex: 1, minWidth: 160, sortable: false },
  ], [t, i18n.language]);

  return (
    <div data-testid="ledger-page">
      <PageHeader title={t('ledger.title')} subtitle={t('ledger.subtitle')}
        actions={(
          <>
            <Button startIcon={<DownloadIcon />} variant="outlined" disabled={exporting || !rangeOk} onClick={() => void exportCsv('totals')} data-testid="ledger-export-totals">{t('ledger.exportTotals')}</Button>
            <Button startIcon={<DownloadIcon />} variant="outlined" disabled={exporting} onClick={() => void exportCsv('entries')} data-testid="ledger-export">{t('ledger.exportEntries')}</Button>
            {can('ledger:write') && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setRecording(true)} data-testid="ledger-record">{t('ledger.record')}</Button>}
          </>
        )} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <TextField type="date" size="small" label={t('ledger.from')} value={from} onChange={(e) => setFrom(e.target.value)}
          error={!rangeOk} helperText={rangeOk ? undefined : t('ledger.rangeInvalid')} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'ledger-from' } }} />
        <TextField type="date" size="small" label={t('ledger.to')} value={to} onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'ledger-to' } }} />
        <TextField select size="small" label={t('ledger.category')} value={category} sx={{ minWidth: 130 }} onChange={(e) => setCategory(e.target.value as LedgerCategory | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'ledger-filter-category' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {LEDGER_CATEGORIES.map((c) => <MenuItem key={c} value={c}>{t(`ledgerCategory.${c}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('ledger.direction')} value={direction} sx={{ minWidth: 100 }} onChange={(e) => setDirection(e.target.value as LedgerDirection | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'ledger-filter-direction' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="INCOME">{t('ledgerDirection.INCOME')}</MenuItem>
          <MenuItem value="EXPENSE">{t('ledgerDirection.EXPENSE')}</MenuItem>
        </TextField>
        <SearchField value={search} onChange={setSearch} placeholder={t('ledger.searchPlaceholder')} testId="ledger-search" />
      </Stack>
      {rangeOk && <LedgerChart from={from} to={to} period={period} onPeriod={setPeriod} />}
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 560 }} data-testid="ledger-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
      </Paper>
      {recording && <LedgerEntryDialog onClose={() => setRecording(false)} onDone={() => { setRecording(false); notify(t('ledger.recorded')); }} />}
      {notice}
    </div>
  );
}
