import { Chip, IconButton, Stack, Tooltip } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PasswordIcon from '@mui/icons-material/Password';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { formatDateTime, localName } from '../../../lib/ui/format';
import { isLocked, type StaffRow } from './types';

export interface StaffActions {
  edit: (user: StaffRow) => void;
  setActive: (user: StaffRow, active: boolean) => void;
  unlock: (user: StaffRow) => void;
  resetPassword: (user: StaffRow) => void;
}

/** Grid columns for the staff list. `actions` is null when the viewer may not manage users. */
export function staffColumns(t: TFunction, lang: string, actions: StaffActions | null): GridColDef<StaffRow>[] {
  const columns: GridColDef<StaffRow>[] = [
    { field: 'name', headerName: t('user.name'), flex: 1, minWidth: 120 },
    { field: 'email', headerName: t('user.email'), flex: 1.2, minWidth: 180 },
    {
      field: 'department', headerName: t('user.department'), flex: 1, minWidth: 120, sortable: false,
      valueGetter: (_value, row) => localName(row.department, lang),
    },
    {
      field: 'roles', headerName: t('user.roles'), flex: 1.4, minWidth: 160, sortable: false,
      valueGetter: (_value, row) => row.roles.map((r) => localName(r, lang)).join('、'),
    },
    {
      field: 'status', headerName: t('user.status'), width: 110, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          <Chip size="small" color={row.active ? 'success' : 'default'} label={row.active ? t('common.active') : t('common.inactive')} />
          {isLocked(row) && <Chip size="small" color="warning" label={t('user.locked')} />}
        </Stack>
      ),
    },
    {
      field: 'lastLoginAt', headerName: t('user.lastLoginAt'), width: 140,
      valueFormatter: (value: string | null) => formatDateTime(value, lang),
    },
    {
      field: 'createdAt', headerName: t('user.createdAt'), width: 140,
      valueFormatter: (value: string | null) => formatDateTime(value, lang),
    },
  ];
  if (!actions) return columns;
  columns.push({
    field: 'actions', headerName: t('common.actions'), width: 170, sortable: false,
    renderCell: ({ row }) => (
      <Stack direction="row" sx={{ alignItems: 'center', height: '100%' }}>
        <Tooltip title={t('common.edit')}>
          <IconButton size="small" onClick={() => actions.edit(row)} data-testid={`user-edit-${row.email}`}><EditIcon fontSize="small" /></IconButton>
        </Tooltip>
        <Tooltip title={row.active ? t('staff.deactivate') : t('staff.activate')}>
          <IconButton size="small" onClick={() => actions.setActive(row, !row.active)} data-testid={`user-toggle-active-${row.email}`}>
            {row.active ? <BlockIcon fontSize="small" /> : <CheckCircleIcon fontSize="small" />}
          </IconButton>
        </Tooltip>
        {isLocked(row) && (
          <Tooltip title={t('staff.unlock')}>
            <IconButton size="small" onClick={() => actions.unlock(row)} data-testid={`user-unlock-${row.email}`}><LockOpenIcon fontSize="small" /></IconButton>
          </Tooltip>
        )}
        <Tooltip title={t('staff.resetPassword')}>
          <IconButton size="small" onClick={() => actions.resetPassword(row)} data-testid={`user-reset-${row.email}`}><PasswordIcon fontSize="small" /></IconButton>
        </Tooltip>
      </Stack>
    ),
  });
  return columns;
}
