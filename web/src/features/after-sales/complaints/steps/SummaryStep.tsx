import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SummarizeComplaintMutation } from '../operations';
import { Fact } from '../StepCard';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import type { StepProps } from './types';

const FIELDS = ['classification', 'rootCause', 'improvementAction'];

/** Step 7: classification for the statistics sheet, root cause and improvement action; closes the loop. */
export function SummaryStep({ complaint, writable, notify, current }: StepProps & { current: boolean }) {
  const { t } = useTranslation();
  const [classification, setClassification] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [improvement, setImprovement] = useState('');
  const form = useStepForm(FIELDS);
  const [summarize] = useMutation(SummarizeComplaintMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints', 'AsOverdueComplaints'] });

  if (!current) {
    return (
      <>
        <Fact label={t('as.summary.classification')} value={complaint.classification} testId="summary-classification" />
        <Fact label={t('as.summary.rootCause')} value={complaint.rootCause} />
        <Fact label={t('as.summary.improvement')} value={complaint.improvementAction} />
      </>
    );
  }
  if (!writable) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!classification.trim()) local.classification = t('validation.required');
    if (!rootCause.trim()) local.rootCause = t('validation.required');
    if (!improvement.trim()) local.improvementAction = t('validation.required');
    const ok = await form.submit(async () => (await summarize({ variables: { input: {
      id: complaint.id, classification: classification.trim(), rootCause: rootCause.trim(), improvementAction: improvement.trim(),
    } } })).data?.summarizeComplaint, local);
    if (ok) notify(t('as.summary.done'));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="summary-form">
      <StepErrors messages={form.general} testId="summary-error" />
      <Stack spacing={2}>
        <TextField size="small" required label={t('as.summary.classification')} value={classification} onChange={(e) => setClassification(e.target.value)}
          {...form.fieldProps('classification')} helperText={form.errors.classification ?? t('as.summary.classificationHint')}
          slotProps={{ htmlInput: { 'data-testid': 'summary-classification' } }} />
        <TextField size="small" required multiline label={t('as.summary.rootCause')} value={rootCause} onChange={(e) => setRootCause(e.target.value)}
          {...form.fieldProps('rootCause')} slotProps={{ htmlInput: { 'data-testid': 'summary-root-cause' } }} />
        <TextField size="small" required multiline label={t('as.summary.improvement')} value={improvement} onChange={(e) => setImprovement(e.target.value)}
          {...form.fieldProps('improvementAction')} slotProps={{ htmlInput: { 'data-testid': 'summary-improvement' } }} />
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={form.busy} data-testid="summary-submit">{t('as.summary.submit')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
