import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, IconButton, Paper, Tab, Tabs, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useNotice } from '../../../lib/ui/useNotice';
import { DepartmentsAdminQuery, RolesAdminQuery } from './operations';
import { RoleDialog } from './RoleDialog';
import { DepartmentDialog } from './DepartmentDialog';
import type { DepartmentRow, RoleRow } from './types';

/** Roles (with their permission sets) and departments. Both lists are small, so the grids page on the client. */
export default function RolesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'roles' | 'departments'>('roles');
  const [role, setRole] = useState<RoleRow | 'new' | null>(null);
  const [department, setDepartment] = useState<DepartmentRow | 'new' | null>(null);
  const [notify, notice] = useNotice();
  const roles = useQuery(RolesAdminQuery);
  const departments = useQuery(DepartmentsAdminQuery, { skip: tab !== 'departments' });

  const roleColumns = useMemo<GridColDef<RoleRow>[]>(() => [
    { field: 'code', headerName: t('roles.code'), width: 150 },
    { field: 'name', headerName: t('roles.name'), flex: 1, minWidth: 120 },
    { field: 'nameEn', headerName: t('roles.nameEn'), flex: 1, minWidth: 140 },
    {
      field: 'flags', headerName: '', width: 170, sortable: false,
      renderCell: ({ row }) => (
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', height: '100%' }}>
          {row.isSupervisor && <Chip size="small" color="secondary" label={t('roles.supervisor')} />}
          {row.system && <Chip size="small" label={t('roles.system')} />}
        </Box>
      ),
    },
    { field: 'permissionCount', headerName: t('roles.permissionCount'), width: 100, type: 'number', valueGetter: (_v, row) => row.permissions.length },
    { field: 'userCount', headerName: t('roles.userCount'), width: 90, type: 'number' },
    {
      field: 'actions', headerName: t('common.actions'), width: 90, sortable: false,
      renderCell: ({ row }) => (
        <Tooltip title={t('roles.editPermissions')}>
          <IconButton size="small" onClick={() => setRole(row)} data-testid={`role-edit-${row.code}`}><EditIcon fontSize="small" /></IconButton>
        </Tooltip>
      ),
    },
  ], [t]);

  const departmentColumns = useMemo<GridColDef<DepartmentRow>[]>(() => [
    { field: 'code', headerName: t('roles.code'), width: 150 },
    { field: 'name', headerName: t('roles.name'), width: 150 },
    { field: 'nameEn', headerName: t('roles.nameEn'), width: 180 },
    { field: 'description', headerName: t('roles.description'), flex: 1, minWidth: 200 },
    { field: 'memberCount', headerName: t('roles.memberCount'), width: 90, type: 'number' },
    {
      field: 'actions', headerName: t('common.actions'), width: 90, sortable: false,
      renderCell: ({ row }) => (
        <IconButton size="small" aria-label={t('common.edit')} onClick={() => setDepartment(row)}><EditIcon fontSize="small" /></IconButton>
      ),
    },
  ], [t]);

  const error = tab === 'roles' ? roles.error : departments.error;
  return (
    <>
      <PageHeader title={t('roles.title')} actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => (tab === 'roles' ? setRole('new') : setDepartment('new'))}>
          {tab === 'roles' ? t('roles.createRole') : t('roles.createDepartment')}
        </Button>
      } />
      <Tabs value={tab} onChange={(_e, v: 'roles' | 'departments') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="roles" label={t('roles.tabRoles')} data-testid="tab-roles" />
        <Tab value="departments" label={t('roles.tabDepartments')} data-testid="tab-departments" />
      </Tabs>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }} data-testid="roles-grid">
        {tab === 'roles'
          ? <DataGrid rows={roles.data?.roles ?? []} columns={roleColumns} loading={roles.loading} disableRowSelectionOnClick />
          : <DataGrid rows={departments.data?.departments ?? []} columns={departmentColumns} loading={departments.loading} disableRowSelectionOnClick />}
      </Paper>
      {role && (
        <RoleDialog role={role === 'new' ? null : role} catalog={roles.data?.permissionCatalog ?? []}
          onClose={() => setRole(null)} onSaved={() => { notify(t('common.saved')); setRole(null); }} />
      )}
      {department && (
        <DepartmentDialog department={department === 'new' ? null : department}
          onClose={() => setDepartment(null)} onSaved={() => { notify(t('common.saved')); setDepartment(null); }} />
      )}
      {notice}
    </>
  );
}
