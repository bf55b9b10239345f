import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../auth';
import { PageHeader } from '../ui/PageHeader';
import { PermissionChips } from '../ui/PermissionChips';
import { permissionGroup } from '../ui/permissions';
import { localName } from '../ui/format';
import { WorkspaceDepartmentsQuery } from './operations';
import { DepartmentTeam } from './DepartmentTeam';
import { visibleNavItems } from '../../app/navigation';

export interface WorkspaceConfig {
  /** Used for data-testid="workspace-<key>" and the i18n keys nav.<key> / workspace.purpose.<key>. */
  key: string;
  titleKey: string;
  purposeKey: string;
  /** The permission domains this department works in. */
  domains: string[];
  /** Department codes (from the seed) whose members make up this team. */
  departmentCodes: string[];
  /** Drawer entries (by key) of this department's screens; the page links to those the viewer may open. */
  links?: string[];
}

/** A department's landing page: its purpose, the viewer's permissions there, and the team. */
export function DepartmentWorkspace({ config }: { config: WorkspaceConfig }) {
  const { t, i18n } = useTranslation();
  const { permissions, can } = useViewer();
  const { data } = useQuery(WorkspaceDepartmentsQuery);
  const mine = permissions.filter((p) => config.domains.includes(permissionGroup(p)));
  const departments = (data?.departments ?? []).filter((d) => config.departmentCodes.includes(d.code));
  const links = visibleNavItems(permissions).filter((item) => config.links?.includes(item.key));

  return (
    <div data-testid={`workspace-${config.key}`}>
      <PageHeader title={t(config.titleKey)} subtitle={links.length ? undefined : t('workspace.comingSoon')} />
      <Grid container spacing={2}>
        {links.length > 0 && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('workspace.screens')}</Typography>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                  {links.map((item) => {
                    const Icon = item.icon;
                    return (
                      <Button key={item.key} component={RouterLink} to={item.path} variant="outlined" startIcon={<Icon />}
                        data-testid={`workspace-link-${item.key}`}>
                        {t(item.labelKey)}
                      </Button>
                    );
                  })}
                </Stack>
              </CardContent>
            </Card>
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('workspace.purposeTitle')}</Typography>
              <Typography>{t(config.purposeKey)}</Typography>
              {departments.map((d) => d.description && (
                <Typography key={d.id} color="text.secondary" sx={{ mt: 1 }}>{d.description}</Typography>
              ))}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('workspace.myPermissions')}</Typography>
              {mine.length > 0
                ? <PermissionChips permissions={mine} testId="workspace-permissions" />
                : <Typography color="text.secondary">{t('workspace.noDomainPermissions')}</Typography>}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('workspace.team')}</Typography>
              {!can('user:read') && <Alert severity="info">{t('workspace.teamNeedsUserRead')}</Alert>}
              {can('user:read') && departments.map((d) => (
                <div key={d.id}>
                  {departments.length > 1 && <Typography variant="subtitle2" sx={{ mt: 1 }}>{localName(d, i18n.language)}</Typography>}
                  <DepartmentTeam departmentId={d.id} />
                </div>
              ))}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </div>
  );
}
