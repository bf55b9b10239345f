import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { shopLocalToIso } from '../shanghaiTime';
import { ScheduleCallbackMutation } from './operations';

/** Plans the call: the server refuses a time inside the quiet hours or after the due time, with the reason. */
export function ScheduleCallback({ taskId, notify }: { taskId: string; notify: (m: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [at, setAt] = useState('');
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleCallbackMutation, { refetchQueries: ['CsCallbackTask', 'CsCallbackTasks'] });
  const submit = async () => {
    const iso = shopLocalToIso(at);
    if (!iso) { setError({ code: 'REQUIRED', message: t('validation.required') }); return; }
    const outcome = await runPayload(async () => (await schedule({ variables: { input: { taskId, at: iso } } })).data?.scheduleCallback);
    setError(outcome.errors[0] ? { code: outcome.errors[0].code, message: outcome.errors[0].code === 'QUIET_HOURS' ? outcome.errors[0].message : errorText(outcome.errors[0]) } : null);
    if (outcome.ok) notify(t('cs.callbacks.scheduled'));
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1}>
        <TextField size="small" type="datetime-local" label={t('cs.callbacks.scheduleAt')} value={at} onChange={(e) => setAt(e.target.value)}
          error={Boolean(error)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'schedule-at' } }} />
        <Button onClick={() => void submit()} disabled={loading} data-testid="schedule-submit">{t('cs.callbacks.schedule')}</Button>
      </Stack>
      {error && (
        <Alert severity={error.code === 'QUIET_HOURS' ? 'warning' : 'error'} data-testid={error.code === 'QUIET_HOURS' ? 'quiet-hours-refusal' : 'schedule-error'}>
          {error.code === 'QUIET_HOURS' ? `${t('cs.quietHoursRefused')} ${error.message}` : error.message}
        </Alert>
      )}
    </Stack>
  );
}
