import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, FormControlLabel, MenuItem, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import { DataGrid, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { CustomerSortField } from '../../../gql/graphql';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { useNotice } from '../../../lib/ui/useNotice';
import { useSpecialistOptions } from '../useSpecialistOptions';
import { CustomersQuery } from '../operations';
import { customerColumns, type CustomerRow } from '../customerColumns';
import { AssignCustomersMutation, AutoAssignCustomersMutation } from './operations';
import { SpecialistsCard } from './SpecialistsCard';
import { AutoAssignResult, type DistributionRow } from './AutoAssignResult';

const EMPTY_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** The supervisor's assignment desk: pick customers and give them to a specialist, or balance them automatically by ability. */
export default function AssignmentPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [notify, notice] = useNotice();
  const specialists = useSpecialistOptions();
  const [unassignedOnly, setUnassignedOnly] = useState(true);
  const [search, setSearch] = useState('');
  const [selection, setSelection] = useState<GridRowSelectionModel>(EMPTY_SELECTION);
  const [specialistId, setSpecialistId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState<{ assigned: number; rows: readonly DistributionRow[] } | null>(null);
  const where = { mine: false, unassigned: unassignedOnly ? true : null, search: search.trim() || null };
  const { variables, gridProps } = useConnectionGrid<CustomerSortField>({
    sortFields: { name: 'NAME', lifetimeValueFen: 'LIFETIME_VALUE' }, defaultSort: { field: 'NAME', direction: 'ASC' }, resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading } = useQuery(CustomersQuery, { variables: { ...variables, where }, fetchPolicy: 'cache-and-network' });
  const page = (data ?? previousData)?.customers;
  const columns = useMemo(() => customerColumns(t, i18n.language), [t, i18n.language]);
  const refetch = { refetchQueries: ['CsCustomers', 'CsSpecialists', 'CsFirstContactOverview'] };
  const [assign, assigning] = useMutation(AssignCustomersMutation, refetch);
  const [autoAssign, autoAssigning] = useMutation(AutoAssignCustomersMutation, refetch);
  const selectedIds = [...selection.ids].map(String);

  const assignByHand = async () => {
    if (!specialistId || selectedIds.length === 0) { setError(t('cs.assignment.pickBoth')); return; }
    const outcome = await runPayload(async () => (await assign({ variables: { input: { customerIds: selectedIds, specialistId, note: note.trim() || null } } })).data?.assignCustomers);
    setError(outcome.errors.map(errorText).join('；'));
    if (outcome.ok) {
      notify(t('cs.assignment.assigned', { count: outcome.payload?.assigned ?? 0, unchanged: outcome.payload?.unchanged ?? 0 }));
      setSelection(EMPTY_SELECTION);
    }
  };
  const balance = async () => {
    const outcome = await runPayload(async () => (await autoAssign({ variables: { input: { customerIds: selectedIds.length ? selectedIds : null, note: note.trim() || null } } })).data?.autoAssignCustomers);
    setError(outcome.errors.map(errorText).join('；'));
    if (outcome.ok && outcome.payload) {
      setResult({ assigned: outcome.payload.assigned ?? 0, rows: outcome.payload.specialists ?? [] });
      setSelection(EMPTY_SELECTION);
    }
  };

  return (
    <div data-testid="cs-assignment-page">
      <PageHeader title={t('cs.assignment.title')} subtitle={t('cs.assignment.subtitle')} />
      <Stack spacing={2}>
        <SpecialistsCard />
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>{t('cs.assignment.assignTitle')}</Typography>
            {error && <Alert severity="error" sx={{ mb: 1 }} data-testid="assignment-error">{error}</Alert>}
            <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }} useFlexGap>
              <SearchField value={search} onChange={setSearch} placeholder={t('cs.customers.searchPlaceholder')} testId="assignment-search" />
              <FormControlLabel control={<Switch checked={unassignedOnly} onChange={(e) => setUnassignedOnly(e.target.checked)} />} label={t('cs.assignment.unassignedOnly')} />
              <TextField select size="small" label={t('cs.assignment.specialist')} value={specialistId} onChange={(e) => setSpecialistId(e.target.value)} sx={{ minWidth: 160 }}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'assignment-specialist' } as object } }}>
                {specialists.map((s) => <MenuItem key={s.id} value={s.id} data-testid={`assignment-specialist-${s.email ?? s.id}`}>{s.name}</MenuItem>)}
              </TextField>
              <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} />
              <Button variant="contained" onClick={() => void assignByHand()} disabled={assigning.loading} data-testid="assignment-assign">
                {t('cs.assignment.assignSelected', { count: selectedIds.length })}
              </Button>
              <Button variant="outlined" startIcon={<AutoFixHighIcon />} onClick={() => void balance()} disabled={autoAssigning.loading} data-testid="assignment-auto">
                {selectedIds.length ? t('cs.assignment.autoSelected', { count: selectedIds.length }) : t('cs.assignment.autoAll')}
              </Button>
            </Stack>
            {result && <Alert severity="success" sx={{ mb: 2 }} onClose={() => setResult(null)}><AutoAssignResult assigned={result.assigned} rows={result.rows} /></Alert>}
            <Paper sx={{ height: 520 }} data-testid="assignment-grid">
              <DataGrid<CustomerRow>
                rows={page?.nodes ?? []} columns={columns} loading={loading} checkboxSelection keepNonExistentRowsSelected
                rowSelectionModel={selection} onRowSelectionModelChange={setSelection}
                {...gridProps(page)}
              />
            </Paper>
          </CardContent>
        </Card>
      </Stack>
      {notice}
    </div>
  );
}
