import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Paper } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { formatDateTime } from '../../../lib/ui/format';
import { AuditLogsQuery } from './operations';
import { AuditFilters, EMPTY_FILTERS, toAuditWhere, type AuditFilterValues } from './AuditFilters';

type AuditRow = ResultOf<typeof AuditLogsQuery>['auditLogs']['nodes'][number];

export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_FILTERS);
  const where = toAuditWhere(filters);
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { at: 'AT' } as const,
    defaultSort: { field: 'AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(AuditLogsQuery, {
    // auditLogs sorts by time only: its sort input carries just the direction.
    variables: { ...variables, sort: variables.sort && { direction: variables.sort.direction }, where },
  });
  const page = (data ?? previousData)?.auditLogs;

  const columns = useMemo<GridColDef<AuditRow>[]>(() => [
    { field: 'at', headerName: t('audit.at'), width: 160, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    { field: 'actorLabel', headerName: t('audit.actor'), width: 180, sortable: false },
    { field: 'operation', headerName: t('audit.operation'), width: 170, sortable: false },
    { field: 'entityType', headerName: t('audit.entityType'), width: 130, sortable: false },
    { field: 'entityId', headerName: t('audit.entityId'), width: 110, sortable: false },
    { field: 'summary', headerName: t('audit.summary'), flex: 1, minWidth: 240, sortable: false },
  ], [t, i18n.language]);

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditFilters value={filters} onChange={setFilters} />
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="audit-grid">
        <DataGrid rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
      </Paper>
    </>
  );
}
