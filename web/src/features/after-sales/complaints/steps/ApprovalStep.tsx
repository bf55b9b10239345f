import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../../lib/auth';
import { NoteDialog } from '../../../../lib/ui/NoteDialog';
import { runPayload } from '../../../../lib/ui/payload';
import { formatFen } from '../../../../lib/ui/format';
import { ApproveProposalMutation, RejectProposalsMutation } from '../operations';
import { Fact } from '../StepCard';
import { ProposalList } from './ProposalList';
import type { StepProps } from './types';

/** Step 5: the supervisor (complaint:approve) picks the best proposal and signs it off, or sends them all back. */
export function ApprovalStep({ complaint, notify, current }: StepProps & { current: boolean }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [approving, setApproving] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [approve] = useMutation(ApproveProposalMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints'] });
  const [reject] = useMutation(RejectProposalsMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints'] });
  const approved = complaint.proposals.find((p) => p.status === 'APPROVED');
  const supervisor = can('complaint:approve');

  if (!current) {
    return approved ? (
      <>
        <Fact label={t('as.proposal.solution')} value={`${t(`as.enum.solution.${approved.solution}`)}${approved.amountFen != null ? ` ${formatFen(approved.amountFen)}` : ''}`} testId="approved-solution" />
        <Fact label={t('as.proposal.description')} value={approved.description} />
        <Fact label={t('as.approval.by')} value={approved.decidedBy?.name} testId="approved-by" />
        <Fact label={t('as.proposal.decisionNote')} value={approved.decisionNote} />
      </>
    ) : null;
  }
  if (!supervisor) return <Alert severity="info" data-testid="approval-waiting">{t('as.complaint.waitingSupervisor')}</Alert>;
  const waiting = complaint.proposals.filter((p) => p.status === 'PROPOSED');
  const picked = waiting.find((p) => p.id === approving);

  const runApprove = async (note: string) => {
    const outcome = await runPayload(async () => (await approve({ variables: { input: { proposalId: approving!, note: note || null } } })).data?.approveComplaintProposal);
    if (outcome.ok) { setApproving(null); notify(t('as.approval.approved')); }
    return outcome.errors;
  };
  const runReject = async (note: string) => {
    const outcome = await runPayload(async () => (await reject({ variables: { input: { id: complaint.id, note } } })).data?.rejectComplaintProposals);
    if (outcome.ok) { setRejecting(false); notify(t('as.approval.rejected')); }
    return outcome.errors;
  };

  return (
    <Stack spacing={2} data-testid="approval-form">
      <ProposalList proposals={waiting} actions={(p) => (
        <Button size="small" variant="contained" color="success" onClick={() => setApproving(p.id)} data-testid={`proposal-approve-${p.id}`}>{t('as.approval.approve')}</Button>
      )} />
      <Stack direction="row">
        <Button color="error" onClick={() => setRejecting(true)} data-testid="proposals-reject">{t('as.approval.reject')}</Button>
      </Stack>
      {picked && (
        <NoteDialog title={t('as.approval.approveTitle', { solution: t(`as.enum.solution.${picked.solution}`) })}
          body={<Typography sx={{ whiteSpace: 'pre-wrap' }}>{picked.description}</Typography>}
          confirmLabel={t('as.approval.approve')} confirmColor="success" onSubmit={runApprove} onClose={() => setApproving(null)} testId="proposal-approve-dialog" />
      )}
      {rejecting && (
        <NoteDialog title={t('as.approval.rejectTitle')} body={<Typography>{t('as.approval.rejectBody')}</Typography>}
          confirmLabel={t('as.approval.reject')} confirmColor="error" noteRequired onSubmit={runReject} onClose={() => setRejecting(false)} testId="proposals-reject-dialog" />
      )}
    </Stack>
  );
}
