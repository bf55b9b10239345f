import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert, Box, CircularProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from './useViewer';

/** Sends anonymous visitors to /login, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <CircularProgress aria-label={t('common.loading')} />
      </Box>
    );
  }
  if (error && !viewer) {
    return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  }
  if (!viewer?.user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
