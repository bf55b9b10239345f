import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CreateSupplierPartnerMutation, SaveSupplierProfileMutation } from './operations';
import { ProfileFields, splitCategories, type ProfileDraft } from './ProfileFields';

const PARTNER_FIELDS = ['code', 'name', 'contactName', 'contactPhone', 'contactEmail'];
const PROFILE_FIELDS = ['grade', 'status', 'paymentTerms', 'categories'];

/**
 * A new supplier: the partner record (code, name, contact) and its purchasing profile. These are two server calls;
 * when the profile is refused the partner already exists, so a second try only saves the profile.
 */
export function CreateSupplierDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (partnerId: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [partner, setPartner] = useState({ code: '', name: '', contactName: '', contactPhone: '', contactEmail: '' });
  const [profile, setProfile] = useState<ProfileDraft>({ grade: 'C', status: 'PROSPECTIVE', paymentTerms: '', categories: '' });
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [createPartner, { loading: l1 }] = useMutation(CreateSupplierPartnerMutation);
  const [saveProfile, { loading: l2 }] = useMutation(SaveSupplierProfileMutation, { refetchQueries: ['Suppliers'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!partner.code.trim()) local.code = t('validation.required');
    if (!partner.name.trim()) local.name = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    let partnerId = createdId;
    if (!partnerId) {
      const made = await runPayload(async () => (await createPartner({ variables: { input: {
        type: 'SUPPLIER', code: partner.code.trim(), name: partner.name.trim(), contactName: partner.contactName.trim() || null,
        contactPhone: partner.contactPhone.trim() || null, contactEmail: partner.contactEmail.trim() || null,
      } } })).data?.createPartner);
      if (!made.ok || !made.payload?.partner) {
        const split = splitFieldErrors(made.errors, PARTNER_FIELDS, errorText);
        setErrors(split.byField);
        setGeneral(split.general);
        return;
      }
      partnerId = made.payload.partner.id;
      setCreatedId(partnerId);
    }
    const saved = await runPayload(async () => (await saveProfile({ variables: { input: {
      partnerId: partnerId!, grade: profile.grade, status: profile.status, paymentTerms: profile.paymentTerms.trim() || null,
      categories: splitCategories(profile.categories),
    } } })).data?.saveSupplierProfile);
    if (saved.ok) {
      onCreated(partnerId!);
      return;
    }
    const split = splitFieldErrors(saved.errors.map((e) => ({ ...e, field: e.field?.replace(/^categories\.\d+$/, 'categories') })), PROFILE_FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const text = (name: keyof typeof partner, label: string, required = false) => (
    <TextField size="small" label={label} value={partner[name]} required={required} disabled={Boolean(createdId)}
      onChange={(e) => setPartner((p) => ({ ...p, [name]: e.target.value }))} error={Boolean(errors[name])} helperText={errors[name]}
      slotProps={{ htmlInput: { 'data-testid': `supplier-${name}` } }} fullWidth />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="supplier-form">
        <DialogTitle>{t('proc.suppliers.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="supplier-form-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {text('code', t('proc.suppliers.partnerCode'), true)}
              {text('name', t('proc.suppliers.name'), true)}
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              {text('contactName', t('proc.suppliers.contactName'))}
              {text('contactPhone', t('proc.suppliers.contactPhone'))}
              {text('contactEmail', t('proc.suppliers.contactEmail'))}
            </Stack>
            <ProfileFields value={profile} onChange={setProfile} errors={errors} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={l1 || l2} data-testid="supplier-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
