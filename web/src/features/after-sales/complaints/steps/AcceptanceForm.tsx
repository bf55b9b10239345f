import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AcceptanceMethod } from '../../../../gql/graphql';
import { shopLocalToIso } from '../../../customer-service/shanghaiTime';
import { RecordAcceptanceMutation } from '../operations';
import { ACCEPTANCE_METHODS } from '../labels';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import type { ComplaintDetail } from './types';

const FIELDS = ['accepted', 'confirmedBy', 'method', 'acceptedAt', 'feedback'];

/** The customer confirms they accept the solution (顾客确认): who, how, when, and their feedback. */
export function AcceptanceForm({ complaint, notify }: { complaint: ComplaintDetail; notify: (message: string) => void }) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState<'yes' | 'no'>('yes');
  const [confirmedBy, setConfirmedBy] = useState(complaint.customer.name);
  const [method, setMethod] = useState<AcceptanceMethod>('PHONE');
  const [acceptedAt, setAcceptedAt] = useState('');
  const [feedback, setFeedback] = useState('');
  const form = useStepForm(FIELDS);
  const [accept] = useMutation(RecordAcceptanceMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!confirmedBy.trim()) local.confirmedBy = t('validation.required');
    if (accepted === 'no' && !feedback.trim()) local.feedback = t('as.implementation.declineWhy');
    const ok = await form.submit(async () => (await accept({ variables: { input: {
      id: complaint.id, accepted: accepted === 'yes', confirmedBy: confirmedBy.trim(), method, acceptedAt: acceptedAt ? shopLocalToIso(acceptedAt) : null, feedback: feedback.trim() || null,
    } } })).data?.recordComplaintAcceptance, local);
    if (ok) notify(accepted === 'yes' ? t('as.implementation.accepted') : t('as.implementation.declined'));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="acceptance-form">
      <Typography variant="subtitle2" gutterBottom>{t('as.implementation.acceptance')}</Typography>
      <StepErrors messages={form.general} testId="acceptance-error" />
      <Stack spacing={2}>
        <RadioGroup row value={accepted} onChange={(e) => setAccepted(e.target.value as 'yes' | 'no')}>
          <FormControlLabel value="yes" control={<Radio slotProps={{ input: { 'data-testid': 'acceptance-yes' } as object }} />} label={t('as.implementation.acceptsYes')} />
          <FormControlLabel value="no" control={<Radio slotProps={{ input: { 'data-testid': 'acceptance-no' } as object }} />} label={t('as.implementation.acceptsNo')} />
        </RadioGroup>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField size="small" required label={t('as.implementation.acceptedBy')} value={confirmedBy} onChange={(e) => setConfirmedBy(e.target.value)}
            {...form.fieldProps('confirmedBy')} slotProps={{ htmlInput: { 'data-testid': 'acceptance-by' } }} />
          <TextField select size="small" label={t('as.implementation.acceptanceMethod')} value={method} onChange={(e) => setMethod(e.target.value as AcceptanceMethod)}
            sx={{ minWidth: 160 }} {...form.fieldProps('method')}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'acceptance-method' } as object } }}>
            {ACCEPTANCE_METHODS.map((m) => <MenuItem key={m} value={m}>{t(`as.enum.acceptanceMethod.${m}`)}</MenuItem>)}
          </TextField>
          <TextField size="small" type="datetime-local" label={t('as.implementation.acceptedAt')} value={acceptedAt} onChange={(e) => setAcceptedAt(e.target.value)}
            {...form.fieldProps('acceptedAt')} helperText={form.errors.acceptedAt ?? t('as.complaint.receivedAtHint')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'acceptance-at' } }} />
        </Stack>
        <TextField size="small" multiline label={t('as.implementation.feedback')} value={feedback} onChange={(e) => setFeedback(e.target.value)}
          {...form.fieldProps('feedback')} slotProps={{ htmlInput: { 'data-testid': 'acceptance-feedback' } }} />
        <Stack direction="row">
          <Button type="submit" variant="contained" color={accepted === 'yes' ? 'success' : 'warning'} disabled={form.busy} data-testid="acceptance-submit">
            {accepted === 'yes' ? t('as.implementation.accept') : t('as.implementation.decline')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
