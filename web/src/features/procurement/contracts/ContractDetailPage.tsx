import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { ExpiryChip, endsSoon } from '../shared/ExpiryChip';
import { supplierLabel } from '../shared/SupplierPicker';
import {
  ActivateContractMutation, ApproveContractMutation, ContractQuery, RejectContractMutation, SubmitContractMutation, TerminateContractMutation,
} from './operations';
import { ContractFormDialog } from './ContractFormDialog';
import { AttachmentsCard } from './AttachmentsCard';

type Step = 'submit' | 'approve' | 'reject' | 'activate' | 'terminate';
const NOTE_REQUIRED: Step[] = ['reject', 'terminate'];

/** One contract: its terms, the review and signing steps its state allows, attachments, orders placed under it and history. */
export default function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can, user } = useViewer();
  const [step, setStep] = useState<Step | null>(null);
  const [editing, setEditing] = useState(false);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(ContractQuery, { variables: { id } });
  const refetch = { refetchQueries: ['Contracts', 'ContractExpiryAlerts'] };
  const [submit] = useMutation(SubmitContractMutation, refetch);
  const [approve] = useMutation(ApproveContractMutation, refetch);
  const [reject] = useMutation(RejectContractMutation, refetch);
  const [activate] = useMutation(ActivateContractMutation, refetch);
  const [terminate] = useMutation(TerminateContractMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const c = data?.contract;
  if (!c) return <Alert severity="warning" data-testid="contract-missing">{t('proc.common.notFound')}</Alert>;
  const manage = can('contract:manage');
  const stored = c.storedStatus;
  const isAuthor = c.createdBy?.id === user?.id;

  const run = (kind: Step) => async (note: string) => {
    const input = { id: c.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'submit') return (await submit({ variables: { input } })).data?.submitContract;
      if (kind === 'approve') return (await approve({ variables: { input } })).data?.approveContract;
      if (kind === 'reject') return (await reject({ variables: { input } })).data?.rejectContract;
      if (kind === 'activate') return (await activate({ variables: { input } })).data?.activateContract;
      return (await terminate({ variables: { input } })).data?.terminateContract;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`proc.contract.done.${kind}`, { code: c.code }));
    }
    return outcome.errors;
  };

  const action = (kind: Step, variant: 'contained' | 'outlined' | 'text' = 'contained', color: 'primary' | 'error' = 'primary') => (
    <Button variant={variant} color={color} onClick={() => setStep(kind)} data-testid={`contract-${kind}`}>{t(`proc.contract.${kind}`)}</Button>
  );

  return (
    <div data-testid="contract-detail">
      <Button component={RouterLink} to="/procurement/contracts" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.common.back')}</Button>
      <PageHeader
        title={`${c.code} ${c.title}`}
        subtitle={c.supplier ? supplierLabel(c.supplier) : undefined}
        actions={manage && (
          <>
            {stored === 'DRAFT' && <Button onClick={() => setEditing(true)} data-testid="contract-edit">{t('common.edit')}</Button>}
            {stored === 'DRAFT' && action('submit')}
            {stored === 'UNDER_REVIEW' && !isAuthor && action('approve')}
            {stored === 'UNDER_REVIEW' && !isAuthor && action('reject', 'outlined', 'error')}
            {stored === 'SIGNED' && action('activate')}
            {(stored === 'SIGNED' || stored === 'ACTIVE') && action('terminate', 'outlined', 'error')}
          </>
        )}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
                  <StatusChip kind="contractStatus" status={c.status} testId="contract-status" />
                  {endsSoon(c) && <ExpiryChip endDate={c.endDate} />}
                </Stack>
                {stored === 'UNDER_REVIEW' && isAuthor && manage && <Alert severity="info" sx={{ mb: 2 }} data-testid="contract-review-other">{t('proc.contract.reviewByOther')}</Alert>}
                <InfoRow label={t('proc.contract.type')}>{t(`proc.enum.contractType.${c.type}`)}</InfoRow>
                <InfoRow label={t('proc.common.supplier')}>{c.supplier ? supplierLabel(c.supplier) : null}</InfoRow>
                <InfoRow label={t('proc.contract.shopParty')}>{c.shopParty}</InfoRow>
                <InfoRow label={t('proc.contract.amount')} testId="contract-amount-value">{formatFen(c.amount)}</InfoRow>
                <InfoRow label={t('proc.contract.startDate')}>{c.startDate}</InfoRow>
                <InfoRow label={t('proc.contract.endDate')} testId="contract-end-value">{c.endDate}</InfoRow>
                <InfoRow label={t('proc.contract.author')}>{c.createdBy?.name}</InfoRow>
                <InfoRow label={t('proc.contract.reviewer')}>{c.reviewedBy ? `${c.reviewedBy.name} · ${formatDateTime(c.reviewedAt, i18n.language)}` : null}</InfoRow>
                <InfoRow label={t('proc.contract.signedAt')}>{c.signedAt ? formatDateTime(c.signedAt, i18n.language) : null}</InfoRow>
                {c.note && <InfoRow label={t('common.note')}>{c.note}</InfoRow>}
                <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('proc.contract.terms')}</Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }} color={c.terms ? undefined : 'text.secondary'}>{c.terms || '—'}</Typography>
              </CardContent>
            </Card>
            <AttachmentsCard contractId={c.id} attachments={c.attachments} manage={manage} onNotice={notify} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={c.history} stateLabel={(s) => t(`proc.enum.contractStatus.${s}`, { defaultValue: s })} testId="contract-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {step && (
        <NoteDialog
          title={t(`proc.contract.confirm.${step}`, { code: c.code })}
          confirmLabel={t(`proc.contract.${step}`)}
          confirmColor={step === 'reject' || step === 'terminate' ? 'error' : 'primary'}
          noteRequired={NOTE_REQUIRED.includes(step)}
          onSubmit={run(step)}
          onClose={() => setStep(null)}
          testId={`contract-${step}-dialog`}
        />
      )}
      {editing && (
        <ContractFormDialog contract={{ ...c, supplier: c.supplier ?? null }} onClose={() => setEditing(false)}
          onSaved={() => { setEditing(false); notify(t('common.saved')); }} />
      )}
      {notice}
    </div>
  );
}
