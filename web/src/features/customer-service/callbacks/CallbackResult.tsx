import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useViewer } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/ui/format';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { RaiseComplaintMutation, ResolveFollowUpMutation, type CallbackTaskQuery } from './operations';

type Task = NonNullable<ResultOf<typeof CallbackTaskQuery>['callbackTask']>;

/** A completed callback form, read-only, with the one-step complaint request for an unsatisfied result and the follow-up. */
export function CallbackResult({ task, notify }: { task: Task; notify: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { can } = useViewer();
  const [summary, setSummary] = useState(task.opinions ?? '');
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState('');
  const refetch = { refetchQueries: ['CsCallbackTask', 'CsCallbackCampaign'] };
  const [raise, raising] = useMutation(RaiseComplaintMutation, refetch);
  const [resolve, resolving] = useMutation(ResolveFollowUpMutation, refetch);

  const raiseComplaint = async () => {
    if (!summary.trim()) { setError(t('validation.required')); return; }
    const outcome = await runPayload(async () => (await raise({ variables: { input: { taskId: task.id, summary: summary.trim() } } })).data?.raiseCallbackComplaint);
    setError(outcome.errors.map(errorText).join('；'));
    if (outcome.ok) notify(t('cs.callbackForm.complaintRaised'));
  };
  const resolveFollowUp = async () => {
    if (!resolution.trim()) { setError(t('validation.required')); return; }
    const outcome = await runPayload(async () => (await resolve({ variables: { input: { taskId: task.id, resolution: resolution.trim() } } })).data?.resolveCallbackFollowUp);
    setError(outcome.errors.map(errorText).join('；'));
    if (outcome.ok) notify(t('cs.callbackForm.followUpResolved'));
  };

  return (
    <Stack spacing={1.5} data-testid="callback-result">
      <Typography>
        {task.reached ? t('cs.callbackForm.reachedOn', { at: formatDateTime(task.calledAt, i18n.language) }) : t('cs.callbackForm.notReached')}
        {task.late && <Chip size="small" color="warning" sx={{ ml: 1 }} label={t('cs.callbackForm.late')} />}
      </Typography>
      {task.rating && <Typography data-testid="callback-result-rating">{t('cs.callbacks.rating')}: {t(`cs.enum.rating.${task.rating}`)}</Typography>}
      {task.opinions && <Typography>{t('cs.callbackForm.opinions')}: {task.opinions}</Typography>}
      {task.suggestions && <Typography>{t('cs.callbackForm.suggestions')}: {task.suggestions}</Typography>}
      {error && <Alert severity="error">{error}</Alert>}
      {task.complaintRequest && (
        <Alert severity="info" data-testid="complaint-request">
          {t('cs.callbackForm.complaintRequest', { status: t(`cs.enum.complaintStatus.${task.complaintRequest.status}`), summary: task.complaintRequest.summary })}
        </Alert>
      )}
      {task.rating === 'UNSATISFIED' && !task.complaintRequest && can('callback:work') && (
        <Stack direction="row" spacing={1}>
          <TextField size="small" fullWidth label={t('cs.callbackForm.complaintSummary')} value={summary} onChange={(e) => setSummary(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'raise-complaint-summary' } }} />
          <Button variant="contained" color="warning" onClick={() => void raiseComplaint()} disabled={raising.loading} data-testid="raise-complaint">
            {t('cs.callbackForm.raiseComplaintButton')}
          </Button>
        </Stack>
      )}
      {task.followUpNeeded && (
        task.followUpResolvedAt ? (
          <Typography>{t('cs.callbackForm.followUpDone', { note: task.followUpNote, resolution: task.followUpResolution })}</Typography>
        ) : (
          <Stack spacing={1}>
            <Alert severity="warning">{t('cs.callbackForm.followUpOpen', { note: task.followUpNote })}</Alert>
            {can('callback:work') && (
              <Stack direction="row" spacing={1}>
                <TextField size="small" fullWidth label={t('cs.callbackForm.resolution')} value={resolution} onChange={(e) => setResolution(e.target.value)} />
                <Button onClick={() => void resolveFollowUp()} disabled={resolving.loading}>{t('cs.callbackForm.resolve')}</Button>
              </Stack>
            )}
          </Stack>
        )
      )}
    </Stack>
  );
}
