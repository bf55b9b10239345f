import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, MenuItem, Paper, Stack, Tab, Tabs, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { SupplierGrade, SupplierStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { StatusChip } from '../shared/StatusChip';
import { SUPPLIER_GRADES, SUPPLIER_STATUSES, SuppliersQuery } from './operations';
import { CreateSupplierDialog } from './CreateSupplierDialog';
import { RankingPanel } from './RankingPanel';

type Row = ResultOf<typeof SuppliersQuery>['suppliers']['nodes'][number];

/** Suppliers with grade, status and latest composite score; a second tab ranks them for a period. */
export default function SuppliersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [tab, setTab] = useState<'list' | 'ranking'>('list');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<SupplierStatus | ''>('');
  const [grade, setGrade] = useState<SupplierGrade | ''>('');
  const [creating, setCreating] = useState(false);
  const where = { search: search || null, status: status || null, grade: grade || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { code: 'CODE', name: 'NAME', grade: 'GRADE', status: 'STATUS', createdAt: 'CREATED_AT' } as const,
    defaultSort: { field: 'NAME', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(SuppliersQuery, { variables: { ...variables, where }, skip: tab !== 'list' });
  const page = (data ?? previousData)?.suppliers;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.suppliers.partnerCode'), width: 140 },
    {
      field: 'name', headerName: t('proc.suppliers.name'), flex: 1, minWidth: 180,
      renderCell: ({ row }) => <>{row.name}{!row.partner.active && <Chip size="small" sx={{ ml: 1 }} label={t('proc.suppliers.inactive')} />}</>,
    },
    { field: 'grade', headerName: t('proc.suppliers.grade'), width: 120, valueGetter: (_v, row) => t(`proc.enum.grade.${row.grade}`) },
    { field: 'status', headerName: t('proc.common.status'), width: 120, renderCell: ({ row }) => <StatusChip kind="supplierStatus" status={row.status} /> },
    { field: 'categories', headerName: t('proc.suppliers.categories'), flex: 1, minWidth: 160, sortable: false, valueGetter: (_v, row) => row.categories.join('、') },
    {
      field: 'score', headerName: t('proc.score.composite'), width: 130, sortable: false, type: 'number',
      valueGetter: (_v, row) => row.latestScore?.composite ?? null,
      valueFormatter: (v: number | null, row) => (v == null ? '—' : `${v.toFixed(1)} (${row.latestScore?.period})`),
    },
    { field: 'contact', headerName: t('proc.suppliers.contactName'), width: 150, sortable: false, valueGetter: (_v, row) => [row.partner.contactName, row.partner.contactPhone].filter(Boolean).join(' ') },
  ], [t]);

  return (
    <div data-testid="suppliers-page">
      <PageHeader title={t('proc.suppliers.title')} subtitle={t('proc.suppliers.subtitle')}
        actions={can(['partner:manage', 'supplier:write']) && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="supplier-create">{t('proc.suppliers.create')}</Button>
        )} />
      <Tabs value={tab} onChange={(_e, v: 'list' | 'ranking') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="list" label={t('proc.suppliers.title')} data-testid="suppliers-tab-list" />
        <Tab value="ranking" label={t('proc.score.ranking')} data-testid="suppliers-tab-ranking" />
      </Tabs>
      {tab === 'ranking' ? <RankingPanel onOpen={(id) => void navigate(`/procurement/suppliers/${id}`)} /> : (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <SearchField value={search} onChange={setSearch} placeholder={t('proc.suppliers.searchPlaceholder')} testId="supplier-search" />
            <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 140 }}
              onChange={(e) => setStatus(e.target.value as SupplierStatus | '')}
              slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'supplier-filter-status' } as object }, inputLabel: { shrink: true } }}>
              <MenuItem value="">{t('common.all')}</MenuItem>
              {SUPPLIER_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.supplierStatus.${s}`)}</MenuItem>)}
            </TextField>
            <TextField select size="small" label={t('proc.suppliers.grade')} value={grade} sx={{ minWidth: 140 }}
              onChange={(e) => setGrade(e.target.value as SupplierGrade | '')}
              slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'supplier-filter-grade' } as object }, inputLabel: { shrink: true } }}>
              <MenuItem value="">{t('common.all')}</MenuItem>
              {SUPPLIER_GRADES.map((g) => <MenuItem key={g} value={g}>{t(`proc.enum.grade.${g}`)}</MenuItem>)}
            </TextField>
          </Stack>
          {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
          <Paper sx={{ height: 640 }} data-testid="suppliers-grid">
            <DataGrid<Row>
              rows={page?.nodes ?? []}
              columns={columns}
              loading={loading}
              disableRowSelectionOnClick
              onRowClick={({ row }) => void navigate(`/procurement/suppliers/${row.partner.id}`)}
              sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }}
              {...gridProps(page)}
            />
          </Paper>
        </>
      )}
      {creating && <CreateSupplierDialog onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/procurement/suppliers/${id}`)} />}
    </div>
  );
}
