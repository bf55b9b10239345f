import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The refusal shown in place of a page the viewer may not open. */
export function NoAccess({ perm, anyOf }: { perm: string | readonly string[]; anyOf?: readonly string[] }) {
  const { t } = useTranslation();
  const required = typeof perm === 'string' ? perm : perm.join(', ');
  const perms = anyOf ? `${required} + ${t('noAccess.oneOf')} ${anyOf.join(' / ')}` : required;
  return (
    <Box sx={{ maxWidth: 640, mt: 4 }}>
      <Alert severity="warning" data-testid="no-access">
        <AlertTitle>{t('noAccess.title')}</AlertTitle>
        {t('noAccess.body', { perm: perms })}
        <Box sx={{ mt: 2 }}>
          <Button component={RouterLink} to="/" variant="outlined" size="small">
            {t('noAccess.backHome')}
          </Button>
        </Box>
      </Alert>
    </Box>
  );
}
