import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Switch, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { localName } from '../../../lib/ui/format';
import { PermissionChecklist } from '../../../lib/ui/PermissionChecklist';
import { CreateRoleMutation, UpdateRoleMutation } from './operations';
import { CODE_PATTERN, type CatalogRow, type RoleRow } from './types';

const FIELDS = ['code', 'name', 'nameEn', 'isSupervisor', 'permissions'];

/** Create a role, or edit a role's names and its permissions with the grouped checklist. */
export function RoleDialog({ role, catalog, onClose, onSaved }: {
  role: RoleRow | null;
  catalog: readonly CatalogRow[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const creating = role === null;
  const [code, setCode] = useState(role?.code ?? '');
  const [name, setName] = useState(role?.name ?? '');
  const [nameEn, setNameEn] = useState(role?.nameEn ?? '');
  const [isSupervisor, setIsSupervisor] = useState(role?.isSupervisor ?? false);
  const [permissions, setPermissions] = useState<string[]>(role ? [...role.permissions] : []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, createState] = useMutation(CreateRoleMutation, { refetchQueries: ['RolesAdmin'] });
  const [update, updateState] = useMutation(UpdateRoleMutation, { refetchQueries: ['RolesAdmin'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (creating && !CODE_PATTERN.test(code)) local.code = t('roles.codeInvalid');
    if (!name.trim()) local.name = t('validation.required');
    if (!nameEn.trim()) local.nameEn = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    try {
      const fields = { name: name.trim(), nameEn: nameEn.trim(), isSupervisor, permissions };
      const result = creating
        ? (await create({ variables: { input: { code, ...fields } } })).data?.createRole
        : (await update({ variables: { input: { id: role.id, ...fields } } })).data?.updateRole;
      if (result?.role && result.errors.length === 0) {
        onSaved();
        return;
      }
      const split = splitFieldErrors(result?.errors, FIELDS, errorText);
      setErrors(split.byField);
      setGeneral(split.general);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="role-form">
        <DialogTitle>{creating ? t('roles.createRole') : t('roles.editRoleTitle', { name: localName(role, i18n.language) })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField label={t('roles.code')} value={code} onChange={(e) => setCode(e.target.value)} disabled={!creating} required
                error={Boolean(errors.code)} helperText={errors.code} />
              <TextField label={t('roles.name')} value={name} onChange={(e) => setName(e.target.value)} required
                error={Boolean(errors.name)} helperText={errors.name} />
              <TextField label={t('roles.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.target.value)} required
                error={Boolean(errors.nameEn)} helperText={errors.nameEn} />
            </Stack>
            <FormControlLabel control={<Switch checked={isSupervisor} onChange={(e) => setIsSupervisor(e.target.checked)} />}
              label={t('roles.supervisor')} />
            <Typography variant="subtitle1">{t('roles.selected', { count: permissions.length })}</Typography>
            {errors.permissions && <Alert severity="error">{errors.permissions}</Alert>}
            <PermissionChecklist catalog={catalog} value={permissions} onChange={setPermissions} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={createState.loading || updateState.loading} data-testid="role-submit">
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
