import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Stack, Switch, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CreateCourierMutation, UpdateCourierMutation } from './operations';

interface Courier { id: string; code: string; name: string; contactPhone?: string | null; notes?: string | null; active: boolean }
const FIELDS = ['code', 'name', 'contactPhone', 'notes'];

/** A new courier, or changes to one (the code stays). */
export function CourierDialog({ courier, onClose, onDone }: { courier: Courier | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [code, setCode] = useState(courier?.code ?? '');
  const [name, setName] = useState(courier?.name ?? '');
  const [phone, setPhone] = useState(courier?.contactPhone ?? '');
  const [notes, setNotes] = useState(courier?.notes ?? '');
  const [active, setActive] = useState(courier?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const options = { refetchQueries: ['Couriers', 'CourierOptions'] };
  const [create, { loading: creating }] = useMutation(CreateCourierMutation, options);
  const [update, { loading: updating }] = useMutation(UpdateCourierMutation, options);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!courier && !code.trim()) local.code = t('validation.required');
    if (!name.trim()) local.name = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const common = { name: name.trim(), contactPhone: phone.trim() || null, notes: notes.trim() || null };
    const outcome = await runPayload(async () => (courier
      ? (await update({ variables: { input: { id: courier.id, ...common, active } } })).data?.updateCourier
      : (await create({ variables: { input: { code: code.trim(), ...common } } })).data?.createCourier));
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="courier-form">
        <DialogTitle>{courier ? t('couriers.editTitle', { code: courier.code }) : t('couriers.createTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField size="small" label={t('couriers.code')} value={code} onChange={(e) => setCode(e.target.value)} disabled={Boolean(courier)} required
              error={Boolean(errors.code)} helperText={errors.code} slotProps={{ htmlInput: { 'data-testid': 'courier-code' } }} />
            <TextField size="small" label={t('couriers.name')} value={name} onChange={(e) => setName(e.target.value)} required
              error={Boolean(errors.name)} helperText={errors.name} slotProps={{ htmlInput: { 'data-testid': 'courier-name' } }} />
            <TextField size="small" label={t('couriers.contactPhone')} value={phone} onChange={(e) => setPhone(e.target.value)}
              error={Boolean(errors.contactPhone)} helperText={errors.contactPhone} slotProps={{ htmlInput: { 'data-testid': 'courier-phone' } }} />
            <TextField size="small" label={t('couriers.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2}
              error={Boolean(errors.notes)} helperText={errors.notes} slotProps={{ htmlInput: { 'data-testid': 'courier-notes' } }} />
            {courier && <FormControlLabel label={t('couriers.active')} control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={creating || updating} data-testid="courier-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
