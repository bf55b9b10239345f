import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { PlanPeriod, PurchasePlanStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { WarehouseSelect, warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { StatusChip } from '../shared/StatusChip';
import { PLAN_PERIODS, PLAN_STATUSES, PurchasePlansQuery } from './operations';
import { statusParam } from '../shared/statusParam';
import { GeneratePlanDialog } from './GeneratePlanDialog';

type Row = ResultOf<typeof PurchasePlansQuery>['purchasePlans']['nodes'][number];

/** Purchase plans, newest first, by state, period and warehouse; a new one is generated from sales and stock. */
export default function PlansPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = useViewer();
  const [search, setSearch] = useState('');
  const [params] = useSearchParams();
  const [status, setStatus] = useState<PurchasePlanStatus | ''>(() => statusParam(params, PLAN_STATUSES));
  const [period, setPeriod] = useState<PlanPeriod | ''>('');
  const [warehouseId, setWarehouseId] = useState('');
  const [generating, setGenerating] = useState(false);
  const where = { search: search || null, status: status || null, period: period || null, warehouseId: warehouseId || null };
  const { variables, gridProps } = useConnectionGrid({ sortFields: { createdAt: 'TIME' } as const, defaultSort: { field: 'TIME', direction: 'DESC' }, resetKey: JSON.stringify(where) });
  const { data, previousData, loading, error } = useQuery(PurchasePlansQuery, {
    variables: { first: variables.first, after: variables.after, where, sort: { direction: variables.sort?.direction ?? 'DESC' } },
  });
  const page = (data ?? previousData)?.purchasePlans;

  const columns = useMemo<GridColDef<Row>[]>(() => [
    { field: 'code', headerName: t('proc.common.code'), width: 170, sortable: false },
    { field: 'period', headerName: t('proc.plan.period'), width: 100, sortable: false, valueGetter: (_v, row) => t(`proc.enum.planPeriod.${row.period}`) },
    { field: 'status', headerName: t('proc.common.status'), width: 100, sortable: false, renderCell: ({ row }) => <StatusChip kind="planStatus" status={row.status} /> },
    { field: 'warehouse', headerName: t('proc.common.warehouse'), width: 140, sortable: false, valueGetter: (_v, row) => warehouseLabel(row.warehouse) },
    { field: 'startDay', headerName: t('proc.plan.startDay'), width: 110, sortable: false },
    { field: 'growthPercent', headerName: t('proc.plan.growth'), width: 110, sortable: false, valueFormatter: (v: number) => `${v}%` },
    { field: 'lines', headerName: t('proc.plan.lines'), width: 90, sortable: false, type: 'number', valueGetter: (_v, row) => row.lines.length },
    { field: 'amount', headerName: t('proc.common.amount'), width: 130, sortable: false, type: 'number', valueGetter: (_v, row) => row.lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0), valueFormatter: (v: number) => formatFen(v) },
    { field: 'orders', headerName: t('proc.plan.orders'), width: 120, sortable: false, type: 'number', valueGetter: (_v, row) => row.orders.length },
    { field: 'createdAt', headerName: t('proc.common.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
  ], [t, i18n.language]);

  return (
    <div data-testid="plans-page">
      <PageHeader title={t('proc.plan.title')} subtitle={t('proc.plan.subtitle')}
        actions={can('purchase:write') && <Button variant="contained" startIcon={<AutoFixHighIcon />} onClick={() => setGenerating(true)} data-testid="plan-generate">{t('proc.plan.generate')}</Button>} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('proc.common.searchCode')} testId="plan-search" />
        <TextField select size="small" label={t('proc.common.status')} value={status} sx={{ minWidth: 130 }} onChange={(e) => setStatus(e.target.value as PurchasePlanStatus | '')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'plan-filter-status' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {PLAN_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.planStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('proc.plan.period')} value={period} sx={{ minWidth: 130 }} onChange={(e) => setPeriod(e.target.value as PlanPeriod | '')}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {PLAN_PERIODS.map((p) => <MenuItem key={p} value={p}>{t(`proc.enum.planPeriod.${p}`)}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="plan-filter-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="plans-grid">
        <DataGrid<Row> rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick
          onRowClick={({ row }) => void navigate(`/procurement/plans/${row.id}`)} sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' } }} {...gridProps(page)} />
      </Paper>
      {generating && <GeneratePlanDialog onClose={() => setGenerating(false)} onGenerated={(id) => void navigate(`/procurement/plans/${id}`)} />}
    </div>
  );
}
