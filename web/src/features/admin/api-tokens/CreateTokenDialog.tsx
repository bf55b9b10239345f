import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormHelperText, MenuItem, Stack, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { PermissionChecklist } from '../../../lib/ui/PermissionChecklist';
import { CreateApiTokenMutation, TokenFormOptionsQuery } from './operations';

const FIELDS = ['name', 'kind', 'permissions', 'partnerId', 'expiresAt'];
/** No token may hold administration permissions; analyst tokens hold only read permissions. */
const ADMIN_GROUPS = ['user', 'role', 'token', 'audit'];
const grantable = (name: string, kind: Kind) =>
  !ADMIN_GROUPS.includes(name.split(':')[0]) && (kind === 'PARTNER' || name.endsWith(':read'));
type Kind = 'PARTNER' | 'ANALYST';

/** Issues a token for a partner or an analyst. On success the parent shows the secret once. */
export function CreateTokenDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data: options } = useQuery(TokenFormOptionsQuery);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('ANALYST');
  const [partnerId, setPartnerId] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [permissions, setPermissions] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { refetchQueries: ['ApiTokensList'] });

  const catalog = (options?.permissionCatalog ?? []).filter((entry) => grantable(entry.name, kind));
  const changeKind = (next: Kind) => {
    setKind(next);
    setPermissions((current) => current.filter((name) => grantable(name, next)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('validation.required');
    if (kind === 'PARTNER' && !partnerId) local.partnerId = t('tokens.partnerRequired');
    if (permissions.length === 0) local.permissions = t('tokens.scopeRequired');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await create({ variables: { input: {
        name: name.trim(), kind, permissions,
        partnerId: kind === 'PARTNER' ? partnerId : null,
        expiresAt: expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null,
      } } });
      const result = data?.createApiToken;
      if (result?.secret && result.errors.length === 0) {
        onCreated(result.secret);
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
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="token-form">
        <DialogTitle>{t('tokens.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField label={t('tokens.name')} value={name} onChange={(e) => setName(e.target.value)} required
              error={Boolean(errors.name)} helperText={errors.name} slotProps={{ htmlInput: { 'data-testid': 'token-name' } }} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select label={t('tokens.kind')} value={kind} onChange={(e) => changeKind(e.target.value as Kind)} sx={{ minWidth: 160 }}
                error={Boolean(errors.kind)} helperText={errors.kind}>
                <MenuItem value="ANALYST">{t('tokens.kindANALYST')}</MenuItem>
                <MenuItem value="PARTNER">{t('tokens.kindPARTNER')}</MenuItem>
              </TextField>
              {kind === 'PARTNER' && (
                <TextField select label={t('tokens.partner')} value={partnerId} onChange={(e) => setPartnerId(e.target.value)}
                  sx={{ minWidth: 220 }} required error={Boolean(errors.partnerId)} helperText={errors.partnerId}>
                  {options?.partners.nodes.map((p) => (
                    <MenuItem key={p.id} value={p.id}>{p.name} ({t(`partners.type${p.type}`)})</MenuItem>
                  ))}
                </TextField>
              )}
              <TextField type="date" label={t('tokens.expiresAt')} value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)}
                error={Boolean(errors.expiresAt)} helperText={errors.expiresAt} slotProps={{ inputLabel: { shrink: true } }} />
            </Stack>
            <Typography variant="subtitle1">{t('tokens.scope')} · {t('roles.selected', { count: permissions.length })}</Typography>
            {errors.permissions && <FormHelperText error>{errors.permissions}</FormHelperText>}
            <PermissionChecklist catalog={catalog} value={permissions} onChange={setPermissions} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="token-submit">{t('common.create')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
