import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, FormControlLabel, Paper, Stack, Switch, TextField } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { ConversationsQuery } from './operations';
import { ResponseStatsCard } from './ResponseStatsCard';
import { ConversationDialog } from './ConversationDialog';

type Row = ResultOf<typeof ConversationsQuery>['conversations']['nodes'][number];

/** The chat records (聊天记录): searchable by text and date, with first-response and average response times against 20 s. */
export default function ConversationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useViewer();
  const [text, setText] = useState('');
  const [slow, setSlow] = useState(false);
  const [mine, setMine] = useState(can('conversation:write') && !can('customer:assign'));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const where = {
    text: text.trim() || null, slowFirstResponse: slow || null, mine,
    from: from ? new Date(`${from}T00:00:00+08:00`).toISOString() : null,
    to: to ? new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString() : null,
  };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { startedAt: 'TIME' } as const, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ConversationsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.conversations;
  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'startedAt', headerName: t('cs.chat.startedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
    { field: 'customer', headerName: t('cs.customer.name'), flex: 1, minWidth: 120, sortable: false, valueGetter: (_v, row) => row.customer.name },
    { field: 'staff', headerName: t('cs.chat.staff'), width: 110, sortable: false, valueGetter: (_v, row) => row.staff?.name ?? '' },
    { field: 'channel', headerName: t('cs.customer.channel'), width: 90, sortable: false, valueFormatter: (v: string) => t(`cs.enum.channel.${v}`) },
    { field: 'messageCount', headerName: t('cs.chat.messages'), width: 80, type: 'number', sortable: false },
    {
      field: 'firstResponseSeconds', headerName: t('cs.chat.firstResponse'), width: 130, sortable: false,
      renderCell: ({ row }) => (
        <Chip size="small" color={row.firstResponseWithinTarget ? 'success' : 'error'} data-testid="first-response"
          label={row.firstResponseSeconds === null || row.firstResponseSeconds === undefined ? t('cs.chat.unanswered') : `${row.firstResponseSeconds} s`} />
      ),
    },
    { field: 'avgResponseSeconds', headerName: t('cs.chat.avgResponse'), width: 110, sortable: false, valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} s`) },
    { field: 'unansweredCount', headerName: t('cs.chat.unansweredCount'), width: 90, type: 'number', sortable: false },
  ], [t, lang]);

  return (
    <div data-testid="cs-conversations-page">
      <PageHeader title={t('cs.chat.title')} subtitle={t('cs.chat.subtitle')} />
      <ResponseStatsCard />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }} useFlexGap>
        <SearchField value={text} onChange={setText} placeholder={t('cs.chat.searchPlaceholder')} testId="conversations-search" />
        <TextField size="small" type="date" label={t('cs.chat.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" type="date" label={t('cs.chat.to')} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <FormControlLabel control={<Switch checked={slow} onChange={(e) => setSlow(e.target.checked)} />} label={t('cs.chat.slowOnly')} />
        <FormControlLabel control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} />} label={t('cs.callbacks.onlyMine')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 560 }} data-testid="conversations-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => setOpen(row.id)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {open && <ConversationDialog id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
