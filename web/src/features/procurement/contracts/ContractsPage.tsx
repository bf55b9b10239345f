import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { ContractStatus, ContractType } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatFen } from '../../../lib/ui/format';
import { StatusChip } from '../shared/StatusChip';
import { ExpiryChip, endsSoon, EXPIRY_WINDOW_DAYS } from '../shared/ExpiryChip';
import { addDays, shopToday } from '../shared/days';
import { supplierLabel } from '../shared/SupplierPicker';
import { CONTRACT_STATUSES, CONTRACT_TYPES, ContractsQuery } from './operations';
import { ContractFormDialog } from './ContractFormDialog';

type Row = ResultOf<typeof ContractsQuery>['contracts']['nodes'][number];

/** Purchase contracts by state, type and supplier; those in force and ending within 30 days are flagged. */
export default function ContractsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ContractStatus | ''>('');
  const [type, setType] = useState<ContractType | ''>('');
  const [expiring, setExpiring] = useState(false);
  const [creating, setCreating] = useState(false);
  const today = shopToday();
  const where = {
    search: search || null, status: expiring ? 'ACTIVE' as const : status || null, type: type || null,
    endingFrom: expiring ? today : null, endingTo: expiring ? addDays(today, EXPIRY_WINDOW_DAYS) : null,
  };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { endDate: 'END_DATE', amount: 'AMOUNT', code: 'CODE', createdAt: 'CREATED_AT' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ContractsQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.contracts;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170 },
    { field: 'title', headerName: t('proc.common.title'), flex: 1, minWidth: 180, sortable: false },
    { field: 'type', headerName: t('proc.contract.type'), width: 110, sortable: false, valueGetter: (_v, row) => t(`proc.enum.contractType.${row.type}`) },
    { field: 'supplier', headerName: t('proc.common.supplier'), width: 180, sortable: false, valueGetter: (_v, row) => supplierLabel(row.supplier) },
    { field: 'status', headerName: t('proc.common.status'), width: 110, sortable: false, renderCell: ({ row }) => <StatusChip kind="contractStatus" status={row.status} /> },
    { field: 'amount', headerName: t('proc.contract.amount'), width: 120, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatFen(v) },
    { field: 'startDate', headerName: t('proc.contract.startDate'), width: 110, sortable: false },
    {
      field: 'endDate', headerName: t('proc.contract.endDate'), width: 200,
      renderCell: ({ row }) => <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%' }}><span>{row.endDate}</span>{endsSoon(row) && <ExpiryChip endDate={row.endDate} />}</Stack>,
    },
  ], [t]);

  return (
    <div data-testid="contracts-page">
      <PageHeader title={t('proc.contract.title')} subtitle={t('proc.contract.subtitle')}
        actions={can('contract:manage') && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="contract-create">{t('proc.contract.create')}</Button>
        )} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCodeTitle')} testId="contract-search" />
        <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 140 }} disabled={expiring}
          onChange={(e) => setStatus(e.target.value as ContractStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'contract-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {CONTRACT_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.contractStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('proc.contract.type')} value={type} sx={{ minWidth: 140 }}
          onChange={(e) => setType(e.target.value as ContractType | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'contract-filter-type' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {CONTRACT_TYPES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.contractType.${s}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={expiring} onChange={(e) => setExpiring(e.target.checked)} slotProps={{ input: { 'data-testid': 'contract-filter-expiring' } as object }} />}
          label={t('proc.contract.expiringOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="contracts-grid">
        <DataGrid<Row>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/procurement/contracts/${row.id}`)}
          getRowClassName={({ row }) => (endsSoon(row) ? 'contract-expiring' : '')}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .contract-expiring': { bgcolor: 'rgba(237, 108, 2, 0.08)' } }}
          {...gridProps(page)}
        />
      </Paper>
      {creating && <ContractFormDialog onClose={() => setCreating(false)} onSaved={(id) => void navigate(`/procurement/contracts/${id}`)} />}
    </div>
  );
}
