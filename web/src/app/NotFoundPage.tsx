import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Box sx={{ mt: 6, textAlign: 'center' }} data-testid="not-found">
      <Typography variant="h4" component="h1" gutterBottom>404 · {t('notFound.title')}</Typography>
      <Typography color="text.secondary" gutterBottom>{t('notFound.body', { path: pathname })}</Typography>
      <Button component={RouterLink} to="/" variant="contained" sx={{ mt: 2 }}>{t('notFound.backHome')}</Button>
    </Box>
  );
}
