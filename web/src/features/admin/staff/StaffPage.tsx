import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { localName } from '../../../lib/ui/format';
import { StaffOptionsQuery, StaffUsersQuery, UnlockUserMutation, UpdateUserMutation } from './operations';
import { staffColumns, type StaffActions } from './staffColumns';
import { UserFormDialog } from './UserFormDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import type { StaffRow } from './types';

type Editing = { kind: 'create' } | { kind: 'edit'; user: StaffRow } | { kind: 'reset'; user: StaffRow } | null;

export default function StaffPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { can } = useViewer();
  const canManage = can('user:manage');
  const [search, setSearch] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [status, setStatus] = useState<'' | 'active' | 'inactive'>('');
  const [editing, setEditing] = useState<Editing>(null);
  const [notify, notice] = useNotice();

  const where = { search: search || null, departmentId: departmentId || null, active: status === '' ? null : status === 'active' };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { name: 'NAME', email: 'EMAIL', createdAt: 'CREATED_AT', lastLoginAt: 'LAST_LOGIN_AT' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(StaffUsersQuery, { variables: { ...variables, where } });
  const { data: options } = useQuery(StaffOptionsQuery);
  const [updateUser] = useMutation(UpdateUserMutation, { refetchQueries: ['StaffUsers'] });
  const [unlockUser] = useMutation(UnlockUserMutation, { refetchQueries: ['StaffUsers'] });
  const page = (data ?? previousData)?.users;

  const actions: StaffActions | null = useMemo(() => canManage ? {
    edit: (user) => setEditing({ kind: 'edit', user }),
    resetPassword: (user) => setEditing({ kind: 'reset', user }),
    setActive: (user, active) => {
      updateUser({ variables: { input: { id: user.id, active } } })
        .then(({ data: result }) => {
          const failure = result?.updateUser.errors[0];
          const message = failure && errorText(failure);
          notify(message ?? t('staff.updated', { name: user.name }), message ? 'error' : 'success');
        })
        .catch((e: Error) => notify(e.message, 'error'));
    },
    unlock: (user) => {
      unlockUser({ variables: { input: { id: user.id } } })
        .then(({ data: result }) => {
          const failure = result?.unlockUser.errors[0];
          const message = failure && errorText(failure);
          notify(message ?? t('staff.unlocked'), message ? 'error' : 'success');
        })
        .catch((e: Error) => notify(e.message, 'error'));
    },
  } : null, [canManage, updateUser, unlockUser, notify, t, errorText]);
  const columns = useMemo(() => staffColumns(t, i18n.language, actions), [t, i18n.language, actions]);

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        actions={canManage && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing({ kind: 'create' })} data-testid="user-create">
            {t('staff.create')}
          </Button>
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('staff.searchPlaceholder')} testId="staff-search" />
        <TextField select size="small" label={t('staff.filterDepartment')} value={departmentId} sx={{ minWidth: 180 }}
          onChange={(e) => setDepartmentId(e.target.value)}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {options?.departments.map((d) => <MenuItem key={d.id} value={d.id}>{localName(d, i18n.language)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('staff.filterStatus')} value={status} sx={{ minWidth: 140 }}
          onChange={(e) => setStatus(e.target.value as typeof status)}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="active">{t('common.active')}</MenuItem>
          <MenuItem value="inactive">{t('common.inactive')}</MenuItem>
        </TextField>
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 640 }} data-testid="staff-grid">
        <DataGrid
          rows={page?.nodes ?? []}
          columns={columns}
          loading={loading}
          disableRowSelectionOnClick
          {...gridProps(page)}
        />
      </Paper>
      {(editing?.kind === 'create' || editing?.kind === 'edit') && (
        <UserFormDialog
          user={editing.kind === 'edit' ? editing.user : null}
          options={options}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            notify(editing.kind === 'create' ? t('staff.created', { name }) : t('staff.updated', { name }));
            setEditing(null);
          }}
        />
      )}
      {editing?.kind === 'reset' && (
        <ResetPasswordDialog user={editing.user} onClose={() => setEditing(null)}
          onDone={() => { notify(t('staff.passwordReset')); setEditing(null); }} />
      )}
      {notice}
    </>
  );
}
