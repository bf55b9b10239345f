import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LeadOutcome, RefusalReason } from '../../../gql/graphql';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { RecordLeadCallMutation } from './operations';

export const LEAD_OUTCOMES: LeadOutcome[] = ['CONVERTED', 'INTERESTED', 'REFUSED', 'NO_ANSWER', 'INVALID'];
export const REFUSAL_REASONS: RefusalReason[] = ['NOT_INTERESTED', 'TOO_EXPENSIVE', 'NO_NEED_NOW', 'ALREADY_BOUGHT', 'DISTRUST', 'DO_NOT_CALL', 'OTHER'];

/** Records a call to a lead; a refusal needs its reason, and a call inside quiet hours comes back refused. */
export function LeadCallDialog({ lead, onClose, onDone }: { lead: { id: string; name: string }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<LeadOutcome>('INTERESTED');
  const [reason, setReason] = useState<RefusalReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<FieldError[]>([]);
  const [record, { loading }] = useMutation(RecordLeadCallMutation, { refetchQueries: ['CsLeadLists', 'CsLeads'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (outcome === 'REFUSED' && !reason) { setErrors({ refusalReason: t('validation.required') }); return; }
    const input = { leadId: lead.id, outcome, refusalReason: outcome === 'REFUSED' ? reason || null : null, note: note.trim() || null };
    const result = await runPayload(async () => (await record({ variables: { input } })).data?.recordLeadCall);
    if (result.ok) { onDone(); return; }
    const quiet = result.errors.filter((e) => e.code === 'QUIET_HOURS');
    const split = splitFieldErrors(result.errors.filter((e) => e.code !== 'QUIET_HOURS'), ['outcome', 'refusalReason', 'note', 'calledAt'], errorText);
    setErrors(split.byField);
    setGeneral([...quiet, ...split.general.map((message) => ({ message, code: 'ERROR' }))]);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="lead-call-form">
        <DialogTitle>{t('cs.leads.callTitle', { name: lead.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((e) => (
              <Alert key={e.message} severity={e.code === 'QUIET_HOURS' ? 'warning' : 'error'} data-testid={e.code === 'QUIET_HOURS' ? 'quiet-hours-refusal' : 'lead-call-error'}>
                {e.code === 'QUIET_HOURS' ? `${t('cs.quietHoursRefused')} ${e.message}` : e.message}
              </Alert>
            ))}
            <TextField select size="small" label={t('cs.leads.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as LeadOutcome)}
              error={Boolean(errors.outcome)} helperText={errors.outcome}>
              {LEAD_OUTCOMES.map((o) => <MenuItem key={o} value={o}>{t(`cs.enum.leadOutcome.${o}`)}</MenuItem>)}
            </TextField>
            {outcome === 'REFUSED' && (
              <TextField select size="small" label={t('cs.leads.refusalReason')} value={reason} onChange={(e) => setReason(e.target.value as RefusalReason)}
                error={Boolean(errors.refusalReason)} helperText={errors.refusalReason}>
                {REFUSAL_REASONS.map((r) => <MenuItem key={r} value={r}>{t(`cs.enum.refusalReason.${r}`)}</MenuItem>)}
              </TextField>
            )}
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2}
              error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
