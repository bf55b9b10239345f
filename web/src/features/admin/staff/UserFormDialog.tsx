import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormHelperText, InputLabel,
  MenuItem, OutlinedInput, Select, Stack, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { EMAIL_PATTERN, splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { localName } from '../../../lib/ui/format';
import { LANGUAGES } from '../../../lib/i18n';
import { CreateUserMutation, UpdateUserMutation } from './operations';
import type { StaffOptions, StaffRow } from './types';

const FIELDS = ['email', 'name', 'password', 'departmentId', 'roleIds', 'locale'];
const MIN_PASSWORD = 8;

interface Props {
  /** The user to edit; null to create a new one. */
  user: StaffRow | null;
  options: StaffOptions | undefined;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Create or edit a staff user. Validates locally, then shows the server's field errors beside the fields. */
export function UserFormDialog({ user, options, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language;
  const creating = user === null;
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [password, setPassword] = useState('');
  const [departmentId, setDepartmentId] = useState(user?.department?.id ?? '');
  const [roleIds, setRoleIds] = useState<string[]>(user?.roles.map((r) => r.id) ?? []);
  const [locale, setLocale] = useState(user?.locale ?? 'zh-CN');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [createUser, createState] = useMutation(CreateUserMutation, { refetchQueries: ['StaffUsers'] });
  const [updateUser, updateState] = useMutation(UpdateUserMutation, { refetchQueries: ['StaffUsers'] });

  const validate = () => {
    const local: Record<string, string> = {};
    if (creating && !EMAIL_PATTERN.test(email.trim())) local.email = t('validation.email');
    if (!name.trim()) local.name = t('validation.required');
    if (creating && password.length < MIN_PASSWORD) local.password = t('staff.passwordTooShort');
    if (roleIds.length === 0) local.roleIds = t('staff.rolesRequired');
    return local;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = validate();
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    try {
      const result = creating
        ? (await createUser({ variables: { input: {
            email: email.trim(), name: name.trim(), password, departmentId: departmentId || null, roleIds, locale,
          } } })).data?.createUser
        : (await updateUser({ variables: { input: {
            id: user.id, name: name.trim(), departmentId: departmentId || null, roleIds, locale,
          } } })).data?.updateUser;
      const split = splitFieldErrors(result?.errors, FIELDS, errorText);
      if (result?.user && (result.errors ?? []).length === 0) {
        onSaved(result.user.name);
        return;
      }
      setErrors(split.byField);
      setGeneral(split.general);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  const busy = createState.loading || updateState.loading;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="user-form">
        <DialogTitle>{creating ? t('staff.createTitle') : t('staff.editTitle', { name: user.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((message) => <Alert severity="error" key={message}>{message}</Alert>)}
            <TextField label={t('user.email')} value={email} onChange={(e) => setEmail(e.target.value)} disabled={!creating}
              error={Boolean(errors.email)} helperText={errors.email} required type="email"
              slotProps={{ htmlInput: { 'data-testid': 'user-email' } }} />
            <TextField label={t('user.name')} value={name} onChange={(e) => setName(e.target.value)} required
              error={Boolean(errors.name)} helperText={errors.name} slotProps={{ htmlInput: { 'data-testid': 'user-name' } }} />
            {creating && (
              <TextField label={t('user.password')} value={password} onChange={(e) => setPassword(e.target.value)} required
                type="password" autoComplete="new-password" error={Boolean(errors.password)} helperText={errors.password}
                slotProps={{ htmlInput: { 'data-testid': 'user-password' } }} />
            )}
            <TextField select label={t('user.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}
              error={Boolean(errors.departmentId)} helperText={errors.departmentId}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'user-department' } as object } }}>
              <MenuItem value=""><em>{t('common.none')}</em></MenuItem>
              {options?.departments.map((d) => <MenuItem key={d.id} value={d.id} data-code={d.code}>{localName(d, lang)}</MenuItem>)}
            </TextField>
            <FormControl error={Boolean(errors.roleIds)} required>
              <InputLabel id="user-roles-label">{t('user.roles')}</InputLabel>
              <Select
                labelId="user-roles-label"
                multiple
                value={roleIds}
                onChange={(e) => setRoleIds(typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value)}
                input={<OutlinedInput label={t('user.roles')} />}
                SelectDisplayProps={{ 'data-testid': 'user-roles' } as object}
                renderValue={(ids) => (
                  <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                    {ids.map((id) => {
                      const role = options?.roles.find((r) => r.id === id);
                      return <Chip key={id} size="small" label={role ? localName(role, lang) : id} />;
                    })}
                  </Stack>
                )}
              >
                {options?.roles.map((r) => <MenuItem key={r.id} value={r.id} data-code={r.code}>{localName(r, lang)}</MenuItem>)}
              </Select>
              {errors.roleIds && <FormHelperText>{errors.roleIds}</FormHelperText>}
            </FormControl>
            <TextField select label={t('user.locale')} value={locale} onChange={(e) => setLocale(e.target.value)}
              error={Boolean(errors.locale)} helperText={errors.locale}>
              {LANGUAGES.map((l) => <MenuItem key={l} value={l}>{t(`lang.${l}`)}</MenuItem>)}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="user-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
