import { useQuery } from '@apollo/client/react';
import { Autocomplete, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { SearchField } from '../../../lib/ui/SearchField';
import { AuditActorsQuery } from './operations';

export interface AuditFilterValues {
  actorId: string | null;
  operation: string;
  entityType: string;
  from: string;
  to: string;
  search: string;
}

export const EMPTY_FILTERS: AuditFilterValues = { actorId: null, operation: '', entityType: '', from: '', to: '', search: '' };

/** Converts the form's values into the connection's `where` (dates become a UTC range covering whole days). */
export function toAuditWhere(f: AuditFilterValues) {
  return {
    actorId: f.actorId,
    operation: f.operation || null,
    entityType: f.entityType || null,
    search: f.search || null,
    from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : null,
    to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : null,
  };
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (next: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { data } = useQuery(AuditActorsQuery, { skip: !can('user:read') });
  const actors = data?.users.nodes ?? [];
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2 }} data-testid="audit-filters">
      <Autocomplete
        size="small"
        sx={{ minWidth: 220 }}
        options={actors}
        value={actors.find((a) => a.id === value.actorId) ?? null}
        onChange={(_e, actor) => set({ actorId: actor?.id ?? null })}
        getOptionLabel={(a) => `${a.name} <${a.email}>`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => <TextField {...params} label={t('audit.actor')} placeholder={t('audit.anyActor')} />}
        data-testid="audit-actor"
      />
      <SearchField value={value.operation} onChange={(operation) => set({ operation })} placeholder={t('audit.operationHint')} testId="audit-operation" />
      <SearchField value={value.entityType} onChange={(entityType) => set({ entityType })} placeholder={t('audit.entityType')} testId="audit-entity-type" />
      <TextField size="small" type="date" label={t('audit.from')} value={value.from} onChange={(e) => set({ from: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'audit-from' } }} />
      <TextField size="small" type="date" label={t('audit.to')} value={value.to} onChange={(e) => set({ to: e.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'audit-to' } }} />
      <SearchField value={value.search} onChange={(search) => set({ search })} placeholder={t('audit.searchPlaceholder')} testId="audit-search" />
    </Stack>
  );
}
