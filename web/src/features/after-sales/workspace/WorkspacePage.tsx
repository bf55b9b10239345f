import { useQuery } from '@apollo/client/react';
import { Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { visibleNavItems } from '../../../app/navigation';
import { DepartmentTeam } from '../../../lib/workspace/DepartmentTeam';
import { WorkspaceDepartmentsQuery } from '../../../lib/workspace/operations';
import { ComplaintBoard } from './ComplaintBoard';
import { EscalationList } from './EscalationList';
import { ComplaintRequests } from './ComplaintRequests';

const LINKS = ['as-complaints', 'as-escalations', 'as-returns', 'as-refunds', 'as-reviews', 'as-statistics', 'orders', 'cs-customers'];

/** The after-sales desk: the complaint board by step with live deadlines, the supervisor's escalations, and the screens. */
export default function WorkspacePage() {
  const { t } = useTranslation();
  const { permissions, can } = useViewer();
  const links = visibleNavItems(permissions).filter((item) => LINKS.includes(item.key));
  const department = useQuery(WorkspaceDepartmentsQuery).data?.departments.find((d) => d.code === 'after-sales');
  return (
    <div data-testid="workspace-after-sales">
      <PageHeader title={t('nav.afterSales')} subtitle={t('as.workspace.subtitle')}
        actions={can('complaint:write') && (
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/after-sales/complaints/new" data-testid="complaint-new">{t('as.complaint.new')}</Button>
        )} />
      <Grid container spacing={2}>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('as.workspace.screens')}</Typography>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                {links.map((item) => {
                  const Icon = item.icon;
                  return (
                    <Button key={item.key} component={RouterLink} to={item.path} variant="outlined" startIcon={<Icon />} data-testid={`workspace-link-${item.key}`}>
                      {t(item.labelKey)}
                    </Button>
                  );
                })}
              </Stack>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <ComplaintBoard />
        </Grid>
        {can('complaint:write') && (
          <Grid size={12}>
            <Card data-testid="workspace-requests">
              <CardContent>
                <Typography variant="h6">{t('as.workspace.requests')}</Typography>
                <Typography variant="body2" color="text.secondary" gutterBottom>{t('as.workspace.requestsHint')}</Typography>
                <ComplaintRequests />
              </CardContent>
            </Card>
          </Grid>
        )}
        {can('complaint:approve') && (
          <Grid size={12}>
            <Card data-testid="workspace-escalations">
              <CardContent>
                <Typography variant="h6">{t('as.workspace.escalations')}</Typography>
                <Typography variant="body2" color="text.secondary" gutterBottom>{t('as.workspace.escalationsHint')}</Typography>
                <EscalationList />
              </CardContent>
            </Card>
          </Grid>
        )}
        {can('user:read') && department && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('workspace.team')}</Typography>
                <DepartmentTeam departmentId={department.id} />
              </CardContent>
            </Card>
          </Grid>
        )}
      </Grid>
    </div>
  );
}
