import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Grid, LinearProgress, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { HistoryTimeline } from '../../../lib/ui/HistoryTimeline';
import { NoteDialog } from '../../../lib/ui/NoteDialog';
import { useNotice } from '../../../lib/ui/useNotice';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { ApprovePurchasePlanMutation, CancelPurchasePlanMutation, PurchasePlanQuery } from './operations';
import { PlanLinesTable } from './PlanLinesTable';

/** One purchase plan: the parameters, the lines with their basis, editing while a draft, approval into purchase orders. */
export default function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const errorText = useErrorText();
  const [step, setStep] = useState<'approve' | 'cancel' | null>(null);
  const [approveErrors, setApproveErrors] = useState<Record<string, string>>({});
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(PurchasePlanQuery, { variables: { id } });
  const refetch = { refetchQueries: ['PurchasePlans', 'PurchaseOrders'] };
  const [approve] = useMutation(ApprovePurchasePlanMutation, refetch);
  const [cancel] = useMutation(CancelPurchasePlanMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const plan = data?.purchasePlan;
  if (!plan) return <Alert severity="warning" data-testid="plan-missing">{t('proc.common.notFound')}</Alert>;
  const draft = plan.status === 'DRAFT';

  const runApprove = async (note: string) => {
    const outcome = await runPayload(async () => (await approve({ variables: { input: { id: plan.id, note: note || null } } })).data?.approvePurchasePlan);
    const perLine = Object.fromEntries(outcome.errors.filter((e) => /^(input\.)?lines\.\d+\./.test(e.field ?? '')).map((e) => [(e.field ?? '').replace(/^input\./, ''), errorText(e)]));
    setApproveErrors(perLine);
    if (outcome.ok) {
      setStep(null);
      notify(t('proc.plan.approved', { count: outcome.payload?.purchaseOrders?.length ?? 0 }));
    }
    const rest = outcome.errors.filter((e) => !/^(input\.)?lines\.\d+\./.test(e.field ?? ''));
    // Line errors (a line without supplier) are shown in the table, so the dialog gives way to them.
    if (!outcome.ok && rest.length === 0) {
      setStep(null);
      notify(t('proc.plan.supplierMissing'), 'error');
    }
    return rest;
  };
  const runCancel = async (note: string) => {
    const outcome = await runPayload(async () => (await cancel({ variables: { input: { id: plan.id, note: note || null } } })).data?.cancelPurchasePlan);
    if (outcome.ok) { setStep(null); notify(t('proc.plan.cancelled')); }
    return outcome.errors;
  };

  return (
    <div data-testid="plan-detail">
      <Button component={RouterLink} to="/procurement/plans" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.common.back')}</Button>
      <PageHeader title={`${t(`proc.enum.planPeriod.${plan.period}`)} ${plan.code}`} subtitle={warehouseLabel(plan.warehouse)}
        actions={draft && (
          <>
            {can('purchase:approve') && <Button variant="contained" onClick={() => setStep('approve')} disabled={plan.lines.length === 0} data-testid="plan-approve">{t('proc.plan.approve')}</Button>}
            {can('purchase:write') && <Button color="error" onClick={() => setStep('cancel')} data-testid="plan-cancel">{t('proc.plan.cancel')}</Button>}
          </>
        )} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                <StatusChip kind="planStatus" status={plan.status} testId="plan-status" />
                <Typography variant="body2" color="text.secondary">{formatDateTime(plan.createdAt, i18n.language)}</Typography>
              </Stack>
              <Grid container>
                <Grid size={{ xs: 12, md: 6 }}>
                  <InfoRow label={t('proc.plan.startDay')}>{`${plan.startDay} · ${t('proc.plan.days', { count: plan.periodDays })}`}</InfoRow>
                  <InfoRow label={t('proc.plan.growth')}>{`${plan.growthPercent}%`}</InfoRow>
                </Grid>
                <Grid size={{ xs: 12, md: 6 }}>
                  <InfoRow label={t('proc.plan.lookback')}>{t('proc.plan.days', { count: plan.lookbackDays })}</InfoRow>
                  <InfoRow label={t('proc.plan.lowStockOnly')}>{plan.lowStockOnly ? t('common.yes') : t('common.no')}</InfoRow>
                </Grid>
              </Grid>
              {plan.note && <InfoRow label={t('common.note')}>{plan.note}</InfoRow>}
              <Typography variant="caption" color="text.secondary">{t('proc.plan.formula')}</Typography>
              {plan.orders.length > 0 && (
                <>
                  <Typography variant="subtitle2" sx={{ mt: 2 }}>{t('proc.plan.orders')}</Typography>
                  <List dense disablePadding data-testid="plan-orders">
                    {plan.orders.map((o) => (
                      <ListItem key={o.id} disableGutters>
                        <ListItemText primary={<Link component={RouterLink} to={`/procurement/orders/${o.id}`} data-testid={`plan-order-${o.supplier.code}`}>{o.code}</Link>}
                          secondary={`${supplierLabel(o.supplier)} · ${formatFen(o.totalAmount)} · ${t(`proc.enum.poStatus.${o.status}`)}`} />
                      </ListItem>
                    ))}
                  </List>
                </>
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={plan.history} stateLabel={(s) => t(`proc.enum.planStatus.${s}`, { defaultValue: s })} testId="plan-history" />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={12}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('proc.plan.lines')}</Typography>
              <PlanLinesTable planId={plan.id} lines={plan.lines} editable={draft && can('purchase:write')} approveErrors={approveErrors} />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {step === 'approve' && (
        <NoteDialog title={t('proc.plan.approve')} body={<Typography>{t('proc.plan.approveBody')}</Typography>} confirmLabel={t('proc.plan.approve')}
          onSubmit={runApprove} onClose={() => setStep(null)} testId="plan-approve-dialog" />
      )}
      {step === 'cancel' && (
        <NoteDialog title={t('proc.plan.cancel')} confirmLabel={t('proc.plan.cancel')} confirmColor="error" onSubmit={runCancel} onClose={() => setStep(null)} testId="plan-cancel-dialog" />
      )}
      {notice}
    </div>
  );
}
