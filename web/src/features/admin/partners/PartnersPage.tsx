import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, IconButton, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { formatDateTime } from '../../../lib/ui/format';
import { PartnersListQuery } from './operations';
import { PartnerFormDialog } from './PartnerFormDialog';
import { PARTNER_TYPES, type PartnerRow, type PartnerTypeValue } from './types';

export default function PartnersPage() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const canManage = can('partner:manage');
  const [search, setSearch] = useState('');
  const [type, setType] = useState<PartnerTypeValue | ''>('');
  const [editing, setEditing] = useState<PartnerRow | 'new' | null>(null);
  const [notify, notice] = useNotice();
  const where = { search: search || null, type: type || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { name: 'NAME', code: 'CODE', createdAt: 'CREATED_AT' } as const,
    defaultSort: { field: 'NAME', direction: 'ASC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(PartnersListQuery, { variables: { ...variables, where } });
  const page = (data ?? previousData)?.partners;

  const columns = useMemo<GridColDef<PartnerRow>[]>(() => {
    const cols: GridColDef<PartnerRow>[] = [
      { field: 'code', headerName: t('partners.code'), width: 130 },
      { field: 'name', headerName: t('partners.name'), flex: 1, minWidth: 160 },
      { field: 'type', headerName: t('partners.type'), width: 110, sortable: false, valueFormatter: (v: string) => t(`partners.type${v}`) },
      { field: 'contactName', headerName: t('partners.contactName'), width: 130, sortable: false },
      { field: 'contactPhone', headerName: t('partners.contactPhone'), width: 150, sortable: false },
      {
        field: 'active', headerName: t('user.status'), width: 100, sortable: false,
        renderCell: ({ row }) => <Chip size="small" color={row.active ? 'success' : 'default'} label={row.active ? t('common.active') : t('common.inactive')} />,
      },
      { field: 'createdAt', headerName: t('partners.createdAt'), width: 150, valueFormatter: (v: string) => formatDateTime(v, i18n.language) },
    ];
    if (canManage) {
      cols.push({
        field: 'actions', headerName: t('common.actions'), width: 90, sortable: false,
        renderCell: ({ row }) => <IconButton size="small" aria-label={t('common.edit')} onClick={() => setEditing(row)}><EditIcon fontSize="small" /></IconButton>,
      });
    }
    return cols;
  }, [t, i18n.language, canManage]);

  return (
    <>
      <PageHeader title={t('partners.title')} subtitle={t('partners.subtitle')} actions={canManage && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="partner-create">{t('partners.create')}</Button>
      )} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('partners.searchPlaceholder')} />
        <TextField select size="small" label={t('partners.type')} value={type} sx={{ minWidth: 140 }}
          onChange={(e) => setType(e.target.value as PartnerTypeValue | '')}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {PARTNER_TYPES.map((v) => <MenuItem key={v} value={v}>{t(`partners.type${v}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }}>
        <DataGrid rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
      </Paper>
      {editing && (
        <PartnerFormDialog partner={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={() => { notify(t('common.saved')); setEditing(null); }} />
      )}
      {notice}
    </>
  );
}
