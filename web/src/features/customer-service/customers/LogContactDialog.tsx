import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CareType, ContactChannel, ContactDirection, ContactOutcome } from '../../../gql/graphql';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { shopLocalToIso } from '../shanghaiTime';
import { LogCareActionMutation, LogContactMutation } from './operations';
import { CARE_TYPES, CONTACT_CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES } from '../labels';

const FIELDS = ['channel', 'direction', 'outcome', 'summary', 'at', 'careType'];

/** Logs a contact or a care action for one customer; a call inside quiet hours comes back refused, shown here. */
export function LogContactDialog({ customerId, onClose, onLogged }: { customerId: string; onClose: () => void; onLogged: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<'contact' | 'care'>('contact');
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [direction, setDirection] = useState<ContactDirection>('OUTBOUND');
  const [outcome, setOutcome] = useState<ContactOutcome>('REACHED');
  const [careType, setCareType] = useState<CareType>('FESTIVAL_GREETING');
  const [summary, setSummary] = useState('');
  const [at, setAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<FieldError[]>([]);
  const refetch = { refetchQueries: ['CsContactLogs', 'CsCustomer', 'CsCustomers'] };
  const [logContact, contactState] = useMutation(LogContactMutation, refetch);
  const [logCare, careState] = useMutation(LogCareActionMutation, refetch);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!summary.trim()) {
      setErrors({ summary: t('validation.required') });
      return;
    }
    const when = shopLocalToIso(at);
    const outcomeResult = await runPayload(async () => (kind === 'contact'
      ? (await logContact({ variables: { input: { customerId, channel, direction, outcome, summary: summary.trim(), at: when } } })).data?.logContact
      : (await logCare({ variables: { input: { customerId, channel, careType, outcome, summary: summary.trim(), at: when } } })).data?.logCareAction));
    if (outcomeResult.ok) {
      onLogged();
      return;
    }
    const split = splitFieldErrors(outcomeResult.errors.filter((e) => e.code !== 'QUIET_HOURS'), FIELDS, errorText);
    setErrors(split.byField);
    setGeneral([
      ...outcomeResult.errors.filter((e) => e.code === 'QUIET_HOURS'),
      ...split.general.map((message) => ({ message, code: 'ERROR' })),
    ]);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="log-contact-form">
        <DialogTitle>{t('cs.contact.logTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((e) => (
              <Alert key={e.message} severity="error" data-testid={e.code === 'QUIET_HOURS' ? 'quiet-hours-refusal' : 'log-contact-error'}>
                {e.code === 'QUIET_HOURS' ? `${t('cs.quietHoursRefused')} ${e.message}` : e.message}
              </Alert>
            ))}
            <ToggleButtonGroup exclusive size="small" value={kind} onChange={(_e, v: 'contact' | 'care' | null) => v && setKind(v)}>
              <ToggleButton value="contact" data-testid="log-kind-contact">{t('cs.contact.kindContact')}</ToggleButton>
              <ToggleButton value="care" data-testid="log-kind-care">{t('cs.contact.kindCare')}</ToggleButton>
            </ToggleButtonGroup>
            <Stack direction="row" spacing={2}>
              <TextField select fullWidth size="small" label={t('cs.contact.channel')} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}
                error={Boolean(errors.channel)} helperText={errors.channel}>
                {CONTACT_CHANNELS.map((c) => <MenuItem key={c} value={c}>{t(`cs.enum.contactChannel.${c}`)}</MenuItem>)}
              </TextField>
              {kind === 'contact' ? (
                <TextField select fullWidth size="small" label={t('cs.contact.direction')} value={direction} onChange={(e) => setDirection(e.target.value as ContactDirection)}
                  error={Boolean(errors.direction)} helperText={errors.direction}>
                  {CONTACT_DIRECTIONS.map((d) => <MenuItem key={d} value={d}>{t(`cs.enum.direction.${d}`)}</MenuItem>)}
                </TextField>
              ) : (
                <TextField select fullWidth size="small" label={t('cs.contact.careType')} value={careType} onChange={(e) => setCareType(e.target.value as CareType)}
                  error={Boolean(errors.careType)} helperText={errors.careType}>
                  {CARE_TYPES.map((c) => <MenuItem key={c} value={c}>{t(`cs.enum.careType.${c}`)}</MenuItem>)}
                </TextField>
              )}
              <TextField select fullWidth size="small" label={t('cs.contact.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as ContactOutcome)}
                error={Boolean(errors.outcome)} helperText={errors.outcome}>
                {CONTACT_OUTCOMES.map((o) => <MenuItem key={o} value={o}>{t(`cs.enum.outcome.${o}`)}</MenuItem>)}
              </TextField>
            </Stack>
            <TextField size="small" type="datetime-local" label={t('cs.contact.at')} value={at} onChange={(e) => setAt(e.target.value)}
              error={Boolean(errors.at)} helperText={errors.at ?? t('cs.contact.atHint')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'log-contact-at' } }} />
            <TextField label={t('cs.contact.summary')} value={summary} multiline minRows={3} required
              onChange={(e) => { setSummary(e.target.value); setErrors((x) => ({ ...x, summary: '' })); }}
              error={Boolean(errors.summary)} helperText={errors.summary} slotProps={{ htmlInput: { 'data-testid': 'log-contact-summary' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={contactState.loading || careState.loading} data-testid="log-contact-submit">{t('cs.contact.log')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
