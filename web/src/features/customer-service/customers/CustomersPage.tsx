import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { DataGrid } from '@mui/x-data-grid';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CustomerFilter, CustomerSortField, RfmSegment } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { downloadText, stampedName } from '../../../lib/ui/download';
import { CustomersCsvQuery } from './operations';
import { CustomersQuery, MemberLevelsQuery } from '../operations';
import { customerColumns, type CustomerRow } from '../customerColumns';
import { RFM_SEGMENTS } from '../labels';

type Scope = 'mine' | 'all' | 'unassigned';

/** The customer archive: my customers by default, overdue first contacts highlighted; supervisors can browse all. */
export default function CustomersPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { can } = useViewer();
  const supervisor = can('customer:assign');
  const owner = can('customer:write');
  const [scope, setScope] = useState<Scope>(owner && !supervisor ? 'mine' : 'all');
  const [search, setSearch] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [membersOnly, setMembersOnly] = useState(false);
  const [vip, setVip] = useState(false);
  const [segment, setSegment] = useState<RfmSegment | ''>('');
  const [levelId, setLevelId] = useState('');
  const levels = useQuery(MemberLevelsQuery).data?.memberLevels ?? [];

  const where: CustomerFilter = {
    search: search.trim() || null,
    mine: scope === 'mine',
    unassigned: scope === 'unassigned' ? true : null,
    firstContactOverdue: overdue || null,
    membersOnly: membersOnly || null,
    vip: vip || null,
    segment: segment || null,
    memberLevelId: levelId || null,
  };
  const { variables, gridProps } = useConnectionGrid<CustomerSortField>({
    sortFields: { name: 'NAME', firstContactDueAt: 'FIRST_CONTACT_DUE_AT', lifetimeValueFen: 'LIFETIME_VALUE' },
    defaultSort: { field: scope === 'mine' ? 'FIRST_CONTACT_DUE_AT' : 'NAME', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(CustomersQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.customers;
  const columns = useMemo(() => customerColumns(t, i18n.language), [t, i18n.language]);

  const exportCsv = async () => {
    const result = await client.query({ query: CustomersCsvQuery, variables: { where, sort: variables.sort }, fetchPolicy: 'network-only' });
    if (result.data) downloadText(stampedName('customers'), result.data.customersCsv);
  };

  return (
    <div data-testid="cs-customers-page">
      <PageHeader title={t('cs.customers.title')} subtitle={t('cs.customers.subtitle')}
        actions={<Button startIcon={<DownloadIcon />} onClick={() => void exportCsv()} data-testid="customers-export">{t('common.exportCsv')}</Button>} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }} useFlexGap>
        <SearchField value={search} onChange={setSearch} placeholder={t('cs.customers.searchPlaceholder')} testId="customers-search" />
        <TextField select size="small" label={t('cs.customers.scope')} value={scope} onChange={(e) => setScope(e.target.value as Scope)}
          sx={{ minWidth: 140 }} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'customers-scope' } as object } }}>
          {owner && <MenuItem value="mine">{t('cs.customers.scopeMine')}</MenuItem>}
          <MenuItem value="all">{t('cs.customers.scopeAll')}</MenuItem>
          {supervisor && <MenuItem value="unassigned">{t('cs.customers.scopeUnassigned')}</MenuItem>}
        </TextField>
        <TextField select size="small" label={t('cs.customer.segment')} value={segment} onChange={(e) => setSegment(e.target.value as RfmSegment | '')}
          sx={{ minWidth: 150 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {RFM_SEGMENTS.map((s) => <MenuItem key={s} value={s}>{t(`cs.enum.segment.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('cs.customer.memberLevel')} value={levelId} onChange={(e) => setLevelId(e.target.value)}
          sx={{ minWidth: 130 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {levels.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch checked={overdue} onChange={(e) => setOverdue(e.target.checked)} slotProps={{ input: { 'data-testid': 'customers-overdue' } as object }} />} label={t('cs.customers.overdueOnly')} />
        <FormControlLabel control={<Switch checked={membersOnly} onChange={(e) => setMembersOnly(e.target.checked)} />} label={t('cs.customers.membersOnly')} />
        <FormControlLabel control={<Switch checked={vip} onChange={(e) => setVip(e.target.checked)} />} label={t('cs.customers.vipOnly')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="customers-grid">
        <DataGrid<CustomerRow>
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          getRowClassName={({ row }) => (row.firstContactOverdue ? 'customer-overdue' : '')}
          onRowClick={({ row }) => void navigate(`/customer-service/customers/${row.id}`)}
          sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .customer-overdue': { bgcolor: 'rgba(211, 47, 47, 0.08)' } }}
          {...gridProps(page)}
        />
      </Paper>
    </div>
  );
}
