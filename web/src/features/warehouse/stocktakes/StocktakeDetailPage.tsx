import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import SaveIcon from '@mui/icons-material/Save';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import {
  ApproveStocktakeMutation, CancelStocktakeMutation, RejectStocktakeMutation, StocktakeQuery, SubmitStocktakeMutation,
} from './operations';
import { STOCKTAKE_STATUS_COLOR } from './status';
import { CountSheet } from './CountSheet';
import { VarianceSummary } from './VarianceSummary';
import { useCountDrafts } from './useCountDrafts';

type Step = 'submit' | 'approve' | 'reject' | 'cancel' | null;

/** One stocktake: count entry while counting, variance review and approval once submitted, and the history. */
export default function StocktakeDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { can } = useViewer();
  const [step, setStep] = useState<Step>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(StocktakeQuery, { variables: { id } });
  const lines = data?.stocktake?.lines ?? [];
  const counts = useCountDrafts(id, lines);
  const refetch = { refetchQueries: ['Stocktakes', 'StockLevels', 'WarehouseSummary', 'LowStock', 'Stocktake'] };
  const [submit] = useMutation(SubmitStocktakeMutation, refetch);
  const [approve] = useMutation(ApproveStocktakeMutation, refetch);
  const [reject] = useMutation(RejectStocktakeMutation, refetch);
  const [cancel] = useMutation(CancelStocktakeMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const stocktake = data?.stocktake;
  if (!stocktake) return <Alert severity="warning" data-testid="stocktake-missing">{t('stocktakes.notFound')}</Alert>;
  const { status } = stocktake;
  const canCount = can('stocktake:write') && status === 'COUNTING';
  const canReview = can('stocktake:approve') && status === 'SUBMITTED';
  const canCancel = can('stocktake:write') && (status === 'COUNTING' || status === 'SUBMITTED');

  const saveCounts = async () => {
    const errors = await counts.save();
    if (errors.length) notify(errors.map(errorText).join('；'), 'error');
    else notify(t('stocktakes.countsSaved'));
  };

  const runStep = (kind: Exclude<Step, null>) => async (note: string) => {
    if (kind === 'submit') {
      const saveErrors = await counts.save();
      if (saveErrors.length) return saveErrors;
    }
    const input = { id: stocktake.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'submit') return (await submit({ variables: { input } })).data?.submitStocktake;
      if (kind === 'approve') return (await approve({ variables: { input } })).data?.approveStocktake;
      if (kind === 'reject') return (await reject({ variables: { input } })).data?.rejectStocktake;
      return (await cancel({ variables: { input } })).data?.cancelStocktake;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`stocktakes.done.${kind}`, { code: stocktake.code }));
    }
    return outcome.errors;
  };

  return (
    <div data-testid="stocktake-detail">
      <Button component={RouterLink} to="/warehouse/stocktakes" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('stocktakes.backToList')}</Button>
      <PageHeader
        title={`${t('stocktakes.titleOne')} ${stocktake.code}`}
        subtitle={warehouseLabel(stocktake.warehouse)}
        actions={(
          <>
            {canCount && (
              <Button startIcon={<SaveIcon />} onClick={() => void saveCounts()} disabled={counts.dirty.length === 0 || counts.saving} data-testid="stocktake-save-counts">
                {t('stocktakes.saveCounts', { count: counts.dirty.length })}
              </Button>
            )}
            {canCount && <Button variant="contained" onClick={() => setStep('submit')} data-testid="stocktake-submit">{t('stocktakes.submit')}</Button>}
            {canReview && <Button variant="contained" color="success" onClick={() => setStep('approve')} data-testid="stocktake-approve">{t('stocktakes.approve')}</Button>}
            {canReview && <Button variant="outlined" color="warning" onClick={() => setStep('reject')} data-testid="stocktake-reject">{t('stocktakes.reject')}</Button>}
            {canCancel && <Button color="error" onClick={() => setStep('cancel')} data-testid="stocktake-cancel">{t('stocktakes.cancel')}</Button>}
          </>
        )}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Card>
            <CardContent>
              <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                <Chip color={STOCKTAKE_STATUS_COLOR[status]} label={t(`stocktakeStatus.${status}`)} data-testid="stocktake-status" data-status={status} />
                <Typography variant="body2" data-testid="stocktake-progress">
                  {t('stocktakes.progress', { counted: stocktake.countedLines, total: lines.length })}
                </Typography>
                <Typography variant="body2" color="text.secondary">{t('inventory.createdAt')}: {formatDateTime(stocktake.createdAt, i18n.language)}</Typography>
                {stocktake.note && <Typography variant="body2">{t('common.note')}: {stocktake.note}</Typography>}
              </Stack>
              {status === 'COUNTING' && <Alert severity="info" sx={{ mb: 2 }}>{t('stocktakes.countingHint')}</Alert>}
              {status !== 'COUNTING' && <VarianceSummary lines={lines} approved={status === 'APPROVED'} />}
              <CountSheet lines={lines} editable={canCount} drafts={counts.drafts} onDraft={counts.onDraft} errors={counts.errors} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={stocktake.history} stateLabel={(s) => t(`stocktakeStatus.${s}`, { defaultValue: s })} testId="stocktake-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {step && (
        <NoteDialog
          title={t(`stocktakes.confirm.${step}Title`, { code: stocktake.code })}
          body={(
            <>
              <Typography>{t(`stocktakes.confirm.${step}Body`)}</Typography>
              {step === 'approve' && <VarianceSummary lines={lines} approved={false} />}
            </>
          )}
          confirmLabel={t(`stocktakes.${step}`)}
          confirmColor={step === 'cancel' ? 'error' : step === 'reject' ? 'warning' : step === 'approve' ? 'success' : 'primary'}
          noteRequired={step === 'reject'}
          noteLabel={step === 'reject' ? t('stocktakes.rejectNote') : undefined}
          onSubmit={runStep(step)}
          onClose={() => setStep(null)}
          testId={`stocktake-${step}-dialog`}
        />
      )}
      {notice}
    </div>
  );
}
