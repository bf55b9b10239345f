import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, MenuItem, Stack, Switch, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { CreatePartnerMutation, UpdatePartnerMutation } from './operations';
import { PARTNER_TYPES, type PartnerRow, type PartnerTypeValue } from './types';

const FIELDS = ['type', 'code', 'name', 'contactName', 'contactPhone', 'active'];

/** Create or edit a supplier / agent (partner:manage). */
export function PartnerFormDialog({ partner, onClose, onSaved }: { partner: PartnerRow | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const creating = partner === null;
  const [type, setType] = useState<PartnerTypeValue>(partner?.type ?? 'SUPPLIER');
  const [code, setCode] = useState(partner?.code ?? '');
  const [name, setName] = useState(partner?.name ?? '');
  const [contactName, setContactName] = useState(partner?.contactName ?? '');
  const [contactPhone, setContactPhone] = useState(partner?.contactPhone ?? '');
  const [active, setActive] = useState(partner?.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, createState] = useMutation(CreatePartnerMutation, { refetchQueries: ['PartnersList'] });
  const [update, updateState] = useMutation(UpdatePartnerMutation, { refetchQueries: ['PartnersList'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (creating && !code.trim()) local.code = t('validation.required');
    if (!name.trim()) local.name = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    const contact = { contactName: contactName.trim() || null, contactPhone: contactPhone.trim() || null };
    try {
      const result = creating
        ? (await create({ variables: { input: { type, code: code.trim(), name: name.trim(), ...contact } } })).data?.createPartner
        : (await update({ variables: { input: { id: partner.id, name: name.trim(), active, ...contact } } })).data?.updatePartner;
      if (result?.partner && result.errors.length === 0) {
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
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="partner-form">
        <DialogTitle>{creating ? t('partners.create') : t('partners.editTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField select label={t('partners.type')} value={type} disabled={!creating}
              onChange={(e) => setType(e.target.value as PartnerTypeValue)} error={Boolean(errors.type)} helperText={errors.type}>
              {PARTNER_TYPES.map((v) => <MenuItem key={v} value={v}>{t(`partners.type${v}`)}</MenuItem>)}
            </TextField>
            <TextField label={t('partners.code')} value={code} onChange={(e) => setCode(e.target.value)} disabled={!creating}
              required error={Boolean(errors.code)} helperText={errors.code} />
            <TextField label={t('partners.name')} value={name} onChange={(e) => setName(e.target.value)}
              required error={Boolean(errors.name)} helperText={errors.name} />
            <TextField label={t('partners.contactName')} value={contactName} onChange={(e) => setContactName(e.target.value)}
              error={Boolean(errors.contactName)} helperText={errors.contactName} />
            <TextField label={t('partners.contactPhone')} value={contactPhone} onChange={(e) => setContactPhone(e.target.value)}
              error={Boolean(errors.contactPhone)} helperText={errors.contactPhone} />
            {!creating && (
              <FormControlLabel control={<Switch checked={active} onChange={(e) => setActive(e.target.checked)} />}
                label={active ? t('common.active') : t('common.inactive')} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={createState.loading || updateState.loading}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
