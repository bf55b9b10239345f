import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ComplaintSolution } from '../../../../gql/graphql';
import { parseYuan } from '../../../../lib/ui/format';
import { ProposeSolutionMutation } from '../operations';
import { AMOUNT_SOLUTIONS, SOLUTIONS } from '../labels';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import { ProposalList } from './ProposalList';
import type { StepProps } from './types';

const FIELDS = ['solution', 'amountFen', 'description'];

/** Step 4: the responsible department proposes one or more solutions; more may be added until the supervisor decides. */
export function ProposalsStep({ complaint, writable, notify }: StepProps) {
  const { t } = useTranslation();
  const open = complaint.state === 'INVESTIGATED' || complaint.state === 'PROPOSED';
  const [solution, setSolution] = useState<ComplaintSolution>('COMPENSATION');
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const form = useStepForm(FIELDS);
  const [propose] = useMutation(ProposeSolutionMutation);
  const needsAmount = AMOUNT_SOLUTIONS.includes(solution);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const fen = amount.trim() ? parseYuan(amount) : null;
    if (needsAmount && fen === null) local.amountFen = amount.trim() ? t('as.return.amountInvalid') : t('validation.required');
    if (!needsAmount && amount.trim() && fen === null) local.amountFen = t('as.return.amountInvalid');
    if (!description.trim()) local.description = t('validation.required');
    const ok = await form.submit(async () => (await propose({ variables: { input: {
      complaintId: complaint.id, solution, amountFen: fen, description: description.trim(),
    } } })).data?.proposeComplaintSolution, local);
    if (ok) {
      setAmount('');
      setDescription('');
      notify(t('as.proposal.done'));
    }
  };

  return (
    <Stack spacing={2}>
      <ProposalList proposals={complaint.proposals} />
      {open && writable && (
        <form onSubmit={(e) => void submit(e)} noValidate data-testid="proposal-form">
          <StepErrors messages={form.general} testId="proposal-error" />
          <Typography variant="subtitle2" gutterBottom>{t('as.proposal.add')}</Typography>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField select size="small" label={t('as.proposal.solution')} value={solution} onChange={(e) => setSolution(e.target.value as ComplaintSolution)}
                sx={{ minWidth: 160 }} {...form.fieldProps('solution')}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'proposal-solution' } as object } }}>
                {SOLUTIONS.map((s) => <MenuItem key={s} value={s}>{t(`as.enum.solution.${s}`)}</MenuItem>)}
              </TextField>
              <TextField size="small" required={needsAmount} label={t('as.proposal.amount')} value={amount} onChange={(e) => setAmount(e.target.value)}
                {...form.fieldProps('amountFen')} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'proposal-amount' } }} />
            </Stack>
            <TextField size="small" required multiline minRows={2} label={t('as.proposal.description')} value={description} onChange={(e) => setDescription(e.target.value)}
              {...form.fieldProps('description')} slotProps={{ htmlInput: { 'data-testid': 'proposal-description' } }} />
            <Stack direction="row">
              <Button type="submit" variant="contained" disabled={form.busy} data-testid="proposal-submit">{t('as.proposal.submit')}</Button>
            </Stack>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
