import { Box, Checkbox, FormControlLabel, FormGroup, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { groupPermissions, permissionDescription } from './permissions';

export interface CatalogEntry {
  name: string;
  description: string;
  group: string;
}

/**
 * The permission catalogue as checkboxes, one block per domain, with a checkbox per block that toggles the
 * whole domain.
 */
export function PermissionChecklist({ catalog, value, onChange, disabled }: {
  catalog: readonly CatalogEntry[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const selected = new Set(value);
  const groups = groupPermissions(catalog, (entry) => entry.name);
  const toggle = (names: string[], on: boolean) => {
    const next = new Set(selected);
    for (const name of names) {
      if (on) next.add(name);
      else next.delete(name);
    }
    onChange(catalog.map((e) => e.name).filter((name) => next.has(name)));
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }} data-testid="permission-checklist">
      {groups.map(([group, entries]) => {
        const names = entries.map((e) => e.name);
        const count = names.filter((n) => selected.has(n)).length;
        return (
          <Paper key={group} variant="outlined" sx={{ p: 1.5 }}>
            <FormControlLabel
              label={<Typography variant="subtitle2">{t(`perm.group.${group}`, { defaultValue: group })}</Typography>}
              control={
                <Checkbox
                  checked={count === names.length}
                  indeterminate={count > 0 && count < names.length}
                  onChange={(e) => toggle(names, e.target.checked)}
                  disabled={disabled}
                />
              }
            />
            <FormGroup sx={{ pl: 3 }}>
              {entries.map((entry) => (
                <FormControlLabel
                  key={entry.name}
                  label={
                    <Typography variant="body2">
                      {permissionDescription(entry.name, entry.description, i18n.language)}
                      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>{entry.name}</Typography>
                    </Typography>
                  }
                  control={
                    <Checkbox size="small" checked={selected.has(entry.name)} disabled={disabled}
                      onChange={(e) => toggle([entry.name], e.target.checked)} slotProps={{ input: { 'aria-label': entry.name } }}
                      data-perm={entry.name} />
                  }
                />
              ))}
            </FormGroup>
          </Paper>
        );
      })}
    </Box>
  );
}
