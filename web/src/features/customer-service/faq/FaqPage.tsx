import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { QuickReplyKind, QuickReplySortField } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { QuickRepliesQuery, UseQuickReplyMutation } from './operations';
import { QuickReplyDialog } from './QuickReplyDialog';

type Row = ResultOf<typeof QuickRepliesQuery>['quickReplies']['nodes'][number];

/** Copies text; a clipboard API that is refused or never answers (no permission) falls back to a selection copy. */
async function copyText(text: string) {
  try {
    await Promise.race([
      navigator.clipboard.writeText(text),
      new Promise((_resolve, reject) => { setTimeout(() => reject(new Error('clipboard timeout')), 800); }),
    ]);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** The quick-reply and FAQ library (快捷短语、FAQ库): search, copy (counted), most used first. */
export default function FaqPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [notify, notice] = useNotice();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<QuickReplyKind | ''>('');
  const [creating, setCreating] = useState(false);
  const [countUse] = useMutation(UseQuickReplyMutation);
  const where = { search: search.trim() || null, kind: kind || null };
  const { variables, gridProps } = useConnectionGrid<QuickReplySortField>({
    sortFields: { title: 'TITLE', usageCount: 'USAGE' }, defaultSort: { field: 'USAGE', direction: 'DESC' }, resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(QuickRepliesQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.quickReplies;

  const columns = useMemo<GridColDef<Row>[]>(() => {
    const copy = async (row: Row) => {
      const counted = can('conversation:write') ? countUse({ variables: { input: { id: row.id } } }).catch(() => undefined) : Promise.resolve();
      await copyText(row.content);
      await counted;
      notify(t('common.copied'));
    };
    return [
      { field: 'kind', headerName: t('cs.faq.kind'), width: 90, sortable: false, valueFormatter: (v: string) => t(`cs.enum.quickReplyKind.${v}`) },
      { field: 'category', headerName: t('cs.faq.category'), width: 100, sortable: false },
      { field: 'title', headerName: t('cs.faq.title'), width: 200 },
      { field: 'content', headerName: t('cs.faq.content'), flex: 1, minWidth: 240, sortable: false },
      { field: 'usageCount', headerName: t('cs.faq.usage'), width: 90, type: 'number' },
      {
        field: 'copy', headerName: '', width: 100, sortable: false,
        renderCell: ({ row }) => (
          <Button size="small" startIcon={<ContentCopyIcon />} onClick={(e) => { e.stopPropagation(); void copy(row); }} data-testid="faq-copy">{t('common.copy')}</Button>
        ),
      },
    ];
  }, [t, can, countUse, notify]);

  return (
    <div data-testid="cs-faq-page">
      <PageHeader title={t('cs.faq.pageTitle')} subtitle={t('cs.faq.subtitle')}
        actions={can('conversation:write') && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="faq-create">{t('cs.faq.create')}</Button>} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('cs.faq.searchPlaceholder')} testId="faq-search" />
        <TextField select size="small" label={t('cs.faq.kind')} value={kind} onChange={(e) => setKind(e.target.value as QuickReplyKind | '')} sx={{ minWidth: 130 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="QUICK_REPLY">{t('cs.enum.quickReplyKind.QUICK_REPLY')}</MenuItem>
          <MenuItem value="FAQ">{t('cs.enum.quickReplyKind.FAQ')}</MenuItem>
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }} data-testid="faq-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick getRowHeight={() => 'auto'}
          sx={{ '& .MuiDataGrid-cell': { py: 1 } }} {...gridProps(page)} />
      </Paper>
      {creating && <QuickReplyDialog onClose={() => setCreating(false)} onCreated={() => { setCreating(false); notify(t('common.saved')); }} />}
      {notice}
    </div>
  );
}
