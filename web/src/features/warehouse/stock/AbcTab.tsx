import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatFen, formatShare } from '../../../lib/ui/format';
import { WarehouseSelect } from '../../../lib/inventory/WarehouseSelect';
import { AbcAnalysisQuery } from './operations';

type AbcRow = ResultOf<typeof AbcAnalysisQuery>['abcAnalysis'][number];
const PERIODS = [30, 90, 180, 365];
const CLASSES = ['A', 'B', 'C'] as const;
const CLASS_COLOR = { A: 'success', B: 'warning', C: 'default' } as const;

/** ABC classification by sales value (from the ledger's sale-out movements) with turnover days. */
export default function AbcTab() {
  const { t } = useTranslation();
  const [days, setDays] = useState(90);
  const [warehouseId, setWarehouseId] = useState('');
  const { data, loading, error } = useQuery(AbcAnalysisQuery, { variables: { days, warehouseId: warehouseId || null } });
  const rows = useMemo(() => data?.abcAnalysis ?? [], [data]);

  // Per class: the share of SKUs against the share of sales value — A few SKUs, most of the value.
  const byClass = useMemo(() => {
    const total = rows.reduce((sum, r) => sum + r.salesValueFen, 0);
    return CLASSES.map((c) => {
      const inClass = rows.filter((r) => r.abcClass === c);
      const value = inClass.reduce((sum, r) => sum + r.salesValueFen, 0);
      return {
        abcClass: c,
        skus: inClass.length,
        skuShare: rows.length ? (inClass.length / rows.length) * 100 : 0,
        valueShare: total ? (value / total) * 100 : 0,
        value,
      };
    });
  }, [rows]);

  const columns = useMemo<GridColDef<AbcRow>[]>(() => [
    {
      field: 'abcClass', headerName: t('abc.class'), width: 80,
      renderCell: ({ value }) => <Chip size="small" label={value as string} color={CLASS_COLOR[value as 'A' | 'B' | 'C'] ?? 'default'} />,
    },
    { field: 'skuCode', headerName: t('inventory.skuCode'), width: 150 },
    { field: 'productTitle', headerName: t('inventory.product'), flex: 1, minWidth: 180 },
    { field: 'soldQuantity', headerName: t('abc.sold'), type: 'number', width: 90 },
    { field: 'salesValueFen', headerName: t('abc.salesValue'), type: 'number', width: 120, valueFormatter: (v: number) => formatFen(v) },
    { field: 'share', headerName: t('abc.share'), type: 'number', width: 90, valueFormatter: (v: number) => formatShare(v) },
    { field: 'cumulativeShare', headerName: t('abc.cumulative'), type: 'number', width: 100, valueFormatter: (v: number) => formatShare(v) },
    { field: 'onHand', headerName: t('inventory.onHand'), type: 'number', width: 90 },
    {
      field: 'turnoverDays', headerName: t('abc.turnoverDays'), type: 'number', width: 110,
      valueFormatter: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
    },
  ], [t]);

  return (
    <Box data-testid="abc-tab">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={t('abc.period')} value={days} onChange={(e) => setDays(Number(e.target.value))} sx={{ minWidth: 140 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'abc-days' } as object } }}>
          {PERIODS.map((d) => <MenuItem key={d} value={d}>{t('abc.days', { count: d })}</MenuItem>)}
        </TextField>
        <WarehouseSelect value={warehouseId} onChange={setWarehouseId} allowAll testId="abc-warehouse" />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <Paper sx={{ p: 2, flex: '0 0 420px' }} data-testid="abc-chart">
          <Typography variant="subtitle1" gutterBottom>{t('abc.chartTitle')}</Typography>
          <BarChart
            height={300}
            dataset={byClass}
            xAxis={[{ scaleType: 'band', dataKey: 'abcClass' }]}
            yAxis={[{ max: 100, valueFormatter: (v: number) => `${v}%` }]}
            series={[
              { dataKey: 'skuShare', label: t('abc.skuShare'), valueFormatter: (v) => `${(v ?? 0).toFixed(1)}%` },
              { dataKey: 'valueShare', label: t('abc.valueShare'), valueFormatter: (v) => `${(v ?? 0).toFixed(1)}%` },
            ]}
          />
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            {byClass.map((c) => (
              <Typography key={c.abcClass} variant="body2" data-testid={`abc-class-${c.abcClass}`}>
                {c.abcClass}: {t('abc.classSummary', { count: c.skus, value: formatFen(c.value) })}
              </Typography>
            ))}
          </Stack>
        </Paper>
        <Paper sx={{ flexGrow: 1, height: 520, minWidth: 0 }} data-testid="abc-grid">
          <DataGrid<AbcRow>
            rows={rows}
            columns={columns}
            getRowId={(r) => r.skuId}
            loading={loading}
            disableRowSelectionOnClick
            initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            pageSizeOptions={[25, 50, 100]}
          />
        </Paper>
      </Stack>
    </Box>
  );
}
