import { Suspense, useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AppBar, Box, Button, Drawer, IconButton, LinearProgress, Toolbar, Typography, useMediaQuery, useTheme,
} from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import LogoutIcon from '@mui/icons-material/Logout';
import { useTranslation } from 'react-i18next';
import { LogoutMutation, MeQuery, useViewer } from '../lib/auth';
import { LanguageSwitch } from '../lib/i18n/LanguageSwitch';
import { useAccountLanguage } from '../lib/i18n/useAccountLanguage';
import { localName } from '../lib/ui/format';
import { DrawerNavigation } from './DrawerNavigation';

const DRAWER_WIDTH = 240;

/** The signed-in shell: app bar, permission-built drawer, and the routed page. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [mobileOpen, setMobileOpen] = useState(false);
  const { user, permissions } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);
  useAccountLanguage(user?.locale);

  const signOut = async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: null } });
    await navigate('/login');
  };

  const drawer = (
    <>
      <Toolbar />
      <DrawerNavigation permissions={permissions} onNavigate={() => setMobileOpen(false)} />
    </>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar>
          {!wide && (
            <IconButton color="inherit" edge="start" onClick={() => setMobileOpen(true)} aria-label={t('common.openMenu')} sx={{ mr: 1 }}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }} noWrap>
            {t('common.appName')}
          </Typography>
          {user && (
            <Typography variant="body2" sx={{ mr: 2, display: { xs: 'none', sm: 'block' } }} data-testid="viewer-name">
              {user.name}
              {user.department ? ` · ${localName(user.department, i18n.language)}` : ''}
            </Typography>
          )}
          <LanguageSwitch signedIn />
          {wide ? (
            <Button color="inherit" startIcon={<LogoutIcon />} onClick={() => void signOut()} data-testid="sign-out">
              {t('common.signOut')}
            </Button>
          ) : (
            <IconButton color="inherit" onClick={() => void signOut()} aria-label={t('common.signOut')} data-testid="sign-out">
              <LogoutIcon />
            </IconButton>
          )}
        </Toolbar>
      </AppBar>
      <Box component="nav" sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
        <Drawer
          variant={wide ? 'permanent' : 'temporary'}
          open={wide || mobileOpen}
          onClose={() => setMobileOpen(false)}
          sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
        >
          {drawer}
        </Drawer>
      </Box>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <Suspense fallback={<LinearProgress aria-label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
