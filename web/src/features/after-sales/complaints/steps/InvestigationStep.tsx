import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ComplaintCause } from '../../../../gql/graphql';
import { InvestigateComplaintMutation } from '../operations';
import { CAUSES } from '../labels';
import { Fact } from '../StepCard';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import { useComplaintChoices } from './useResponsibleStaff';
import type { StepProps } from './types';

const FIELDS = ['cause', 'findings', 'responsibleUserId', 'supplierId', 'courierName'];

/** Step 3: the cause and who is responsible — the supplier for quality, the courier for logistics, the staff member for service. */
export function InvestigationStep({ complaint, writable, notify, current }: StepProps & { current: boolean }) {
  const { t } = useTranslation();
  const choices = useComplaintChoices(complaint.id);
  const staff = choices.staff;
  const [cause, setCause] = useState<ComplaintCause>(complaint.category === 'DELIVERY' ? 'LOGISTICS' : complaint.category === 'SERVICE_ATTITUDE' ? 'SERVICE' : 'PRODUCT_QUALITY');
  const [findings, setFindings] = useState('');
  const [userId, setUserId] = useState('');
  const [supplierId, setSupplierId] = useState('');
  const [courier, setCourier] = useState('');
  const form = useStepForm(FIELDS);
  // Preselect the supplier the complaint's SKU is bought from, once the choices arrive.
  useEffect(() => {
    if (choices.suggestedSupplierId) setSupplierId((current) => current || choices.suggestedSupplierId!);
  }, [choices.suggestedSupplierId]);
  const [investigate] = useMutation(InvestigateComplaintMutation);

  if (!current) {
    return (
      <>
        <Fact label={t('as.investigation.cause')} value={complaint.cause ? t(`as.enum.complaintCause.${complaint.cause}`) : null} testId="investigation-cause" />
        <Fact label={t('as.investigation.findings')} value={complaint.findings} />
        <Fact label={t('as.investigation.responsibleUser')} value={complaint.responsibleUser?.name} />
        <Fact label={t('as.investigation.supplier')} value={complaint.supplier ? `${complaint.supplier.code} ${complaint.supplier.name}` : null} />
        <Fact label={t('as.investigation.courier')} value={complaint.courierName} />
      </>
    );
  }
  if (!writable) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!findings.trim()) local.findings = t('validation.required');
    if (cause === 'LOGISTICS' && !courier.trim()) local.courierName = t('validation.required');
    if (cause === 'SERVICE' && !userId) local.responsibleUserId = t('validation.required');
    if (cause === 'PRODUCT_QUALITY' && !supplierId) local.supplierId = t('validation.required');
    const ok = await form.submit(async () => (await investigate({ variables: { input: {
      id: complaint.id, cause, findings: findings.trim(), responsibleUserId: userId || null,
      supplierId: cause === 'PRODUCT_QUALITY' ? supplierId || null : null, courierName: cause === 'LOGISTICS' ? courier.trim() : null,
    } } })).data?.investigateComplaint, local);
    if (ok) notify(t('as.investigation.done'));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="investigation-form">
      <StepErrors messages={form.general} testId="investigation-error" />
      <Stack spacing={2}>
        <TextField select size="small" label={t('as.investigation.cause')} value={cause} onChange={(e) => setCause(e.target.value as ComplaintCause)}
          {...form.fieldProps('cause')} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'investigation-cause' } as object } }}>
          {CAUSES.map((c) => <MenuItem key={c} value={c}>{t(`as.enum.complaintCause.${c}`)}</MenuItem>)}
        </TextField>
        <TextField size="small" required multiline minRows={2} label={t('as.investigation.findings')} value={findings} onChange={(e) => setFindings(e.target.value)}
          {...form.fieldProps('findings')} slotProps={{ htmlInput: { 'data-testid': 'investigation-findings' } }} />
        {cause === 'PRODUCT_QUALITY' && (
          <TextField select size="small" required label={t('as.investigation.supplier')} value={supplierId} onChange={(e) => setSupplierId(e.target.value)}
            {...form.fieldProps('supplierId')} helperText={form.errors.supplierId ?? t('as.investigation.supplierHint')}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'investigation-supplier' } as object } }}>
            {choices.suppliers.map((s) => <MenuItem key={s.id} value={s.id}>{s.label}</MenuItem>)}
          </TextField>
        )}
        {cause === 'LOGISTICS' && (
          <TextField size="small" required label={t('as.investigation.courier')} value={courier} onChange={(e) => setCourier(e.target.value)}
            {...form.fieldProps('courierName')} helperText={form.errors.courierName ?? t('as.investigation.courierHint')}
            slotProps={{ htmlInput: { 'data-testid': 'investigation-courier' } }} />
        )}
        <TextField select size="small" required={cause === 'SERVICE'} label={t('as.investigation.responsibleUser')} value={userId}
          onChange={(e) => setUserId(e.target.value)} {...form.fieldProps('responsibleUserId')}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'investigation-responsible' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value="">{t('common.none')}</MenuItem>
          {staff.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}{s.email ? ` · ${s.email}` : ''}</MenuItem>)}
        </TextField>
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={form.busy} data-testid="investigation-submit">{t('as.investigation.submit')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
