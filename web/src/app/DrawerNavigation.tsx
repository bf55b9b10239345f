import { Fragment } from 'react';
import { List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@mui/material';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NAV_SECTIONS, visibleNavItems } from './navigation';

/** The drawer menu, built from the viewer's effective permissions. */
export function DrawerNavigation({ permissions, onNavigate }: { permissions: readonly string[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = visibleNavItems(permissions);
  // The deepest entry whose path holds the current address is the one highlighted (/warehouse/stock, not /warehouse).
  const current = items
    .filter((item) => (item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <nav aria-label={t('common.openMenu')} data-testid="nav">
      {NAV_SECTIONS.map(({ section, labelKey }) => {
        const inSection = items.filter((item) => item.section === section);
        if (inSection.length === 0) return null;
        return (
          <Fragment key={section}>
            <List dense subheader={<ListSubheader disableSticky>{t(labelKey)}</ListSubheader>}>
              {inSection.map((item) => {
                const Icon = item.icon;
                const selected = item === current;
                return (
                  <ListItemButton
                    key={item.key}
                    component={NavLink}
                    to={item.path}
                    selected={selected}
                    onClick={onNavigate}
                    data-testid={`nav-${item.key}`}
                  >
                    <ListItemIcon sx={{ minWidth: 36 }}><Icon fontSize="small" /></ListItemIcon>
                    <ListItemText primary={t(item.labelKey)} />
                  </ListItemButton>
                );
              })}
            </List>
          </Fragment>
        );
      })}
    </nav>
  );
}
