import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { groupPermissions, permissionDescription } from './permissions';

/** A viewer's permissions as chips, one row per domain, with the description on hover. */
export function PermissionChips({ permissions, testId }: { permissions: readonly string[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  const groups = groupPermissions([...permissions].sort(), (p) => p);
  return (
    <Stack spacing={1} data-testid={testId}>
      {groups.map(([group, names]) => (
        <Box key={group} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary" sx={{ minWidth: 96 }}>
            {t(`perm.group.${group}`, { defaultValue: group })}
          </Typography>
          {names.map((name) => (
            <Tooltip key={name} title={permissionDescription(name, undefined, i18n.language)}>
              <Chip size="small" label={name} variant="outlined" data-perm={name} />
            </Tooltip>
          ))}
        </Box>
      ))}
    </Stack>
  );
}
