import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { runPayload } from '../../../lib/ui/payload';
import { ApproveReturnMutation, RejectReturnMutation } from './operations';

/** Approve or reject a requested return right from the queue (return:approve); rejecting needs the reason. */
export function ReturnDecisionActions({ id, code, notify }: { id: string; code: string; notify: (message: string) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<'approve' | 'reject' | null>(null);
  const refetch = { refetchQueries: ['AsReturnRequests'] };
  const [approve] = useMutation(ApproveReturnMutation, refetch);
  const [reject] = useMutation(RejectReturnMutation, refetch);
  if (!can('return:approve')) return null;

  const run = (kind: 'approve' | 'reject') => async (note: string) => {
    const input = { id, note: note || null };
    const outcome = await runPayload(async () => (kind === 'approve'
      ? (await approve({ variables: { input } })).data?.approveReturn
      : (await reject({ variables: { input } })).data?.rejectReturn));
    if (outcome.ok) {
      setStep(null);
      notify(t(`as.return.done.${kind}`, { code }));
    }
    return outcome.errors;
  };

  return (
    <>
      <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()} sx={{ height: '100%', alignItems: 'center' }}>
        <Button size="small" variant="contained" color="success" onClick={() => setStep('approve')} data-testid={`return-row-approve-${code}`}>{t('as.return.approve')}</Button>
        <Button size="small" color="error" onClick={() => setStep('reject')} data-testid={`return-row-reject-${code}`}>{t('as.return.reject')}</Button>
      </Stack>
      {step && (
        <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          <NoteDialog title={t(`as.return.confirm.${step}`, { code })} confirmLabel={t(`as.return.confirmLabel.${step}`)}
            confirmColor={step === 'reject' ? 'error' : 'success'} noteRequired={step === 'reject'}
            onSubmit={run(step)} onClose={() => setStep(null)} testId={`return-${step}-dialog`} />
        </div>
      )}
    </>
  );
}
