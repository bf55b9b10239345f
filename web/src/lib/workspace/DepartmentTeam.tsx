import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { localName } from '../ui/format';
import { DepartmentTeamQuery } from './operations';

/** The members of one department, from the users connection filtered by department. */
export function DepartmentTeam({ departmentId }: { departmentId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(DepartmentTeamQuery, { variables: { departmentId } });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const members = data?.users.nodes ?? [];
  if (members.length === 0) return <Typography color="text.secondary">{t('workspace.teamEmpty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="workspace-team" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('user.name')}</TableCell>
            <TableCell>{t('user.email')}</TableCell>
            <TableCell>{t('user.roles')}</TableCell>
            <TableCell>{t('user.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableCell>{member.name}</TableCell>
              <TableCell>{member.email}</TableCell>
              <TableCell>
                {member.roles.map((role) => (
                  <Chip key={role.id} size="small" sx={{ mr: 0.5 }} label={localName(role, i18n.language)}
                    color={role.isSupervisor ? 'secondary' : 'default'} />
                ))}
              </TableCell>
              <TableCell>{member.active ? t('common.active') : t('common.inactive')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
