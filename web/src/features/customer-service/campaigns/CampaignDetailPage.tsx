import { useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { formatDateTime } from '../../../lib/ui/format';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { downloadText } from '../../../lib/ui/download';
import { CAMPAIGN_STATUS_COLOR } from '../labels';
import { CampaignQuery, CancelCampaignMutation, CloseCampaignMutation, ReportCsvQuery, StartCampaignMutation } from './operations';
import { CoverageBar } from './CoverageBar';
import { ReportCharts } from './ReportCharts';
import { ReportTables } from './ReportTables';

type Step = 'start' | 'close' | 'cancel' | null;

function Line({ label, children }: { label: string; children: ReactNode }) {
  return <Typography variant="body2"><Typography component="span" variant="body2" color="text.secondary">{label}：</Typography>{children}</Typography>;
}

/** One campaign: definition and script, generate tasks, live progress and coverage, and the summary report with charts and CSV. */
export default function CampaignDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useApolloClient();
  const { can } = useViewer();
  const [step, setStep] = useState<Step>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(CampaignQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const refetch = { refetchQueries: ['CsCallbackCampaign', 'CsCallbackCampaigns', 'CsCallbackTasks'] };
  const [start] = useMutation(StartCampaignMutation, refetch);
  const [close] = useMutation(CloseCampaignMutation, refetch);
  const [cancel] = useMutation(CancelCampaignMutation, refetch);
  if (loading && !data) return <LinearProgress />;
  if (error && !data) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const c = data?.callbackCampaign;
  if (!c) return <Alert severity="warning">{t('cs.campaigns.notFound')}</Alert>;
  const manage = can('callback:manage');

  const runStep = (kind: Exclude<Step, null>) => async (note: string) => {
    const input = { id: c.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'start') return (await start({ variables: { input } })).data?.startCallbackCampaign;
      if (kind === 'close') return (await close({ variables: { input } })).data?.closeCallbackCampaign;
      return (await cancel({ variables: { input } })).data?.cancelCallbackCampaign;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`cs.campaign.done.${kind}`, { code: c.code }));
    }
    return outcome.errors;
  };

  const exportCsv = async () => {
    try {
      const result = await client.query({ query: ReportCsvQuery, variables: { campaignId: c.id }, fetchPolicy: 'no-cache' });
      if (result.data?.callbackReportCsv) downloadText(`callback-report-${c.code}.csv`, result.data.callbackReportCsv);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
  };
  const crit = c.criteria;
  const criteriaText = [
    crit.membersOnly ? t('cs.campaign.membersOnly') : t('cs.campaign.allCustomers'),
    crit.vipOnly ? 'VIP' : null,
    crit.segments.length ? crit.segments.map((s) => t(`cs.enum.segment.${s}`)).join('/') : null,
    crit.tags.length ? `${t('cs.customer.tags')}: ${crit.tags.join(', ')}` : null,
    crit.boughtFrom || crit.boughtTo ? `${t('cs.campaign.bought')}: ${formatDateTime(crit.boughtFrom, lang)} – ${formatDateTime(crit.boughtTo, lang)}` : null,
    crit.customerIds.length ? t('cs.campaign.namedCustomers', { count: crit.customerIds.length }) : null,
  ].filter(Boolean).join(' · ');

  return (
    <div data-testid="campaign-detail">
      <Button component={RouterLink} to="/customer-service/campaigns" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('cs.campaigns.back')}</Button>
      <PageHeader title={`${c.code} ${c.name}`} subtitle={t(`cs.enum.purpose.${c.purpose}`)}
        actions={(
          <>
            {c.status !== 'DRAFT' && c.status !== 'CANCELLED' && (
              <Button component={RouterLink} to={`/customer-service/callbacks?campaign=${c.id}`} data-testid="campaign-tasks">{t('cs.campaign.tasks')}</Button>
            )}
            {c.report && <Button startIcon={<DownloadIcon />} onClick={() => void exportCsv()} data-testid="campaign-export">{t('common.exportCsv')}</Button>}
            {manage && c.status === 'DRAFT' && <Button variant="contained" onClick={() => setStep('start')} data-testid="campaign-start">{t('cs.campaign.start')}</Button>}
            {manage && c.status === 'DRAFT' && <Button color="error" onClick={() => setStep('cancel')} data-testid="campaign-cancel">{t('cs.campaign.cancel')}</Button>}
            {manage && c.status === 'RUNNING' && <Button variant="contained" color="success" onClick={() => setStep('close')} data-testid="campaign-close">{t('cs.campaign.close')}</Button>}
          </>
        )} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                <Chip color={CAMPAIGN_STATUS_COLOR[c.status]} label={t(`cs.enum.campaignStatus.${c.status}`)} data-testid="campaign-status" data-status={c.status} />
                {c.report?.archived && <Chip variant="outlined" label={t('cs.report.archived')} />}
              </Stack>
              <Line label={t('cs.campaign.criteria')}>{criteriaText}</Line>
              <Line label={t('cs.campaign.triggerAt')}>{formatDateTime(c.triggerAt, lang)}</Line>
              <Line label={t('cs.campaign.dueAt')}>{formatDateTime(c.dueAt, lang)} ({t('cs.campaign.dueDaysShort', { count: c.dueDays })})</Line>
              <Line label={t('cs.campaign.quietHours')}>{c.quietHours.map((w) => `${w.start}–${w.end}`).join(', ') || '—'}</Line>
              <Line label={t('cs.campaign.callableHours')}>{c.callableHours.join(', ')}</Line>
              <Line label={t('cs.campaign.specialists')}>{c.specialists.map((s) => s.name).join(', ') || t('cs.campaign.pool')}</Line>
              <Line label={t('cs.campaign.createdBy')}>{c.createdBy?.name ?? '—'} · {formatDateTime(c.createdAt, lang)}</Line>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('cs.campaign.coverage')}</Typography>
              <CoverageBar coverage={c.coverage} testId="campaign-coverage" />
              <Typography variant="body2" color={c.coverage.meetsRule ? 'success.main' : 'text.secondary'} sx={{ mt: 1 }} data-testid="campaign-rule">
                {c.coverage.meetsRule ? t('cs.campaign.ruleMet') : t('cs.campaign.ruleNotMet')}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }} useFlexGap data-testid="campaign-progress">
                {(['tasks', 'open', 'scheduled', 'done', 'reached', 'overdue', 'expired'] as const).map((k) => (
                  <Chip key={k} variant="outlined" label={`${t(`cs.campaign.progressKey.${k}`)} ${c.progress[k]}`} data-testid={`campaign-progress-${k}`} data-value={c.progress[k]} />
                ))}
              </Stack>
              {c.status === 'DRAFT' && <Alert severity="info" sx={{ mt: 2 }}>{t('cs.campaign.draftHint')}</Alert>}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('cs.script.title')}</Typography>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: 4 }}><Typography variant="subtitle2">{t('cs.script.opening')}</Typography><Typography sx={{ whiteSpace: 'pre-wrap' }}>{c.scriptOpening}</Typography></Grid>
                <Grid size={{ xs: 12, md: 4 }}><Typography variant="subtitle2" color="success.main">{t('cs.script.satisfied')}</Typography><Typography sx={{ whiteSpace: 'pre-wrap' }}>{c.scriptSatisfied}</Typography></Grid>
                <Grid size={{ xs: 12, md: 4 }}><Typography variant="subtitle2" color="error.main">{t('cs.script.unsatisfied')}</Typography><Typography sx={{ whiteSpace: 'pre-wrap' }}>{c.scriptUnsatisfied}</Typography></Grid>
              </Grid>
            </CardContent>
          </Card>
        </Grid>
        {c.report && (
          <Grid size={12} data-testid="campaign-report">
            <Typography variant="h6" sx={{ mb: 1 }}>
              {c.report.archived ? t('cs.report.titleArchived') : t('cs.report.titleLive')} · {formatDateTime(c.report.generatedAt, lang)}
            </Typography>
            <Stack spacing={2}>
              <ReportCharts report={c.report} />
              <ReportTables report={c.report} />
            </Stack>
          </Grid>
        )}
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={c.history} stateLabel={(s) => t(`cs.enum.campaignStatus.${s}`, { defaultValue: s })} testId="campaign-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {step && (
        <NoteDialog title={t(`cs.campaign.confirm.${step}Title`, { code: c.code })} body={<Typography>{t(`cs.campaign.confirm.${step}Body`)}</Typography>}
          confirmLabel={t(`cs.campaign.${step}`)} confirmColor={step === 'cancel' ? 'error' : step === 'close' ? 'success' : 'primary'}
          onSubmit={runStep(step)} onClose={() => setStep(null)} testId={`campaign-${step}-dialog`} />
      )}
      {notice}
    </div>
  );
}
