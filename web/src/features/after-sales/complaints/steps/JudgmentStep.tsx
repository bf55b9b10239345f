import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../../lib/ui/format';
import { WorkspaceDepartmentsQuery } from '../../../../lib/workspace/operations';
import { JudgeComplaintMutation } from '../operations';
import { Fact } from '../StepCard';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import type { StepProps } from './types';

const FIELDS = ['valid', 'demandReasonable', 'responsibleDepartmentId', 'reply', 'note'];

/** Step 2: valid or not, is the demand reasonable, which department is responsible; an invalid one closes with a polite reply. */
export function JudgmentStep({ complaint, writable, notify, current }: StepProps & { current: boolean }) {
  const { t, i18n } = useTranslation();
  const departments = useQuery(WorkspaceDepartmentsQuery).data?.departments ?? [];
  const [valid, setValid] = useState<'yes' | 'no'>('yes');
  const [reasonable, setReasonable] = useState(true);
  const [departmentId, setDepartmentId] = useState('');
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const form = useStepForm(FIELDS);
  const [judge] = useMutation(JudgeComplaintMutation);

  if (!current) {
    return (
      <>
        <Fact label={t('as.complaint.state')} value={complaint.valid === false ? t('as.judgment.invalid') : t('as.judgment.valid')} testId="judgment-valid" />
        {complaint.valid && <Fact label={t('as.judgment.demandReasonable')} value={complaint.demandReasonable ? t('common.yes') : t('common.no')} />}
        <Fact label={t('as.judgment.department')} value={localName(complaint.responsibleDepartment, i18n.language)} testId="judgment-department" />
        <Fact label={t('as.judgment.invalidReply')} value={complaint.invalidReply} />
        <Fact label={t('as.judgment.note')} value={complaint.judgmentNote} />
      </>
    );
  }
  if (!writable) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const isValid = valid === 'yes';
    const local: Record<string, string> = {};
    if (isValid && !departmentId) local.responsibleDepartmentId = t('validation.required');
    if (!isValid && !reply.trim()) local.reply = t('validation.required');
    const ok = await form.submit(async () => (await judge({ variables: { input: {
      id: complaint.id, valid: isValid, demandReasonable: isValid ? reasonable : null,
      responsibleDepartmentId: isValid ? departmentId : null, reply: isValid ? null : reply.trim(), note: note.trim() || null,
    } } })).data?.judgeComplaint, local);
    if (ok) notify(t('as.judgment.done'));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="judgment-form">
      <StepErrors messages={form.general} testId="judgment-error" />
      <Stack spacing={2}>
        <RadioGroup row value={valid} onChange={(e) => setValid(e.target.value as 'yes' | 'no')}>
          <FormControlLabel value="yes" control={<Radio slotProps={{ input: { 'data-testid': 'judgment-valid-yes' } as object }} />} label={t('as.judgment.valid')} />
          <FormControlLabel value="no" control={<Radio slotProps={{ input: { 'data-testid': 'judgment-valid-no' } as object }} />} label={t('as.judgment.invalid')} />
        </RadioGroup>
        {valid === 'yes' ? (
          <>
            <FormControlLabel control={<Checkbox checked={reasonable} onChange={(e) => setReasonable(e.target.checked)}
              slotProps={{ input: { 'data-testid': 'judgment-reasonable' } as object }} />} label={t('as.judgment.demandReasonable')} />
            <TextField select size="small" required label={t('as.judgment.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}
              {...form.fieldProps('responsibleDepartmentId')}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'judgment-department' } as object } }}>
              {departments.map((d) => <MenuItem key={d.id} value={d.id}>{localName(d, i18n.language)}</MenuItem>)}
            </TextField>
          </>
        ) : (
          <TextField size="small" required multiline minRows={2} label={t('as.judgment.invalidReply')} value={reply} onChange={(e) => setReply(e.target.value)}
            {...form.fieldProps('reply')} helperText={form.errors.reply ?? t('as.judgment.invalidReplyHint')}
            slotProps={{ htmlInput: { 'data-testid': 'judgment-reply' } }} />
        )}
        <TextField size="small" multiline label={t('as.judgment.note')} value={note} onChange={(e) => setNote(e.target.value)} {...form.fieldProps('note')}
          slotProps={{ htmlInput: { 'data-testid': 'judgment-note' } }} />
        <Stack direction="row">
          <Button type="submit" variant="contained" color={valid === 'yes' ? 'primary' : 'warning'} disabled={form.busy} data-testid="judgment-submit">
            {valid === 'yes' ? t('as.judgment.submit') : t('as.judgment.closeInvalid')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
