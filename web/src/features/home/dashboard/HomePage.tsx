import { Button, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { PermissionChips } from '../../../lib/ui/PermissionChips';
import { formatDateTime, localName } from '../../../lib/ui/format';
import { visibleNavItems } from '../../../app/navigation';

/** Who am I: name, department, roles, effective permissions, and the workspaces they open. */
export default function HomePage() {
  const { t, i18n } = useTranslation();
  const { user, permissions } = useViewer();
  if (!user) return null;
  const lang = i18n.language;
  const workspaces = visibleNavItems(permissions).filter((item) => item.section === 'workspaces');

  return (
    <>
      <PageHeader title={t('home.welcome', { name: user.name })} subtitle={t('home.title')} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card data-testid="home-profile">
            <CardContent>
              <Stack spacing={1.5}>
                <Field label={t('home.email')} value={user.email} />
                <Field
                  label={t('home.department')}
                  value={user.department ? localName(user.department, lang) : t('home.noDepartment')}
                  testId="home-department"
                />
                <div>
                  <Typography variant="body2" color="text.secondary">{t('home.roles')}</Typography>
                  <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mt: 0.5 }} data-testid="home-roles">
                    {user.roles.length === 0 && <Typography>{t('home.noRoles')}</Typography>}
                    {user.roles.map((role) => (
                      <Chip key={role.id} color={role.isSupervisor ? 'secondary' : 'default'}
                        label={role.isSupervisor ? `${localName(role, lang)} · ${t('home.supervisor')}` : localName(role, lang)} />
                    ))}
                  </Stack>
                </div>
                <Field label={t('home.lastLogin')} value={formatDateTime(user.lastLoginAt, lang)} />
              </Stack>
            </CardContent>
          </Card>
          {workspaces.length > 0 && (
            <Card sx={{ mt: 2 }}>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('home.myWorkspaces')}</Typography>
                <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', gap: 1 }}>
                  {workspaces.map((w) => (
                    <Button key={w.path} component={RouterLink} to={w.path} variant="outlined" size="small">
                      {t(w.labelKey)}
                    </Button>
                  ))}
                </Stack>
              </CardContent>
            </Card>
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('home.permissions', { count: permissions.length })}</Typography>
              <PermissionChips permissions={permissions} testId="home-permissions" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography data-testid={testId}>{value}</Typography>
    </div>
  );
}
