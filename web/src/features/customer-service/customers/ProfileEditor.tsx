import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SetMemberLevelMutation, UpdateCustomerMutation } from './operations';
import { MemberLevelsQuery } from '../operations';

interface Props {
  customer: { id: string; tags: readonly string[]; notes?: string | null; memberLevel?: { id: string } | null };
  onSaved: (message: string) => void;
}

/** Tags and notes (customer:write) and the member level by hand (member:manage), with the server's field errors. */
export function ProfileEditor({ customer, onSaved }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = useViewer();
  const [tags, setTags] = useState(customer.tags.join(', '));
  const [notes, setNotes] = useState(customer.notes ?? '');
  const [levelId, setLevelId] = useState(customer.memberLevel?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const levels = useQuery(MemberLevelsQuery).data?.memberLevels ?? [];
  const [update, updating] = useMutation(UpdateCustomerMutation);
  const [setLevel, settingLevel] = useMutation(SetMemberLevelMutation, { refetchQueries: ['CsCustomer'] });

  const saveProfile = async () => {
    const list = tags.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);
    const outcome = await runPayload(async () => (await update({ variables: { input: { id: customer.id, tags: list, notes: notes.trim() || null } } })).data?.updateCustomer);
    const split = splitFieldErrors(outcome.errors, ['tags', 'notes'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
    if (outcome.ok) onSaved(t('common.saved'));
  };

  const saveLevel = async () => {
    const outcome = await runPayload(async () => (await setLevel({ variables: { input: { customerId: customer.id, memberLevelId: levelId || null } } })).data?.setCustomerMemberLevel);
    const split = splitFieldErrors(outcome.errors, ['memberLevelId'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
    if (outcome.ok) onSaved(t('common.saved'));
  };

  return (
    <Stack spacing={2}>
      {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
      {can('customer:write') && (
        <>
          <TextField size="small" label={t('cs.customer.tags')} value={tags} onChange={(e) => setTags(e.target.value)}
            error={Boolean(errors.tags)} helperText={errors.tags ?? t('cs.customer.tagsHint')} slotProps={{ htmlInput: { 'data-testid': 'customer-tags' } }} />
          <TextField size="small" label={t('cs.customer.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2}
            error={Boolean(errors.notes)} helperText={errors.notes} slotProps={{ htmlInput: { 'data-testid': 'customer-notes' } }} />
          <Button variant="outlined" onClick={() => void saveProfile()} disabled={updating.loading} data-testid="customer-save">{t('common.save')}</Button>
        </>
      )}
      {can('member:manage') && (
        <Stack direction="row" spacing={1}>
          <TextField select size="small" fullWidth label={t('cs.customer.memberLevel')} value={levelId} onChange={(e) => setLevelId(e.target.value)}
            error={Boolean(errors.memberLevelId)} helperText={errors.memberLevelId} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">{t('cs.customer.notMember')}</MenuItem>
            {levels.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}{l.grantsVip ? ' (VIP)' : ''}</MenuItem>)}
          </TextField>
          <Button onClick={() => void saveLevel()} disabled={settingLevel.loading} data-testid="customer-set-level">{t('cs.customer.setLevel')}</Button>
        </Stack>
      )}
    </Stack>
  );
}
