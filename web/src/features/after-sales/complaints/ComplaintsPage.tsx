import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AsComplaintRowFragment, ComplaintCategory, ComplaintState } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, localName } from '../../../lib/ui/format';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { ComplaintsQuery } from './operations';
import { CATEGORIES, COMPLAINT_STATES, STATE_COLOR } from './labels';

type Row = AsComplaintRowFragment;

/** Every complaint, filtered by state, category and overdue, sorted by the server; rows open the complaint. */
export default function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [state, setState] = useState<ComplaintState | ''>('');
  const [category, setCategory] = useState<ComplaintCategory | ''>('');
  const [overdue, setOverdue] = useState(false);
  const where = { search: search || null, state: state || null, category: category || null, overdue: overdue ? true : null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { code: 'CODE', receivedAt: 'RECEIVED_AT', dueAt: 'DUE_AT', resolvedAt: 'RESOLVED_AT' } as const,
    defaultSort: { field: 'RECEIVED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ComplaintsQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: variables.sort },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.complaints;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('as.complaint.code'), width: 160 },
    {
      field: 'state', headerName: t('as.complaint.state'), width: 120, sortable: false,
      renderCell: ({ row }) => <Chip size="small" color={STATE_COLOR[row.state]} label={t(`as.enum.complaintState.${row.state}`)} />,
    },
    { field: 'customer', headerName: t('as.complaint.customer'), width: 120, sortable: false, valueGetter: (_v, row) => row.customer.name },
    { field: 'category', headerName: t('as.complaint.category'), width: 110, sortable: false, valueFormatter: (v: string) => t(`as.enum.complaintCategory.${v}`) },
    { field: 'channel', headerName: t('as.complaint.channel'), width: 100, sortable: false, valueFormatter: (v: string) => t(`as.enum.complaintChannel.${v}`) },
    { field: 'content', headerName: t('as.complaint.content'), flex: 1, minWidth: 180, sortable: false },
    { field: 'department', headerName: t('as.judgment.department'), width: 110, sortable: false, valueGetter: (_v, row) => localName(row.responsibleDepartment, lang) },
    { field: 'handler', headerName: t('as.complaint.handler'), width: 100, sortable: false, valueGetter: (_v, row) => row.handler?.name ?? '' },
    { field: 'receivedAt', headerName: t('as.complaint.receivedAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, lang) },
    {
      field: 'dueAt', headerName: t('as.complaint.dueAt'), width: 150,
      renderCell: ({ row }) => (row.resolvedAt
        ? <Chip size="small" variant="outlined" color={row.resolvedWithin24h ? 'success' : 'error'} label={row.resolvedWithin24h ? t('as.complaint.within24h') : t('as.complaint.late')} />
        : <DeadlineBadge dueAt={row.dueAt} testId={`deadline-${row.code}`} />),
    },
    { field: 'resolvedAt', headerName: t('as.complaint.resolvedAt'), width: 150, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
  ], [t, lang]);

  return (
    <div data-testid="as-complaints-page">
      <PageHeader title={t('as.complaint.list')} subtitle={t('as.complaint.listSubtitle')}
        actions={can('complaint:write') && (
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/after-sales/complaints/new" data-testid="complaint-new">{t('as.complaint.new')}</Button>
        )} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('as.complaint.searchPlaceholder')} testId="complaints-search" />
        <TextField select size="small" label={t('as.complaint.state')} value={state} sx={{ minWidth: 150 }}
          onChange={(e) => setState(e.target.value as ComplaintState | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'complaints-filter-state' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {COMPLAINT_STATES.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.complaintState.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('as.complaint.category')} value={category} sx={{ minWidth: 140 }}
          onChange={(e) => setCategory(e.target.value as ComplaintCategory | '')}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {CATEGORIES.map((c) => <MenuItem key={c} value={c}>{t(`as.enum.complaintCategory.${c}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />} label={t('as.complaint.overdueOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="complaints-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/after-sales/complaints/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
          {...gridProps(page)}
        />
      </Paper>
    </div>
  );
}
