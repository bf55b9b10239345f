import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import type { SupplierGrade, SupplierStatus } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SaveSupplierProfileMutation } from './operations';
import { ProfileFields, splitCategories, type ProfileDraft } from './ProfileFields';

interface Contact { name: string; role: string; phone: string; email: string }

/** Grade, status, terms, categories and contact people of a supplier; errors beside the fields they name. */
export function EditProfileDialog({ partnerId, profile, onClose, onSaved }: {
  partnerId: string;
  profile: { grade: SupplierGrade; status: SupplierStatus; paymentTerms?: string | null; categories: readonly string[]; contacts: readonly { name: string; role?: string | null; phone?: string | null; email?: string | null }[] };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<ProfileDraft>({ grade: profile.grade, status: profile.status, paymentTerms: profile.paymentTerms ?? '', categories: profile.categories.join(', ') });
  const [contacts, setContacts] = useState<Contact[]>(profile.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [save, { loading }] = useMutation(SaveSupplierProfileMutation, { refetchQueries: ['Suppliers', 'Supplier'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await runPayload(async () => (await save({ variables: { input: {
      partnerId, grade: draft.grade, status: draft.status, paymentTerms: draft.paymentTerms.trim(), categories: splitCategories(draft.categories),
      contacts: contacts.map((c) => ({ name: c.name.trim(), role: c.role.trim() || null, phone: c.phone.trim() || null, email: c.email.trim() || null })),
    } } })).data?.saveSupplierProfile);
    if (outcome.ok) {
      onSaved();
      return;
    }
    const known = ['grade', 'status', 'paymentTerms', 'categories', ...contacts.flatMap((_c, i) => ['name', 'role', 'phone', 'email'].map((f) => `contacts.${i}.${f}`))];
    const split = splitFieldErrors(outcome.errors.map((e) => ({ ...e, field: e.field?.replace(/^(input\.)?categories\.\d+$/, 'categories') })), known, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const setContact = (i: number, patch: Partial<Contact>) => setContacts((cur) => cur.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="supplier-profile-form">
        <DialogTitle>{t('proc.suppliers.editProfile')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="supplier-profile-error">{m}</Alert>)}
            <ProfileFields value={draft} onChange={setDraft} errors={errors} />
            <Typography variant="subtitle2">{t('proc.suppliers.contacts')}</Typography>
            {contacts.map((c, i) => (
              <Stack key={i} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }} data-testid={`supplier-contact-${i}`}>
                {(['name', 'role', 'phone', 'email'] as const).map((f) => {
                  const key = `contacts.${i}.${f}`;
                  const label = { name: t('proc.suppliers.contactName'), role: t('proc.suppliers.contactRole'), phone: t('proc.suppliers.contactPhone'), email: t('proc.suppliers.contactEmail') }[f];
                  return <TextField key={f} size="small" label={label} value={c[f]} onChange={(e) => setContact(i, { [f]: e.target.value })}
                    error={Boolean(errors[key])} helperText={errors[key]} required={f === 'name'} />;
                })}
                <IconButton aria-label={t('common.remove')} onClick={() => setContacts((cur) => cur.filter((_c, j) => j !== i))}><DeleteIcon fontSize="small" /></IconButton>
              </Stack>
            ))}
            <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => setContacts((cur) => [...cur, { name: '', role: '', phone: '', email: '' }])}>
              {t('proc.suppliers.addContact')}
            </Button>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="supplier-profile-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
