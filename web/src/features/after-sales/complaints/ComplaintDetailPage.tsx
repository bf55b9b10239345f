import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { useNotice } from '../../../lib/ui/useNotice';
import { formatDateTime } from '../../../lib/ui/format';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { ComplaintQuery } from './operations';
import { NEXT_STEP, STATE_COLOR } from './labels';
import { Fact, StepCard, type StepPhase } from './StepCard';
import { JudgmentStep } from './steps/JudgmentStep';
import { InvestigationStep } from './steps/InvestigationStep';
import { ProposalsStep } from './steps/ProposalsStep';
import { ApprovalStep } from './steps/ApprovalStep';
import { ImplementationStep } from './steps/ImplementationStep';
import { SummaryStep } from './steps/SummaryStep';

/**
 * One complaint through its closed loop: the registration form, then each step's card — its record once done,
 * its form while current (approval for the supervisor only), nothing to do while still ahead — and the timeline.
 */
export default function ComplaintDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { can } = useViewer();
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(ComplaintQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const complaint = data?.complaint;
  if (!complaint) return <Alert severity="warning" data-testid="complaint-missing">{t('as.complaint.notFound')}</Alert>;

  const next = NEXT_STEP[complaint.state];
  const invalid = complaint.state === 'CLOSED_INVALID';
  const phase = (step: number): StepPhase => (step < next ? 'done' : step === next ? 'current' : 'pending');
  // Proposals may still be added while the supervisor has not decided, so step 4 stays open in PROPOSED.
  const proposalPhase: StepPhase = complaint.state === 'INVESTIGATED' || complaint.state === 'PROPOSED' ? 'current' : phase(4);
  const props = { complaint, writable: can('complaint:write'), notify };
  const open = next < 8;

  return (
    <div data-testid="complaint-detail" data-state={complaint.state}>
      <Button component={RouterLink} to="/after-sales" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('as.complaint.back')}</Button>
      <PageHeader title={`${t('as.complaint.title')} ${complaint.code}`}
        subtitle={`${complaint.customer.name} · ${t(`as.enum.complaintCategory.${complaint.category}`)} · ${t(`as.enum.complaintChannel.${complaint.channel}`)}`} />
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip color={STATE_COLOR[complaint.state]} label={t(`as.enum.complaintState.${complaint.state}`)} data-testid="complaint-state" data-state={complaint.state} />
        <DeadlineBadge dueAt={complaint.dueAt} done={!open} testId="complaint-deadline" />
        {!open && complaint.resolutionMinutes != null && (
          <Chip variant="outlined" color={complaint.resolvedWithin24h ? 'success' : 'error'} data-testid="complaint-resolution"
            label={`${complaint.resolvedWithin24h ? t('as.complaint.within24h') : t('as.complaint.late')} · ${t('as.complaint.resolvedIn', { minutes: complaint.resolutionMinutes })}`} />
        )}
        {complaint.followUpTask && (
          <Chip variant="outlined" color="info" data-testid="complaint-follow-up"
            label={t('as.complaint.followUp', { name: complaint.followUpTask.assignee.name, at: formatDateTime(complaint.followUpTask.dueAt, lang) })} />
        )}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <StepCard step={1} title={t('as.step.intake')} phase="done" testId="step-intake">
              <Fact label={t('as.complaint.customer')} value={<Link component={RouterLink} to={`/customer-service/customers/${complaint.customer.id}`}>{complaint.customer.name}</Link>} />
              <Fact label={t('as.complaint.receivedAt')} value={formatDateTime(complaint.receivedAt, lang)} />
              <Fact label={t('as.complaint.dueAt')} value={formatDateTime(complaint.dueAt, lang)} />
              <Fact label={t('as.complaint.order')} value={complaint.order ? <Link component={RouterLink} to={`/customer-service/orders/${complaint.order.id}`}>{complaint.order.code}</Link> : null} />
              <Fact label={t('as.complaint.product')} value={complaint.product ? `${complaint.product.title}${complaint.sku ? ` · ${complaint.sku.code}` : ''}` : null} />
              <Fact label={t('as.complaint.content')} value={complaint.content} testId="complaint-content" />
              <Fact label={t('as.complaint.demand')} value={complaint.demand} />
              <Fact label={t('as.complaint.handler')} value={complaint.handler?.name} />
              <Fact label={t('as.complaint.fromRequest')} value={complaint.complaintRequest?.summary} />
            </StepCard>
            <StepCard step={2} title={t('as.step.judgment')} phase={phase(2)} testId="step-judgment">
              <JudgmentStep {...props} current={phase(2) === 'current'} />
            </StepCard>
            {!invalid && (
              <>
                <StepCard step={3} title={t('as.step.investigation')} phase={phase(3)} testId="step-investigation">
                  <InvestigationStep {...props} current={phase(3) === 'current'} />
                </StepCard>
                <StepCard step={4} title={t('as.step.proposals')} phase={proposalPhase} testId="step-proposals">
                  <ProposalsStep {...props} />
                </StepCard>
                <StepCard step={5} title={t('as.step.approval')} phase={phase(5)} testId="step-approval">
                  <ApprovalStep {...props} current={phase(5) === 'current'} />
                </StepCard>
                <StepCard step={6} title={t('as.step.implementation')} phase={phase(6)} testId="step-implementation">
                  <ImplementationStep {...props} current={phase(6) === 'current'} />
                </StepCard>
                <StepCard step={7} title={t('as.step.summary')} phase={phase(7)} testId="step-summary">
                  <SummaryStep {...props} current={phase(7) === 'current'} />
                </StepCard>
              </>
            )}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={complaint.timeline} stateLabel={(s) => t(`as.enum.complaintState.${s}`, { defaultValue: s })} testId="complaint-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {notice}
    </div>
  );
}
