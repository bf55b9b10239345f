import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RefundStatus } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { runPayload } from '../../../lib/ui/payload';
import { formatFen } from '../../../lib/ui/format';
import { ApproveRefundMutation, RejectRefundMutation } from './operations';

interface RefundLike { id: string; code: string; amountFen: number; status: RefundStatus; needsSecondApproval: boolean; firstApproverLabel?: string | null }

/**
 * Approve or reject a waiting refund (return:approve). Above the limit the first approval only records the
 * approver; a second, different approver pays it — the server refuses the same person (SELF_APPROVAL).
 */
export function RefundActions({ refund, notify, testId }: { refund: RefundLike; notify: (message: string) => void; testId: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<'approve' | 'reject' | null>(null);
  const refetch = { refetchQueries: ['AsRefunds', 'AsReturnRequest'] };
  const [approve] = useMutation(ApproveRefundMutation, refetch);
  const [reject] = useMutation(RejectRefundMutation, refetch);
  const waiting = refund.status === 'REQUESTED' || refund.status === 'AWAITING_SECOND_APPROVAL';
  if (!waiting || !can('return:approve')) return null;
  const second = refund.status === 'AWAITING_SECOND_APPROVAL';

  const run = (kind: 'approve' | 'reject') => async (note: string) => {
    const input = { id: refund.id, note: note || null };
    const outcome = await runPayload(async () => (kind === 'approve'
      ? (await approve({ variables: { input } })).data?.approveRefund
      : (await reject({ variables: { input } })).data?.rejectRefund));
    if (outcome.ok) {
      setStep(null);
      const status = outcome.payload?.refund?.status;
      notify(kind === 'reject' ? t('as.refund.rejected', { code: refund.code })
        : status === 'PAID' ? t('as.refund.paid', { code: refund.code }) : t('as.refund.firstApproved', { code: refund.code }));
    }
    return outcome.errors;
  };

  return (
    <>
      <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
        <Button size="small" variant="contained" color="success" onClick={() => setStep('approve')} data-testid={`${testId}-approve`}>
          {second ? t('as.refund.approveSecond') : t('as.refund.approve')}
        </Button>
        <Button size="small" color="error" onClick={() => setStep('reject')} data-testid={`${testId}-reject`}>{t('as.refund.reject')}</Button>
      </Stack>
      {step && (
        // The dialog lives inside a grid cell: keep its clicks and keys from reaching the row.
        <div onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <NoteDialog
          title={t(step === 'approve' ? 'as.refund.approveTitle' : 'as.refund.rejectTitle', { code: refund.code, amount: formatFen(refund.amountFen) })}
          body={<Typography>{step === 'approve'
            ? (second ? t('as.refund.secondBody', { name: refund.firstApproverLabel ?? '' }) : refund.needsSecondApproval ? t('as.refund.firstBody') : t('as.refund.payBody'))
            : t('as.refund.rejectBody')}</Typography>}
          confirmLabel={step === 'approve' ? (second ? t('as.refund.approveSecond') : t('as.refund.approve')) : t('as.refund.reject')}
          confirmColor={step === 'approve' ? 'success' : 'error'}
          noteRequired={step === 'reject'}
          onSubmit={run(step)}
          onClose={() => setStep(null)}
          testId={`refund-${step}-dialog`}
        />
        </div>
      )}
    </>
  );
}
