import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The refusal shown in place of a page the viewer may not open. */
export function NoAccess({ perm }: { perm: string | readonly string[] }) {
  const { t } = useTranslation();
  const perms = typeof perm === 'string' ? perm : perm.join(', ');
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
