import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Checkbox, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CallbackRating, ContactChannel } from '../../../gql/graphql';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { shopLocalToIso } from '../shanghaiTime';
import { CALLBACK_RATINGS, CONTACT_CHANNELS } from '../labels';
import { RecordCallbackMutation } from './operations';

const FIELDS = ['channel', 'calledAt', 'reached', 'rating', 'opinions', 'suggestions', 'followUpNeeded', 'followUpNote', 'raiseComplaint', 'complaintSummary', 'giveUp'];

/** The callback form (回访记录表). Calls inside the quiet hours come back refused and the refusal is shown above the form. */
export function CallbackForm({ taskId, rating, onRating, onRecorded }: {
  taskId: string; rating: CallbackRating | null; onRating: (r: CallbackRating | null) => void; onRecorded: (complaint: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [calledAt, setCalledAt] = useState('');
  const [reached, setReached] = useState<'yes' | 'no'>('yes');
  const [giveUp, setGiveUp] = useState(false);
  const [opinions, setOpinions] = useState('');
  const [suggestions, setSuggestions] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [followUpNote, setFollowUpNote] = useState('');
  const [raiseComplaint, setRaiseComplaint] = useState(false);
  const [complaintSummary, setComplaintSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<FieldError[]>([]);
  const [record, { loading }] = useMutation(RecordCallbackMutation, { refetchQueries: ['CsCallbackTask', 'CsCallbackTasks', 'CsCallbackCampaigns', 'CsCallbackCampaign'] });
  const isReached = reached === 'yes';
  const unsatisfied = isReached && rating === 'UNSATISFIED';

  const validate = () => {
    const local: Record<string, string> = {};
    if (isReached && !rating) local.rating = t('cs.callbackForm.ratingRequired');
    if (unsatisfied && !opinions.trim()) local.opinions = t('cs.callbackForm.opinionsRequired');
    if (isReached && followUp && !followUpNote.trim()) local.followUpNote = t('validation.required');
    return local;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = validate();
    setErrors(local);
    setRefusals([]);
    if (Object.keys(local).length) return;
    const input = {
      taskId, channel, calledAt: shopLocalToIso(calledAt), reached: isReached, giveUp: !isReached && giveUp,
      rating: isReached ? rating : null,
      opinions: isReached ? opinions.trim() || null : null,
      suggestions: isReached ? suggestions.trim() || null : null,
      followUpNeeded: isReached && followUp, followUpNote: isReached && followUp ? followUpNote.trim() : null,
      raiseComplaint: unsatisfied && raiseComplaint, complaintSummary: unsatisfied && raiseComplaint ? complaintSummary.trim() || null : null,
    };
    const outcome = await runPayload(async () => (await record({ variables: { input } })).data?.recordCallback);
    if (outcome.ok) {
      onRecorded(Boolean(outcome.payload?.complaintRequest));
      return;
    }
    const quiet = outcome.errors.filter((e) => e.code === 'QUIET_HOURS' || e.code === 'OUTSIDE_DUE_WINDOW');
    const split = splitFieldErrors(outcome.errors.filter((e) => !quiet.includes(e)), FIELDS, errorText);
    setErrors(split.byField);
    setRefusals([...quiet, ...split.general.map((message) => ({ message, code: 'ERROR' }))]);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="callback-form">
      <Stack spacing={2}>
        {refusals.map((e) => (
          <Alert key={e.message} severity={e.code === 'QUIET_HOURS' ? 'warning' : 'error'} data-testid={e.code === 'QUIET_HOURS' ? 'quiet-hours-refusal' : 'callback-error'}>
            {e.code === 'QUIET_HOURS' ? `${t('cs.quietHoursRefused')} ${e.message}` : e.message}
          </Alert>
        ))}
        <Stack direction="row" spacing={2}>
          <TextField select size="small" fullWidth label={t('cs.contact.channel')} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}
            error={Boolean(errors.channel)} helperText={errors.channel} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'callback-channel' } as object } }}>
            {CONTACT_CHANNELS.map((c) => <MenuItem key={c} value={c}>{t(`cs.enum.contactChannel.${c}`)}</MenuItem>)}
          </TextField>
          <TextField size="small" fullWidth type="datetime-local" label={t('cs.callbackForm.calledAt')} value={calledAt} onChange={(e) => setCalledAt(e.target.value)}
            error={Boolean(errors.calledAt)} helperText={errors.calledAt ?? t('cs.contact.atHint')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'callback-called-at' } }} />
        </Stack>
        <FormControl error={Boolean(errors.reached)}>
          <FormLabel>{t('cs.callbackForm.reached')}</FormLabel>
          <RadioGroup row value={reached} onChange={(e) => setReached(e.target.value as 'yes' | 'no')}>
            <FormControlLabel value="yes" control={<Radio slotProps={{ input: { 'data-testid': 'callback-reached-yes' } as object }} />} label={t('common.yes')} />
            <FormControlLabel value="no" control={<Radio slotProps={{ input: { 'data-testid': 'callback-reached-no' } as object }} />} label={t('common.no')} />
          </RadioGroup>
          {errors.reached && <FormHelperText>{errors.reached}</FormHelperText>}
        </FormControl>
        {!isReached && (
          <FormControlLabel control={<Checkbox checked={giveUp} onChange={(e) => setGiveUp(e.target.checked)} slotProps={{ input: { 'data-testid': 'callback-give-up' } as object }} />}
            label={t('cs.callbackForm.giveUp')} />
        )}
        {isReached && (
          <>
            <FormControl error={Boolean(errors.rating)}>
              <FormLabel>{t('cs.callbacks.rating')}</FormLabel>
              <RadioGroup row value={rating ?? ''} onChange={(e) => { onRating(e.target.value as CallbackRating); setErrors((x) => ({ ...x, rating: '' })); }}>
                {CALLBACK_RATINGS.map((r) => (
                  <FormControlLabel key={r} value={r} label={t(`cs.enum.rating.${r}`)}
                    control={<Radio slotProps={{ input: { 'data-testid': `callback-rating-${r}` } as object }} />} />
                ))}
              </RadioGroup>
              {errors.rating && <FormHelperText>{errors.rating}</FormHelperText>}
            </FormControl>
            <TextField label={t('cs.callbackForm.opinions')} value={opinions} onChange={(e) => setOpinions(e.target.value)} multiline minRows={2} required={unsatisfied}
              error={Boolean(errors.opinions)} helperText={errors.opinions} slotProps={{ htmlInput: { 'data-testid': 'callback-opinions' } }} />
            <TextField label={t('cs.callbackForm.suggestions')} value={suggestions} onChange={(e) => setSuggestions(e.target.value)} multiline minRows={2}
              error={Boolean(errors.suggestions)} helperText={errors.suggestions} slotProps={{ htmlInput: { 'data-testid': 'callback-suggestions' } }} />
            <FormControlLabel control={<Checkbox checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} slotProps={{ input: { 'data-testid': 'callback-follow-up' } as object }} />}
              label={t('cs.callbackForm.followUpNeeded')} />
            {followUp && (
              <TextField size="small" label={t('cs.callbackForm.followUpNote')} value={followUpNote} onChange={(e) => setFollowUpNote(e.target.value)}
                error={Boolean(errors.followUpNote)} helperText={errors.followUpNote} slotProps={{ htmlInput: { 'data-testid': 'callback-follow-up-note' } }} />
            )}
            {unsatisfied && (
              <Alert severity="warning" icon={false}>
                <FormControlLabel label={t('cs.callbackForm.raiseComplaint')}
                  control={<Checkbox checked={raiseComplaint} onChange={(e) => setRaiseComplaint(e.target.checked)} slotProps={{ input: { 'data-testid': 'callback-raise-complaint' } as object }} />} />
                {raiseComplaint && (
                  <TextField size="small" fullWidth sx={{ mt: 1 }} label={t('cs.callbackForm.complaintSummary')} value={complaintSummary}
                    onChange={(e) => setComplaintSummary(e.target.value)} placeholder={t('cs.callbackForm.complaintSummaryHint')}
                    error={Boolean(errors.complaintSummary || errors.raiseComplaint)} helperText={errors.complaintSummary || errors.raiseComplaint}
                    slotProps={{ htmlInput: { 'data-testid': 'callback-complaint-summary' } }} />
                )}
              </Alert>
            )}
          </>
        )}
        <Button type="submit" variant="contained" disabled={loading} data-testid="callback-submit">{t('cs.callbackForm.submit')}</Button>
      </Stack>
    </form>
  );
}
