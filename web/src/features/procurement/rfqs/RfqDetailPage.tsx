import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { AwardRfqMutation, CancelRfqMutation, CloseRfqMutation, RfqQuery, SendRfqMutation } from './operations';
import { QuoteComparison, type ComparedLine, type ComparedSupplier } from './QuoteComparison';
import { QuoteDialog } from './QuoteDialog';

type Step = 'send' | 'close' | 'cancel' | 'award' | 'quote';

/** One request for quotation: lines, invited suppliers, quote entry, the comparison sheet and the award with negotiation notes. */
export default function RfqDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<Step | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(RfqQuery, { variables: { id } });
  const refetch = { refetchQueries: ['Rfqs', 'Rfq'] };
  const [send] = useMutation(SendRfqMutation, refetch);
  const [close] = useMutation(CloseRfqMutation, refetch);
  const [cancel] = useMutation(CancelRfqMutation, refetch);
  const [award] = useMutation(AwardRfqMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const rfq = data?.rfq;
  if (!rfq) return <Alert severity="warning" data-testid="rfq-missing">{t('proc.common.notFound')}</Alert>;
  const writable = can('purchase:write');
  const status = rfq.status;
  const comparison = data?.rfqComparison ?? [];

  const scores = new Map<string, number | null>();
  for (const lc of comparison) for (const q of lc.quotes) scores.set(q.quote.supplier.id, q.supplierScore ?? null);
  const suppliers: ComparedSupplier[] = rfq.suppliers.map((s) => ({ ...s, score: scores.get(s.id) ?? null }));
  const lines: ComparedLine[] = rfq.lines.map((line) => ({
    id: line.id, quantity: line.quantity, skuCode: line.sku.code, skuTitle: skuTitle(line.sku),
    quotes: (comparison.find((c) => c.line.id === line.id)?.quotes ?? []).map((q) => ({
      ...q.quote, supplierId: q.quote.supplier.id, lineTotal: q.lineTotal, expired: q.expired, meetsQuantity: q.meetsQuantity,
      bestPrice: q.bestPrice, bestLeadTime: q.bestLeadTime, bestSupplierScore: q.bestSupplierScore,
    })),
  }));
  const awarding = writable && status === 'SENT';
  const pickedLines = Object.keys(picked).length;

  const runStep = (kind: 'send' | 'close' | 'cancel') => async (note: string) => {
    const input = { id: rfq.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'send') return (await send({ variables: { input } })).data?.sendRfq;
      if (kind === 'close') return (await close({ variables: { input } })).data?.closeRfq;
      return (await cancel({ variables: { input } })).data?.cancelRfq;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`proc.rfq.done.${kind}`, { code: rfq.code }));
    }
    return outcome.errors;
  };

  const runAward = async (notes: string) => {
    const outcome = await runPayload(async () => (await award({ variables: { input: {
      id: rfq.id, negotiationNotes: notes || null, lines: Object.entries(picked).map(([lineId, supplierId]) => ({ lineId, supplierId })),
    } } })).data?.awardRfq);
    if (outcome.ok) {
      setStep(null);
      setPicked({});
      notify(t('proc.rfq.done.award', { code: rfq.code }));
    }
    return outcome.errors;
  };

  return (
    <div data-testid="rfq-detail">
      <Button component={RouterLink} to="/procurement/rfqs" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.common.back')}</Button>
      <PageHeader title={`${rfq.code} ${rfq.title}`}
        actions={writable && (
          <>
            {status === 'DRAFT' && <Button variant="contained" onClick={() => setStep('send')} data-testid="rfq-send">{t('proc.rfq.send')}</Button>}
            {status === 'SENT' && <Button variant="outlined" onClick={() => setStep('quote')} data-testid="rfq-enter-quote">{t('proc.rfq.enterQuote')}</Button>}
            {status === 'SENT' && <Button variant="contained" disabled={pickedLines === 0} onClick={() => setStep('award')} data-testid="rfq-award">{t('proc.rfq.awardSelected', { count: pickedLines })}</Button>}
            {status === 'SENT' && <Button onClick={() => setStep('close')} data-testid="rfq-close">{t('proc.rfq.close')}</Button>}
            {(status === 'DRAFT' || status === 'SENT') && <Button color="error" onClick={() => setStep('cancel')} data-testid="rfq-cancel">{t('proc.rfq.cancel')}</Button>}
          </>
        )} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                  <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.rfq.info')}</Typography>
                  <StatusChip kind="rfqStatus" status={status} testId="rfq-status" />
                </Stack>
                <InfoRow label={t('proc.rfq.replyBy')}>{rfq.replyBy}</InfoRow>
                <InfoRow label={t('proc.rfq.suppliersInvited')}>
                  <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>{rfq.suppliers.map((s) => <Chip key={s.id} size="small" label={supplierLabel(s)} />)}</Stack>
                </InfoRow>
                <InfoRow label={t('proc.common.createdAt')}>{`${rfq.createdBy?.name ?? ''} · ${formatDateTime(rfq.createdAt, i18n.language)}`}</InfoRow>
                {rfq.note && <InfoRow label={t('common.note')}>{rfq.note}</InfoRow>}
                {rfq.negotiationNotes && (
                  <InfoRow label={t('proc.rfq.negotiation')} testId="rfq-negotiation"><span style={{ whiteSpace: 'pre-wrap' }}>{rfq.negotiationNotes}</span></InfoRow>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('proc.rfq.comparison')}</Typography>
                {awarding && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('proc.rfq.awardHint')}</Typography>}
                <QuoteComparison lines={lines} suppliers={suppliers} selection={awarding ? picked : undefined}
                  onSelect={awarding ? (lineId, supplierId) => setPicked((cur) => ({ ...cur, [lineId]: supplierId })) : undefined} />
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={rfq.history} stateLabel={(s) => t(`proc.enum.rfqStatus.${s}`, { defaultValue: s })} testId="rfq-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {(step === 'send' || step === 'close' || step === 'cancel') && (
        <NoteDialog title={t(`proc.rfq.confirm.${step}`, { code: rfq.code })} confirmLabel={t(`proc.rfq.${step}`)} confirmColor={step === 'cancel' ? 'error' : 'primary'}
          onSubmit={runStep(step)} onClose={() => setStep(null)} testId={`rfq-${step}-dialog`} />
      )}
      {step === 'award' && (
        <NoteDialog title={t('proc.rfq.awardTitle', { code: rfq.code })} body={<><Typography>{t('proc.rfq.awardBody')}</Typography><Typography variant="body2" color="text.secondary">{t('proc.rfq.negotiationHelp')}</Typography></>}
          confirmLabel={t('proc.rfq.award')} noteLabel={t('proc.rfq.negotiationNotes')} onSubmit={runAward} onClose={() => setStep(null)} testId="rfq-award-dialog" />
      )}
      {step === 'quote' && (
        <QuoteDialog rfqId={rfq.id} suppliers={rfq.suppliers} lines={lines} onClose={() => setStep(null)}
          onSaved={() => { setStep(null); notify(t('proc.rfq.quoteSaved')); }} />
      )}
      {notice}
    </div>
  );
}
