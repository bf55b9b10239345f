import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Chip, Grid, LinearProgress, Link, Stack, Typography } from '@mui/material';
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
import { warehouseLabel } from '../../../lib/inventory/WarehouseSelect';
import { InfoRow } from '../shared/InfoRow';
import { StatusChip } from '../shared/StatusChip';
import { supplierLabel } from '../shared/SupplierPicker';
import { ApprovePurchaseOrderMutation, CancelPurchaseOrderMutation, ClosePurchaseOrderMutation, PurchaseOrderQuery, SendPurchaseOrderMutation } from './operations';
import { OrderLinesTable } from './OrderLinesTable';
import { ReceiptsCard } from './ReceiptsCard';
import { ConfirmOrderDialog, EditOrderDialog } from './OrderHeaderDialogs';

type Step = 'approve' | 'send' | 'cancel' | 'close';

/** One purchase order: the steps its state allows, lines with received/accepted/rejected, receipts, contract and history. */
export default function PurchaseOrderDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [step, setStep] = useState<Step | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'confirm' | null>(null);
  const [notify, notice] = useNotice();
  const { data, loading, error } = useQuery(PurchaseOrderQuery, { variables: { id } });
  const refetch = { refetchQueries: ['PurchaseOrders', 'PurchaseOrder'] };
  const [approve] = useMutation(ApprovePurchaseOrderMutation, refetch);
  const [send] = useMutation(SendPurchaseOrderMutation, refetch);
  const [cancel] = useMutation(CancelPurchaseOrderMutation, refetch);
  const [close] = useMutation(ClosePurchaseOrderMutation, refetch);

  if (loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const po = data?.purchaseOrder;
  if (!po) return <Alert severity="warning" data-testid="po-missing">{t('proc.common.notFound')}</Alert>;
  const s = po.status;
  const receivable = s === 'SENT' || s === 'PARTIALLY_RECEIVED';

  const runStep = (kind: Step) => async (note: string) => {
    const input = { id: po.id, note: note || null };
    const outcome = await runPayload(async () => {
      if (kind === 'approve') return (await approve({ variables: { input } })).data?.approvePurchaseOrder;
      if (kind === 'send') return (await send({ variables: { input } })).data?.sendPurchaseOrder;
      if (kind === 'close') return (await close({ variables: { input } })).data?.closePurchaseOrder;
      return (await cancel({ variables: { input } })).data?.cancelPurchaseOrder;
    });
    if (outcome.ok) {
      setStep(null);
      notify(t(`proc.po.done.${kind}`, { code: po.code }));
    }
    return outcome.errors;
  };
  const button = (kind: Step, variant: 'contained' | 'text' = 'contained', color: 'primary' | 'error' = 'primary') => (
    <Button variant={variant} color={color} onClick={() => setStep(kind)} data-testid={`po-${kind}`}>{t(`proc.po.${kind}`)}</Button>
  );

  return (
    <div data-testid="po-detail">
      <Button component={RouterLink} to="/procurement/orders" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('proc.common.back')}</Button>
      <PageHeader title={`${t('proc.po.titleOne')} ${po.code}`} subtitle={`${supplierLabel(po.supplier)} → ${warehouseLabel(po.warehouse)}`}
        actions={(
          <>
            {s === 'DRAFT' && can('purchase:write') && <Button onClick={() => setDialog('edit')} data-testid="po-edit">{t('proc.po.edit')}</Button>}
            {s === 'DRAFT' && can('purchase:approve') && button('approve')}
            {s === 'APPROVED' && can('purchase:write') && button('send')}
            {receivable && can('receipt:write') && (
              <Button variant="contained" component={RouterLink} to={`/warehouse/receiving/${po.id}`} data-testid="po-receive">{t('proc.po.receive')}</Button>
            )}
            {receivable && can('purchase:confirm') && <Button onClick={() => setDialog('confirm')} data-testid="po-confirm">{t('proc.po.confirm2')}</Button>}
            {(s === 'RECEIVED' || s === 'PARTIALLY_RECEIVED') && can('purchase:write') && button('close', 'text')}
            {(s === 'DRAFT' || s === 'APPROVED' || s === 'SENT') && can('purchase:write') && button('cancel', 'text', 'error')}
          </>
        )} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                  <StatusChip kind="poStatus" status={s} testId="po-status" />
                  {po.overdue && <Chip size="small" color="error" label={t('proc.po.overdue')} data-testid="po-overdue" />}
                </Stack>
                <Grid container>
                  <Grid size={{ xs: 12, md: 6 }}>
                    <InfoRow label={t('proc.po.expected')}>{po.expectedDeliveryDate}</InfoRow>
                    <InfoRow label={t('proc.po.promised')}>{po.promisedDeliveryDate}</InfoRow>
                    <InfoRow label={t('proc.po.sentAt')}>{po.sentAt ? formatDateTime(po.sentAt, i18n.language) : null}</InfoRow>
                    <InfoRow label={t('proc.po.receivedAt')}>{po.receivedAt ? formatDateTime(po.receivedAt, i18n.language) : null}</InfoRow>
                  </Grid>
                  <Grid size={{ xs: 12, md: 6 }}>
                    <InfoRow label={t('proc.po.contract')} testId="po-contract-link">
                      {po.contract
                        ? (can('contract:manage') || can('purchase:approve') ? <Link component={RouterLink} to={`/procurement/contracts/${po.contract.id}`}>{po.contract.code} {po.contract.title}</Link> : `${po.contract.code} ${po.contract.title}`)
                        : t('proc.po.noContract')}
                    </InfoRow>
                    <InfoRow label={t('proc.po.plan')}>{po.plan ? <Link component={RouterLink} to={`/procurement/plans/${po.plan.id}`}>{po.plan.code}</Link> : null}</InfoRow>
                    <InfoRow label={t('proc.common.createdAt')}>{formatDateTime(po.createdAt, i18n.language)}</InfoRow>
                    {po.note && <InfoRow label={t('common.note')}>{po.note}</InfoRow>}
                  </Grid>
                </Grid>
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('proc.po.lines')}</Typography>
                <OrderLinesTable lines={po.lines} total={po.totalAmount} />
              </CardContent>
            </Card>
            <ReceiptsCard receipts={po.receipts} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card>
            <CardContent>
              <Typography variant="h6" gutterBottom>{t('common.history')}</Typography>
              <HistoryTimeline events={po.history} stateLabel={(x) => t(`proc.enum.poStatus.${x}`, { defaultValue: x })} testId="po-history" />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      {step && (
        <NoteDialog title={t(`proc.po.confirm.${step}Title`, { code: po.code })} body={<Typography>{t(`proc.po.confirm.${step}Body`)}</Typography>}
          confirmLabel={t(`proc.po.${step}`)} confirmColor={step === 'cancel' ? 'error' : 'primary'} onSubmit={runStep(step)} onClose={() => setStep(null)} testId={`po-${step}-dialog`} />
      )}
      {dialog === 'edit' && <EditOrderDialog order={po} onClose={() => setDialog(null)} onSaved={() => { setDialog(null); notify(t('common.saved')); }} />}
      {dialog === 'confirm' && <ConfirmOrderDialog order={po} onClose={() => setDialog(null)} onSaved={() => { setDialog(null); notify(t('proc.po.confirmed')); }} />}
      {notice}
    </div>
  );
}
