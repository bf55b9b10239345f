import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { ResetUserPasswordMutation } from './operations';
import type { StaffRow } from './types';

/** Sets a new password for a staff user (user:manage). */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: StaffRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [reset, { loading }] = useMutation(ResetUserPasswordMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 8) {
      setFieldError(t('staff.passwordTooShort'));
      return;
    }
    try {
      const { data } = await reset({ variables: { input: { id: user.id, password } } });
      const errors = data?.resetUserPassword.errors ?? [];
      if (errors.length === 0) {
        onDone();
        return;
      }
      const split = splitFieldErrors(errors, ['password'], errorText);
      setFieldError(split.byField.password);
      setGeneral(split.general);
    } catch (error) {
      setGeneral([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle>{t('staff.resetTitle', { name: user.name })}</DialogTitle>
        <DialogContent>
          {general.map((message) => <Alert severity="error" key={message} sx={{ mb: 2 }}>{message}</Alert>)}
          <TextField label={t('user.newPassword')} type="password" autoComplete="new-password" fullWidth sx={{ mt: 1 }}
            value={password} onChange={(e) => setPassword(e.target.value)} error={Boolean(fieldError)} helperText={fieldError}
            slotProps={{ htmlInput: { 'data-testid': 'reset-password' } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
