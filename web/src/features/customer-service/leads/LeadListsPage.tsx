import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Chip, Paper, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatShare } from '../../../lib/ui/format';
import { LeadListsQuery } from './operations';
import { LeadListPanel } from './LeadListPanel';

type Row = ResultOf<typeof LeadListsQuery>['leadLists']['nodes'][number];
const share = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatShare(v));

/** Telemarketing lead lists (数据清单) per campaign: list use, conversions against the target, refusal reasons, staff performance. */
export default function LeadListsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const where = { search: search.trim() || null };
  const { variables, gridProps } = useConnectionGrid({ sortFields: {}, resetKey: JSON.stringify(where) });
  const { data, previousData, loading, error } = useQuery(LeadListsQuery, { variables: { first: variables.first, after: variables.after, where } });
  const page = (data ?? previousData)?.leadLists;
  const current = page?.nodes.find((l) => l.id === selected) ?? null;
  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'name', headerName: t('cs.leads.name'), flex: 1, minWidth: 150, sortable: false },
    { field: 'campaign', headerName: t('cs.leads.campaign'), width: 160, sortable: false },
    { field: 'status', headerName: t('cs.callbacks.status'), width: 90, sortable: false, valueFormatter: (v: string) => t(`cs.enum.leadListStatus.${v}`) },
    { field: 'leads', headerName: t('cs.leads.col.leads'), width: 80, type: 'number', sortable: false, valueGetter: (_v, row) => row.summary.leads },
    { field: 'utilisation', headerName: t('cs.leads.utilisation'), width: 100, sortable: false, valueGetter: (_v, row) => share(row.summary.utilisation) },
    { field: 'converted', headerName: t('cs.leads.col.converted'), width: 90, type: 'number', sortable: false, valueGetter: (_v, row) => row.summary.converted },
    { field: 'conversionRate', headerName: t('cs.leads.conversionRate'), width: 100, sortable: false, valueGetter: (_v, row) => share(row.summary.conversionRate) },
    {
      field: 'target', headerName: t('cs.leads.target'), width: 130, sortable: false,
      renderCell: ({ row }) => (row.targetConversions
        ? <Chip size="small" color={row.summary.targetAchieved ? 'success' : 'default'} label={`${row.summary.converted}/${row.targetConversions}`} /> : '—'),
    },
  ], [t]);
  return (
    <div data-testid="cs-leads-page">
      <PageHeader title={t('cs.leads.title')} subtitle={t('cs.leads.subtitle')} />
      <Stack direction="row" sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('cs.leads.searchPlaceholder')} testId="leads-search" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 360, mb: 2 }} data-testid="lead-lists-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => setSelected(row.id)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {current ? (
        <>
          <Typography variant="h6" sx={{ mb: 1 }}>{current.name}</Typography>
          <LeadListPanel list={current} />
        </>
      ) : <Typography color="text.secondary">{t('cs.leads.pick')}</Typography>}
    </div>
  );
}
